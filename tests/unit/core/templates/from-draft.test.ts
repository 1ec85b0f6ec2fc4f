import { describe, expect, it } from 'vitest';
import {
  templateFromDraft,
  type DraftForTemplate,
} from '../../../../electron/core/templates/from-draft';
import { AppFailure } from '../../../../electron/shared/result';

/** A 工作总结 of our own with numbered headings on two levels. */
const SORTING: DraftForTemplate = {
  title: '2025年城东街道垃圾分类工作总结',
  opening:
    '2025年，街道以“分类新时尚”为主题，扎实推进垃圾分类。现将有关情况报告如下。\n全年共覆盖小区38个。',
  sections: [
    { id: 's1', level: 1, heading: '主要做法', body: '街道成立工作专班，每周调度一次。' },
    { id: 's2', level: 2, heading: '建强分类设施', body: '新建分类亭46座，改造投放点120处。' },
    { id: 's3', level: 2, heading: '开展入户宣传', body: '志愿者入户宣传1.2万户次。' },
    { id: 's4', level: 1, heading: '下步打算', body: '推动分类由“有没有”向“好不好”转变。' },
  ],
  closing: '分类工作永远在路上。\n下一步，我们将持续巩固分类成效。让垃圾分类成为居民的自觉行动。',
  numbering: ['一、', '(一)'],
};

/** A 心得体会 of our own whose three headings share a frame and run into their paragraphs. */
const VOLUNTEER: DraftForTemplate = {
  title: '参加社区志愿服务的心得体会',
  opening: '今年暑假，我参加了社区组织的志愿服务活动。',
  sections: [
    {
      id: 's1',
      level: 1,
      heading: '志愿服务要有“热心”，更要有“恒心”。',
      body: '一次两次容易，坚持一年难。',
      inline: true,
    },
    {
      id: 's2',
      level: 1,
      heading: '志愿服务要有“爱心”，更要有“耐心”。',
      body: '陪老人聊天，要听得进重复的故事。',
      inline: true,
    },
    {
      id: 's3',
      level: 1,
      heading: '志愿服务要有“真心”，更要有“细心”。',
      body: '帮居民登记信息，一个数字也不能错。',
      inline: true,
    },
  ],
  closing: '志愿服务让我读懂了“社区”两个字。',
  numbering: ['none'],
};

const FRAME = '志愿服务要有“…”，更要有“…”。';
const origin = { genre: '心得体会' as const, frames: [FRAME] };

