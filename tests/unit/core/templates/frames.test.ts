import { describe, expect, it } from 'vitest';
import { proposeFrame } from '../../../../electron/core/templates/frame-proposal';
import { repairFrame } from '../../../../electron/core/templates/frame-repair';
import { frameFieldLabels } from '../../../../electron/core/templates/section-block';

describe('repairFrame: frames a template can write', () => {
  it.each([
    {
      why: 'a slot inside a quotation takes the whole quotation',
      frame: '练就“…功”，守好“…门”。',
      headings: ['练就“真功”，守好“家门”。', '练就“硬功”，守好“校门”。'],
      repaired: '练就“…”，守好“…”。',
    },
    {
      why: 'ASCII marks become full-width',
      frame: '读书要读出"…",不做"…"。',
      headings: ['读书要读出“志气”，不做“看客”。'],
      repaired: '读书要读出“…”，不做“…”。',
    },
    {
      why: 'fixed words as long as 查重 flags are the essay’s, not the device',
      frame: '我愿意当这样的志愿者，做一个…的人。',
      headings: [
        '我愿意当这样的志愿者，做一个勤快的人。',
        '我愿意当这样的志愿者，做一个热心的人。',
      ],
      repaired: '…，做一个…的人。',
    },
    {
      why: 'a frame left with no fixed word is none',
      frame: '乡村阅读推广再出发，…',
      headings: ['乡村阅读推广再出发，建好书屋', '乡村阅读推广再出发，配强队伍'],
      repaired: null,
    },
    {
      why: 'quotes that do not pair up',
      frame: '“…上”守…”，…防。',
      headings: [],
      repaired: null,
    },
    {
      why: 'a heading that leaves a part empty',
      frame: '以…为…',
      headings: ['以人民为中心', '以为'],
      repaired: null,
    },
  ])('$why', ({ frame, headings, repaired }) => {
    expect(repairFrame(frame, headings)).toBe(repaired);
  });
});

describe('proposeFrame: the words numbered headings share', () => {
  it.each([
    {
      headings: ['敬畏生命，守住救护之本', '苦练技能，夯实施救之基', '学以致用，架起互助之桥'],
      frame: '…，…之…',
    },
    {
      headings: ['以学立身，做终身学习的教师', '以爱育人，做学生成长的引路人'],
      frame: '以…，做…的…',
    },
    { headings: ['主要工作', '存在问题', '下步打算'], frame: null },
    { headings: ['只有一个小标题'], frame: null },
  ])('$headings → $frame', ({ headings, frame }) => {
    expect(proposeFrame(headings)).toBe(frame);
  });
});

describe('frameFieldLabels: each part named by the words around it', () => {
  it.each([
    { frame: '战就要“…”，杜绝“…”。', labels: ['战就要“…”', '杜绝“…”'] },
    { frame: '…，…之…', labels: ['第1处', '…之', '之…'] },
    { frame: '以…，做…的…', labels: ['以…', '做…', '的…'] },
  ])('$frame', ({ frame, labels }) => {
    expect(frameFieldLabels(frame)).toEqual(labels);
  });
});
