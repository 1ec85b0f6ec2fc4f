import { describe, expect, it } from 'vitest';
import {
  charCounts,
  draftBlocks,
  draftCharCounts,
} from '../../../../electron/core/draft/draft-text';
import type { Draft } from '../../../../electron/shared/model';
import { safetyDraft, section } from '../../support/fixtures';

describe('charCounts: one 字数 for the whole app', () => {
  it.each([
    { text: '安全生产，重于泰山。', all: 10, withoutPunctuation: 8 },
    { text: '  师德为先\n“言传身教”！', all: 11, withoutPunctuation: 8 },
    { text: '2026年培训 120 学时', all: 12, withoutPunctuation: 12 },
    // a symbol is not a letter or digit
    { text: '增长15%', all: 5, withoutPunctuation: 4 },
    // a character outside the BMP is one character
    { text: '𠮷野家', all: 3, withoutPunctuation: 3 },
    { text: '\u3000\u3000\t\n', all: 0, withoutPunctuation: 0 },
  ])('$text', ({ text, all, withoutPunctuation }) => {
    expect(charCounts(text)).toEqual({ all, withoutPunctuation });
  });
});

describe('draftCharCounts', () => {
  it('counts each heading with its number, each body, the opening and the closing', () => {
    const counts = draftCharCounts({
      opening: '同志们：',
      sections: [section('a', 1, '认清形势', '形势严峻。'), section('b', 1, '压实责任', '')],
      closing: '谢谢大家！',
      numbering: ['一、'],
    });
    expect(counts.opening).toEqual({ all: 4, withoutPunctuation: 3 });
    // 一、认清形势 形势严峻。 / 二、压实责任
    expect(counts.sections).toEqual([
      { all: 11, withoutPunctuation: 9 },
      { all: 6, withoutPunctuation: 5 },
    ]);
    expect(counts.closing).toEqual({ all: 5, withoutPunctuation: 4 });
    expect(counts.total).toEqual({ all: 26, withoutPunctuation: 21 });
  });

  it('is the count of what the exported text holds below the title', () => {
    const inline: Draft = safetyDraft({
      numbering: ['一是'],
      sections: [
        { ...section('i1', 1, '坚持问题导向。', '把隐患找准。\n把措施落实。'), inline: true },
        { ...section('i2', 1, '', '只有正文的一节。') },
      ],
    });
    for (const draft of [safetyDraft(), inline]) {
      const exported = draftBlocks(draft)
        .filter((b) => b.kind !== 'title')
        .map((b) => b.text)
        .join('\n');
      expect(draftCharCounts(draft).total).toEqual(charCounts(exported));
    }
  });

  it('follows a renumbering although the sections did not change', () => {
    const draft = safetyDraft();
    const before = draftCharCounts(draft).total.all;
    // (一) is one character longer than 一、 for each outer heading
    const outer = draft.sections.filter((s) => s.level === 1).length;
    const renumbered = { ...draft, numbering: ['(一)' as const, ...draft.numbering.slice(1)] };
    expect(draftCharCounts(renumbered).total.all).toBe(before + outer);
  });
});
