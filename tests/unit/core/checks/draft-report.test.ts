import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../electron/core/checks/draft-report';
import { parallelismIssues } from '../../../../electron/core/checks/parallelism';
import { findPlaceholders } from '../../../../electron/core/checks/placeholders';
import {
  draftCharCounts,
  draftToText,
  numberedHeadings,
} from '../../../../electron/core/draft/draft-text';
import type { OverlapReport } from '../../../../electron/shared/checks';
import type { DraftSection } from '../../../../electron/shared/model';
import { safetyDraft, section } from '../../support/fixtures';

const noOverlap: OverlapReport = {
  overlapPercent: 0,
  checkedChars: 0,
  coveredChars: 0,
  matches: [],
  sourceEssays: 0,
};

const sections = (...headings: string[]): DraftSection[] =>
  headings.map((heading, i) => section(`s${i}`, 1, heading));

describe('draftReport', () => {
  it('counts 字数 per part below the title, each heading with its number, as the editor does', () => {
    const draft = safetyDraft();
    const report = draftReport(draft, noOverlap);
    expect(report.text).toBe(draftToText(draft));
    expect(numberedHeadings(draft)[0]).toBe('一、提高思想认识，绷紧安全生产这根弦');
    expect(report.sections.map((s) => [s.part, s.label])).toEqual([
      ['opening', ''],
      ...numberedHeadings(draft).map((h) => ['section', h]),
      ['closing', ''],
    ]);
    const counts = draftCharCounts(draft);
    expect(report.sections[1]).toMatchObject({
      chars: counts.sections[0]?.all,
      charsNoPunct: counts.sections[0]?.withoutPunctuation,
    });
    // 一、提高思想认识，绷紧安全生产这根弦 安全生产责任重于泰山，任何时候都不能有丝毫松懈。
    expect(report.sections[1]).toMatchObject({ chars: 42, charsNoPunct: 38 });
    expect(report.total).toEqual({
      chars: counts.total.all,
      charsNoPunct: counts.total.withoutPunctuation,
      target: null,
    });
    const sum = report.sections.reduce((n, s) => n + s.chars, 0);
    expect(report.total.chars).toBe(sum);
  });

  it('finds the placeholders a template leaves, with where they are', () => {
    const draft = safetyDraft({
      opening: '同志们：\n20__年X月X日，XXX同志在_省调研。',
      closing: '{{落款}}',
    });
    const report = draftReport(draft, noOverlap);
    expect(report.placeholders.map((p) => [p.label, p.text])).toEqual([
      ['开头', '20__年'],
      ['开头', 'X月X日'],
      ['开头', 'XXX'],
      ['开头', '_省'],
      ['结尾', '{{落款}}'],
    ]);
    const value = (p: (typeof report.placeholders)[number]): string =>
      p.field.part === 'opening' ? draft.opening : p.field.part === 'closing' ? draft.closing : '';
    for (const p of report.placeholders) expect(value(p).slice(p.from, p.to)).toBe(p.text);
  });

  it('names the section field a placeholder is in by its id, so the editor can select it', () => {
    const base = safetyDraft();
    const [first, second, ...rest] = base.sections;
    if (!first || !second) throw new Error('fixture has sections');
    const draft = { ...base, sections: [first, { ...second, body: '由XXX牵头。' }, ...rest] };
    expect(draftReport(draft, noOverlap).placeholders).toEqual([
      {
        label: '第2节正文',
        text: 'XXX',
        field: { part: 'body', sectionId: second.id },
        from: 1,
        to: 4,
      },
    ]);
  });

  it('reports the 字数 targets set by the writer for the whole draft and for each section', () => {
    const base = safetyDraft();
    const [first, ...rest] = base.sections;
    if (!first) throw new Error('fixture has sections');
    const draft = { ...base, target: 1500, sections: [{ ...first, target: 400 }, ...rest] };
    const report = draftReport(draft, noOverlap);
    expect(report.total.target).toBe(1500);
    expect(report.sections.map((s) => s.target)).toEqual([
      null,
      400,
      ...rest.map(() => null),
      null,
    ]);
  });

  it('passes the overlap through, each passage with the field and selection it was typed in', () => {
    const draft = safetyDraft();
    const text = draftToText(draft);
    const passage = '任何时候都不能有丝毫松懈';
    const heading = '突出重点领域';
    const match = (words: string, from = text.indexOf(words)) => ({
      draftStart: from,
      draftEnd: from + words.length,
      sourceKind: 'corpus' as const,
      sourceFile: '001.txt',
      essayTitle: '安全生产讲话',
      sourceStart: 0,
      sourceEnd: words.length,
      text: words,
    });
    // the second passage starts on the heading's number, 二、, which no field holds
    const numbered = match(`二、${heading}`);
    const overlap = { ...noOverlap, overlapPercent: 12.5, matches: [match(passage), numbered] };
    const report = draftReport(draft, overlap);
    expect(report.overlap.overlapPercent).toBe(12.5);
    const [inBody, onHeading] = report.overlap.matches;
    expect(inBody?.spot).toEqual({
      field: { part: 'body', sectionId: 's1' },
      from: draft.sections[0]?.body.indexOf(passage),
      to: (draft.sections[0]?.body.indexOf(passage) ?? 0) + passage.length,
    });
    expect(onHeading?.spot).toEqual({
      field: { part: 'heading', sectionId: 's3' },
      from: 0,
      to: heading.length,
    });
  });

  it('finds passages in trimmed paragraphs, in the title and in a run-in heading’s paragraph', () => {
    const draft = safetyDraft({
      opening: '同志们：\n  今天召开全县会议。',
      sections: [
        {
          id: 'r1',
          level: 1,
          heading: '坚持问题导向。',
          body: '把隐患找准，把措施落实。',
          inline: true,
        },
      ],
      numbering: ['一是'],
    });
    const text = draftToText(draft);
    const spotOf = (words: string) => {
      const from = text.indexOf(words);
      const report = draftReport(draft, {
        ...noOverlap,
        matches: [
          {
            draftStart: from,
            draftEnd: from + words.length,
            sourceKind: 'imported',
            sourceFile: 'a.txt',
            essayTitle: '',
            sourceStart: 0,
            sourceEnd: 0,
            text: words,
          },
        ],
      });
      return report.overlap.matches[0]?.spot;
    };
    expect(spotOf('全县会议')).toEqual({ field: { part: 'opening' }, from: 11, to: 15 });
    expect(spotOf('安全生产工作会议')).toEqual({ field: { part: 'title' }, from: 3, to: 11 });
    // 一是坚持问题导向。把隐患找准… : the passage runs from the heading into the body; it is cut
    // at the heading's end, where the writer's selection can still hold it
    expect(spotOf('问题导向。把隐患')).toEqual({
      field: { part: 'heading', sectionId: 'r1' },
      from: 2,
      to: 7,
    });
    expect(spotOf('把措施落实')).toEqual({
      field: { part: 'body', sectionId: 'r1' },
      from: 6,
      to: 11,
    });
  });

  it('lists the empty parts: an empty opening, closing, section, heading or body', () => {
    const draft = safetyDraft({
      opening: '  ',
      closing: '',
      sections: [
        section('e1', 1, ''),
        section('e2', 1, '提高认识'),
        section('e3', 2, '压实责任', '责任到人。'),
        section('e4', 1, '', '只有正文。'),
        section('e5', 1, '抓好落实'),
      ],
    });
    expect(draftReport(draft, noOverlap).empty).toEqual([
      { kind: 'opening', section: null, field: { part: 'opening' } },
      { kind: 'section', section: 0, field: { part: 'heading', sectionId: 'e1' } },
      // e2 has a section nested under it: its heading needs no body of its own
      { kind: 'heading', section: 3, field: { part: 'heading', sectionId: 'e4' } },
      { kind: 'body', section: 4, field: { part: 'body', sectionId: 'e5' } },
      { kind: 'closing', section: null, field: { part: 'closing' } },
    ]);
    expect(draftReport(safetyDraft(), noOverlap).empty).toEqual([]);
  });
});

