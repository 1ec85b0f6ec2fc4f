import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../electron/core/checks/draft-report';
import { parallelismIssues } from '../../../../electron/core/checks/parallelism';
import { findPlaceholders } from '../../../../electron/core/checks/placeholders';
import { draftToText, numberedHeadings } from '../../../../electron/core/draft/draft-text';
import type { OverlapReport } from '../../../../electron/shared/checks';
import type { DraftSection } from '../../../../electron/shared/model';
import { safetyDraft } from '../../support/fixtures';

const noOverlap: OverlapReport = {
  overlapPercent: 0,
  checkedChars: 0,
  coveredChars: 0,
  matches: [],
  sourceEssays: 0,
};

const sections = (...headings: string[]): DraftSection[] =>
  headings.map((heading, i) => ({ id: `s${i}`, level: 1, heading, body: '' }));

describe('draftReport', () => {
  it('counts 字数 per part with and without punctuation, on the draft as plain text', () => {
    const draft = safetyDraft();
    const report = draftReport(draft, noOverlap);
    expect(report.text).toBe(draftToText(draft));
    expect(numberedHeadings(draft)[0]).toBe('一、提高思想认识，绷紧安全生产这根弦');
    expect(report.sections.map((s) => s.label)).toEqual([
      '标题',
      '开头',
      ...numberedHeadings(draft),
      '结尾',
    ]);
    expect(report.sections[0]).toEqual({
      label: '标题',
      chars: 15,
      charsNoPunct: 15,
      target: null,
    });
    expect(report.sections[3]).toMatchObject({ chars: 45, charsNoPunct: 40 });
    const sum = report.sections.reduce((n, s) => n + s.chars, 0);
    expect(report.total.chars).toBe(sum);
    expect(report.total.target).toBeNull();
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
      null,
      400,
      ...rest.map(() => null),
      null,
    ]);
  });

  it('passes the overlap through', () => {
    const overlap = { ...noOverlap, overlapPercent: 12.5 };
    expect(draftReport(safetyDraft(), overlap).overlap).toBe(overlap);
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
      { id: 'a', level: 1, heading: '提高思想认识', body: '' },
      { id: 'b', level: 2, heading: '压实企业主体责任和领导责任', body: '' },
      { id: 'c', level: 1, heading: '突出重点领域', body: '' },
      { id: 'd', level: 2, heading: '强化监管', body: '' },
    ];
    expect(parallelismIssues(list)).toEqual([]);
  });

  it('flags an empty heading', () => {
    expect(parallelismIssues(sections('坚持以学铸魂', ''))[0]?.message).toBe('小标题为空。');
  });
});
