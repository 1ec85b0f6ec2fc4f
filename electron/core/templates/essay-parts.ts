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

export function essayParts(essay: EssayAnalysis): EssayParts {
  const paras = (essay.paragraphs ?? []).map((p) => p.text);
  const places = placesOf(essay, paras);
  // the miner decides whether the last paragraph closes the essay apart from its last section
  const at = essay.closing_paragraph;
  const closing = at !== undefined && at === paras.length - 1 ? (paras[at] ?? null) : null;
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
