import { describe, expect, it } from 'vitest';
import { draftToCopyText } from '../../../../electron/core/draft/draft-text';
import { readDraftText, textToDraftParts } from '../../../../electron/core/draft/text-to-draft';
import type { Draft } from '../../../../electron/shared/model';
import { safetyDraft } from '../../support/fixtures';

/** What a draft holds that a text file can carry back. */
const written = (d: Pick<Draft, 'title' | 'opening' | 'sections' | 'closing' | 'numbering'>) => ({
  title: d.title,
  opening: d.opening,
  sections: d.sections.map((s) => [s.level, s.heading, s.body]),
  closing: d.closing,
  numbering: d.numbering,
});

describe('the text 另存为 writes, read back by 导入', () => {
  it('lays the draft out for reading: title, then parts a blank line apart, paragraphs indented', () => {
    const draft = safetyDraft({
      sections: [
        { id: 'a', level: 1, heading: '压实责任', body: '层层签订责任书。\n逐级传导压力。' },
      ],
      numbering: ['一、'],
      opening: '同志们：',
      closing: '谢谢大家！',
    });
    expect(draftToCopyText(draft, '\n')).toBe(
      [
        '在全县安全生产工作会议上的讲话',
        '',
        '\u3000\u3000同志们：',
        '',
        '一、压实责任',
        '\u3000\u3000层层签订责任书。',
        '\u3000\u3000逐级传导压力。',
        '',
        '\u3000\u3000谢谢大家！',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['numbered headings on two levels', safetyDraft()],
    [
      'unnumbered headings that run into their paragraphs',
      safetyDraft({
        numbering: [],
        sections: [
          { id: 'a', level: 1, heading: '战就要“轻装上阵”，杜绝“层层加码”。', body: '减负增效。' },
          { id: 'b', level: 1, heading: '战就要“齐心协力”，杜绝“袖手旁观”。', body: '' },
        ],
      }),
    ],
    ['no opening', safetyDraft({ opening: '' })],
    ['no closing', safetyDraft({ closing: '' })],
    ['no sections', safetyDraft({ sections: [], numbering: [] })],
  ])('keeps %s', (_name, draft) => {
    for (const eol of ['\r\n', '\n']) {
      expect(written(readDraftText(`\uFEFF${draftToCopyText(draft, eol)}`))).toEqual(
        written(draft),
      );
    }
  });

  it('reads other text by its numbered headings', () => {
    const text = '乡村振兴工作总结\n今年以来，我镇稳步推进。\n一、发展产业\n种植茶叶两千亩。';
    expect(readDraftText(text)).toEqual(textToDraftParts(text));
    expect(readDraftText(text).sections.map((s) => s.heading)).toEqual(['发展产业']);
  });
});
