import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../../electron/shared/model';
import { filterDrafts, sortDrafts } from '../../../renderer/src/features/drafts/draft-order';

const draft = (title: string, chars: number, updatedAt: string): DraftSummary => ({
  id: `${title}-${updatedAt}`,
  title,
  templateId: null,
  chars,
  charsNoPunct: chars,
  updatedAt,
});

const LIST = [
  draft('乡村振兴调研报告', 3200, '2026-03-02T08:00:00.000Z'),
  draft('安全生产工作总结', 1800, '2026-03-05T08:00:00.000Z'),
  draft('教师培训心得体会', 2500, '2026-03-01T08:00:00.000Z'),
  draft('Annual Review', 900, '2026-03-04T08:00:00.000Z'),
  draft('安全生产工作总结', 1200, '2026-03-03T08:00:00.000Z'),
];

const titles = (list: DraftSummary[]): string[] => list.map((d) => d.title);

describe('the drafts list: sort once, then filter', () => {
  it('sorts by last edit, newest first', () => {
    expect(sortDrafts(LIST, 'updated').map((d) => d.updatedAt.slice(5, 10))).toEqual([
      '03-05',
      '03-04',
      '03-03',
      '03-02',
      '03-01',
    ]);
  });

  it('sorts titles by pinyin, keeping equal titles in the order they came', () => {
    const sorted = sortDrafts(LIST, 'title');
    // an (安) < jiao (教) < xiang (乡); zh-CN collation puts Chinese titles before Latin ones.
    expect(titles(sorted)).toEqual([
      '安全生产工作总结',
      '安全生产工作总结',
      '教师培训心得体会',
      '乡村振兴调研报告',
      'Annual Review',
    ]);
    expect(sorted.filter((d) => d.title === '安全生产工作总结').map((d) => d.chars)).toEqual([
      1800, 1200,
    ]);
  });

  it('sorts by 字数, longest first, and leaves the input alone', () => {
    const before = titles(LIST);
    expect(sortDrafts(LIST, 'chars').map((d) => d.chars)).toEqual([3200, 2500, 1800, 1200, 900]);
    expect(titles(LIST)).toEqual(before);
  });

  it('filters by title, case-insensitively and trimmed, in the sorted order', () => {
    const sorted = sortDrafts(LIST, 'updated');
    expect(titles(filterDrafts(sorted, ' 安全 '))).toEqual([
      '安全生产工作总结',
      '安全生产工作总结',
    ]);
    expect(titles(filterDrafts(sorted, 'annual'))).toEqual(['Annual Review']);
    expect(filterDrafts(sorted, '')).toBe(sorted);
    expect(filterDrafts(sorted, '没有这篇')).toEqual([]);
  });
});