describe('findPlaceholders', () => {
  it.each([
    { input: '新时代，不忘初心。', expected: [] },
    { input: '于20__年召开', expected: ['20__年'] },
    { input: '在____上的讲话', expected: ['____'] },
  ])('$input', ({ input, expected }) => {
    expect(findPlaceholders(input).map((p) => p.text)).toEqual(expected);
  });
});

describe('parallelismIssues', () => {
  it('accepts parallel headings of about the same length', () => {
    expect(
      parallelismIssues(sections('坚持以学铸魂', '坚持以学增智', '坚持以学正风', '坚持以学促干')),
    ).toEqual([]);
  });

  it('flags a sibling more than 2 characters longer or shorter than the others', () => {
    const issues = parallelismIssues(
      sections('坚持以学铸魂', '坚持以学增智', '坚持以理论学习推动作风转变'),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ section: 2 });
    expect(issues[0]?.message).toContain('长 7 字');
  });

  it('flags a sibling that breaks the shared frame', () => {
    const issues = parallelismIssues(
      sections('战就要轻装上阵', '战就要齐心协力', '战就要敢打硬仗', '必须久久为功'),
    );
    expect(issues.map((i) => i.section)).toEqual([3]);
    expect(issues[0]?.message).toBe('同级小标题大多以“战就”开头，这一条没有沿用。');
  });

  it('compares siblings only: headings of another level or under another parent are apart', () => {
    const list: DraftSection[] = [
      section('a', 1, '提高思想认识'),
      section('b', 2, '压实企业主体责任和领导责任'),
      section('c', 1, '突出重点领域'),
      section('d', 2, '强化监管'),
    ];
    expect(parallelismIssues(list)).toEqual([]);
  });

  it('leaves an empty heading to the empty parts, and compares the others', () => {
    expect(parallelismIssues(sections('坚持以学铸魂', '', '坚持以学增智'))).toEqual([]);
  });
});
