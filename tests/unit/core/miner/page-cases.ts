import { expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';

export { body } from './section-cases';

/** A web page written for the tests, and what the miner must make of its lines. */
export interface PageCase {
  name: string;
  lines: string[];
  /** Each essay's title, in order. */
  titles: Array<string | null>;
  /** The lines that are the page's furniture, as written. */
  junk: string[];
  compilation?: string | null;
  /** The first essay's dash subtitle, where the case is about one. */
  subtitle?: string;
}

/**
 * One test per page: its essays' titles, its furniture lines and, where given, its collection and
 * its first essay's subtitle.
 */
export function itReadsPages(cases: PageCase[]): void {
  it.each(cases)('$name', ({ lines, titles, junk, compilation, subtitle }) => {
    const a = analyzeText('page.txt', lines.join('\n'));
    expect(a.essays.map((e) => e.title)).toEqual(titles);
    expect(a.junk_lines.map((n) => lines[n - 1]?.trim())).toEqual(junk);
    if (compilation !== undefined) expect(a.compilation_title).toBe(compilation);
    if (subtitle !== undefined) expect(a.essays[0]?.subtitle).toBe(subtitle);
  });
}