describe('templateFromDraft', () => {
  it('makes numbered headings rows of the repeated block, numbered per level by the helper', () => {
    const t = templateFromDraft(SORTING, '我的分类总结', null);
    expect(t.name).toBe('我的分类总结');
    expect(t.genre).toBe('工作总结');
    expect(t.blocks[0]?.frame).toBeNull();
    expect(t.blocks[0]?.rows).toEqual([
      { 小标题: '主要做法', 层级: '1' },
      { 小标题: '建强分类设施', 层级: '2' },
      { 小标题: '开展入户宣传', 层级: '2' },
      { 小标题: '下步打算', 层级: '1' },
    ]);
    expect(t.source).toContain(
      '{{#heading level=层级 schemes="一、|(一)" inline=false}}{{小标题}}',
    );
    expect(t.sections.map((s) => s.heading)).toEqual([
      '一、主要做法',
      '（一）建强分类设施',
      '（二）开展入户宣传',
      '二、下步打算',
    ]);
    expect(t.sections.map((s) => s.numbering)).toEqual(['一、', '(一)', '(一)', '一、']);
  });

  it('starts its title, opening and closing fields as the writer’s own sentences, bodies only hints', () => {
    const t = templateFromDraft(SORTING, '我的分类总结', null);
    expect(t.slots.map((s) => [s.role, s.default])).toEqual([
      ['title', '2025年城东街道垃圾分类工作总结'],
      // the first sentence of the opening, and of the closing's last paragraph: the formulas
      ['opening', '2025年，街道以“分类新时尚”为主题，扎实推进垃圾分类。'],
      ['closing', '下一步，我们将持续巩固分类成效。'],
    ]);
    // each field also offers the formula its sentence follows
    expect(t.slots[2]?.formula).toBe('下一步，我们将{{行动}}。');
    expect(t.source).toContain('{{#title}}{{标题}}{{/title}}');
    for (const text of ['全年共覆盖小区', '工作专班', '分类亭46座', '分类工作永远在路上', '城东']) {
      expect(t.source).not.toContain(text);
    }
    expect(t.blocks[0]?.hints).toEqual(SORTING.sections.map((s) => s.body));
    expect(t.sections.every((s) => s.hint === undefined)).toBe(true);
  });

  it('asks only for the varying parts when every heading fills a frame of the source template', () => {
    const t = templateFromDraft(VOLUNTEER, '志愿服务心得', origin);
    const block = t.blocks[0];
    expect(block?.frame).toBe(FRAME);
    expect(block?.rows).toEqual([
      { 甲: '热心', 乙: '恒心' },
      { 甲: '爱心', 乙: '耐心' },
      { 甲: '真心', 乙: '细心' },
    ]);
    expect(block?.inline).toBe(true);
    expect(t.source).toContain(
      '{{#heading level=1 schemes="none" inline=true}}志愿服务要有“{{甲}}”，更要有“{{乙}}”。{{/heading}}',
    );
    expect(t.genre).toBe('心得体会');
  });

  it('falls back to one row per heading when a heading leaves the frame or only nearly fits it', () => {
    const [first, second, third] = VOLUNTEER.sections;
    if (!first || !second || !third) throw new Error('three sections');
    const off = templateFromDraft(
      { ...VOLUNTEER, sections: [first, second, { ...third, heading: '坚持把服务做细做实。' }] },
      '心得',
      origin,
    );
    expect(off.blocks[0]?.frame).toBeNull();
    expect(off.sections.map((s) => s.frame)).toEqual([FRAME, FRAME, null]);
    // An ASCII comma matches the frame once punctuation is normalised, but the template would
    // write a full-width one: the heading is kept as written instead.
    const ascii = '志愿服务要有“热心”,更要有“恒心”。';
    const near = templateFromDraft(
      { ...VOLUNTEER, sections: [{ ...first, heading: ascii }, second, third] },
      '心得',
      origin,
    );
    expect(near.blocks[0]?.frame).toBeNull();
    expect(near.blocks[0]?.rows[0]).toEqual({ 小标题: ascii, 层级: '1' });
  });

  it('guesses the genre from the title without a source template, and frames nothing', () => {
    const t = templateFromDraft(VOLUNTEER, '心得', null);
    expect(t.genre).toBe('心得体会');
    expect(t.blocks[0]?.frame).toBeNull();
    expect(t.sections.every((s) => s.frame === null)).toBe(true);
  });

  it('belongs to the same family as another draft numbered alike, whatever its headings', () => {
    const a = templateFromDraft(SORTING, '甲', null);
    const b = templateFromDraft(
      {
        ...SORTING,
        sections: SORTING.sections.map((s) => ({ ...s, heading: `${s.heading}情况` })),
      },
      '乙',
      null,
    );
    expect(a.shapeKey).toBe(b.shapeKey);
    expect(templateFromDraft(VOLUNTEER, '丙', origin).shapeKey).not.toBe(a.shapeKey);
  });

  it('keeps a title with {{ in it as a value, never as template code', () => {
    const t = templateFromDraft({ ...SORTING, title: '关于{{分类}}的总结' }, '总结', null);
    expect(t.source).not.toContain('分类');
    expect(t.slots[0]?.default).toBe('关于{{分类}}的总结');
  });

  it('refuses a draft without headings, with a message the writer can act on', () => {
    const attempt = (): unknown => templateFromDraft({ ...SORTING, sections: [] }, '总结', null);
    expect(attempt).toThrow(AppFailure);
    expect(attempt).toThrow('这篇草稿还没有小标题,无法另存为模板');
  });
});
