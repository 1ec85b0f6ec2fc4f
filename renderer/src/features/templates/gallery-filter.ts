import { BLANK, FRAME_FIELD } from '../../../../electron/core/draft/section-ops';
import type { TemplateSummary } from '../../../../electron/shared/model';

/** The genre filter's value that shows every genre; no genre is empty. */
export const ALL_GENRES = '';

/**
 * Cards per page, families kept whole: the shipped templates fit on the first page, and a library
 * with a thousand templates of its own renders no more cards than that.
 */
export const PAGE_CARDS = 30;

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Variants of one family next to each other: sorted once per list, so a search only filters. */
export const galleryOrder = (templates: readonly TemplateSummary[]): TemplateSummary[] =>
  [...templates].sort((a, b) => byCode(a.family, b.family) || byCode(a.id, b.id));

/** Whether a template's name, genre, frames, headings or source hold every word of the query. */
function matches(t: TemplateSummary, words: readonly string[]): boolean {
  const haystack = [t.name, t.genre, t.description, t.sourceTitle ?? '', ...t.frames, ...t.skeleton]
    .join('\n')
    .replaceAll(BLANK, FRAME_FIELD);
  return words.every((w) => haystack.includes(w.replaceAll(BLANK, FRAME_FIELD)));
}

/** The ordered templates of `genre` (or all) that hold every word of `query`. */
export function filterTemplates(
  ordered: TemplateSummary[],
  genre: string,
  query: string,
): TemplateSummary[] {
  const words = query.split(/\s+/u).filter((w) => w.length > 0);
  if (genre === ALL_GENRES && words.length === 0) return ordered;
  return ordered.filter(
    (t) => (genre === ALL_GENRES || t.genre === genre) && (words.length === 0 || matches(t, words)),
  );
}

/** The templates grouped by family, in the order given. */
export function familiesOf(shown: TemplateSummary[]): TemplateSummary[][] {
  const groups = new Map<string, TemplateSummary[]>();
  for (const t of shown) {
    const group = groups.get(t.family);
    if (group) group.push(t);
    else groups.set(t.family, [t]);
  }
  return [...groups.values()];
}

/** Families cut into pages of at most PAGE_CARDS cards (a bigger family has a page to itself). */
export function pagesOf(families: TemplateSummary[][]): TemplateSummary[][][] {
  const pages: TemplateSummary[][][] = [];
  let page: TemplateSummary[][] = [];
  let cards = 0;
  for (const family of families) {
    if (cards > 0 && cards + family.length > PAGE_CARDS) {
      pages.push(page);
      page = [];
      cards = 0;
    }
    page.push(family);
    cards += family.length;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** A family as the page draws it: the whole family (its size is shown) and the cards drawn. */
export interface DrawnFamily {
  family: TemplateSummary[];
  cards: TemplateSummary[];
}

/**
 * The page's first `limit` cards, by family; a family the limit cuts keeps its place and its
 * size, so its heading reads the same once the rest of its cards are drawn.
 */
export function drawnCards(page: TemplateSummary[][], limit: number): DrawnFamily[] {
  const drawn: DrawnFamily[] = [];
  let left = limit;
  for (const family of page) {
    if (left <= 0) break;
    const cards = family.slice(0, left);
    drawn.push({ family, cards });
    left -= cards.length;
  }
  return drawn;
}
