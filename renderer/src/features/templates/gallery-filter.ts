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

/** The ordered templates of `genre` (or all) whose name, description or a heading has `query`. */
export function filterTemplates(
  ordered: TemplateSummary[],
  genre: string,
  query: string,
): TemplateSummary[] {
  const q = query.trim();
  if (genre === ALL_GENRES && q === '') return ordered;
  return ordered.filter(
    (t) =>
      (genre === ALL_GENRES || t.genre === genre) &&
      (q === '' ||
        t.name.includes(q) ||
        t.description.includes(q) ||
        t.skeleton.some((s) => s.includes(q))),
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
