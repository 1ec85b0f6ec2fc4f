import type { EssayAnalysis } from '../../shared/analysis';
import { normPunct } from '../miner/text';

/** Where a heading was found: its paragraph, and where in it the heading starts and ends. */
interface Place {
  para: number;
  start: number;
  end: number;
}

/** What an essay's sections and closing are, as the text under each heading. */
export interface EssayParts {
  /** Each heading's own body: from the heading to the next heading or the closing. */
  hints: string[];
  /** The paragraph the essay ends with, when it stands apart from the last section. */
  closing: string | null;
}

/** Words a closing paragraph opens with: the genre's, not any one essay's. */
const CLOSING_CUES =
  /^(?:总之|总而言之|综上|让我们|同志们|最后|回首|展望|新的征程|站在新的|这次|此次|通过这次|通过此次|通过学习|今后|在今后|作为一名)/u;

/**
 * Each heading's place, searched in order from the previous one's end: a heading need not open its
 * paragraph (…负重前行！我愿意做这样的人，…), and a heading the text does not hold has none.
 */
function placesOf(essay: EssayAnalysis, paras: readonly string[]): Array<Place | null> {
  let para = 0;
  let from = 0;
  return essay.headings.map((h) => {
    const head = normPunct(h.text.trim());
    for (let p = para; p < paras.length; p++) {
      const line = essay.paragraphs?.[p]?.line;
      if (h.line !== undefined && line !== undefined && line < h.line) continue;
      const at = normPunct(paras[p] ?? '').indexOf(head, p === para ? from : 0);
      if (at < 0) continue;
      para = p;
      from = at + head.length;
      return { para: p, start: at, end: from };
    }
    return null;
  });
}

/** The text from one place to another, paragraphs kept apart by line breaks. */
function between(paras: readonly string[], from: Place, to: Place): string {
  const parts: string[] = [];
  for (let p = from.para; p <= to.para; p++) {
    const text = paras[p] ?? '';
    const start = p === from.para ? from.end : 0;
    const end = p === to.para ? to.start : text.length;
    if (end > start) parts.push(text.slice(start, end).trim());
  }
  return parts.filter((t) => t.length > 0).join('\n');
}

/**
 * The last paragraph is the closing when it is not a section's own: it holds no heading, and the
 * essay runs its headings into paragraphs (so the closing has none), or it opens with a closing's
 * words, or the last section has a paragraph more than any other (the others show how long one is).
 */
function isClosing(essay: EssayAnalysis, paras: readonly string[], places: Array<Place | null>) {
  const last = paras.length - 1;
  const lastPlace = places.filter((p): p is Place => p !== null).at(-1);
  if (last < 0 || !lastPlace || lastPlace.para >= last) return false;
  if (essay.headings.every((h) => h.kind === 'inline')) return true;
  if (CLOSING_CUES.test(normPunct(paras[last] ?? '').trim())) return true;
  const lengths = places.map((p, k) => {
    const next = places.slice(k + 1).find((q): q is Place => q !== null);
    return p === null ? 0 : (next?.para ?? paras.length) - p.para;
  });
  const lastLength = lengths.at(-1) ?? 0;
  return lastLength >= 2 && lengths.slice(0, -1).every((n) => n < lastLength);
}

export function essayParts(essay: EssayAnalysis): EssayParts {
  const paras = (essay.paragraphs ?? []).map((p) => p.text);
  const places = placesOf(essay, paras);
  const closing = isClosing(essay, paras, places) ? (paras.at(-1) ?? null) : null;
  const end: Place = closing
    ? { para: paras.length - 1, start: 0, end: 0 }
    : { para: paras.length - 1, start: paras.at(-1)?.length ?? 0, end: 0 };
  const hints = places.map((place, k) => {
    if (place === null) return '';
    const next = places.slice(k + 1).find((q): q is Place => q !== null) ?? end;
    return between(paras, place, next);
  });
  return { hints, closing: closing?.trim() ?? null };
}
