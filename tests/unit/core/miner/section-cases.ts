import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';

/** A paragraph's worth of ordinary text, to stand after a heading or an opening sentence. */
export const body =
  '我们要把这项工作放在心上、抓在手上,一步一个脚印推进,确保取得实实在在的成效,让群众真正满意。';

/** A short essay written for the tests, and the headings and groups the miner must find in it. */
export interface SectionCase {
  name: string;
  lines: string[];
  headings: Array<[number, string]>;
  groups?: Array<{ frame: string; members: number[]; confidence?: string }>;
  weak?: Array<{ frame: string; members: number[] }>;
  /** The essay's title, where the case is about telling it from a heading. */
  title?: string | null;
}

/**
 * One test per case: the essay's headings (level and text), and where given its parallel groups,
 * the weak groups it offers as patterns and its title.
 */
export function describeSections(title: string, cases: SectionCase[]): void {
  describe(title, () => {
    it.each(cases)('$name', ({ lines, headings, groups, weak, title }) => {
      const a = analyzeText('essay.txt', lines.join('\n'));
      expect(a.essays).toHaveLength(1);
      const e = a.essays[0];
      expect(e?.headings.map((h) => [h.level, h.text])).toEqual(headings);
      if (groups) {
        expect(
          e?.parallel_groups.map((g) => ({
            frame: g.frame,
            members: g.members,
            ...(groups.some((x) => x.confidence) ? { confidence: g.confidence } : {}),
          })),
        ).toEqual(groups);
      }
      if (weak) {
        expect(e?.weak_groups?.map(({ frame, members }) => ({ frame, members }))).toEqual(weak);
        expect(
          e?.weak_groups?.every((g) => g.confidence === 'low' && g.reason?.includes('一个共同字')),
        ).toBe(true);
      }
      if (title !== undefined) expect(e?.title).toBe(title);
    });
  });
}
