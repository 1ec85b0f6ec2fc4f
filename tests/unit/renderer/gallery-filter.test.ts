import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../electron/shared/model';
import {
  ALL_GENRES,
  drawnCards,
  familiesOf,
  filterTemplates,
  galleryOrder,
  PAGE_CARDS,
  pagesOf,
} from '../../../renderer/src/features/templates/gallery-filter';

const template = (
  id: string,
  family: string,
  genre: TemplateSummary['genre'],
  name: string,
  skeleton: string[] = [],
  frames: string[] = [],
): TemplateSummary => ({
  id,
  name,
  genre,
  family,
  origin: id.startsWith('u-') ? 'user' : 'builtin',
  description: '',
  sourceFile: null,
  sourceTitle: null,
  skeleton,
  frames,
});

const LIST = [
  template(
    't3',
    'f-b',
    '工作总结',
    '社区志愿服务工作总结',
    ['坚持____，服务群众'],
    ['坚持…，服务…'],
  ),
  template('u-1', 'f-a', '心得体会', '我的读书心得'),
  template('t1', 'f-a', '心得体会', '读书月心得体会', ['读____，悟____']),
  template('t2', 'f-c', '观后感', '纪录片观后感'),
];

describe('the template gallery: order, filter, pages', () => {
  it('puts the variants of a family together, in a fixed order', () => {
    const ordered = galleryOrder(LIST);
    expect(ordered.map((t) => t.id)).toEqual(['t1', 'u-1', 't3', 't2']);
    expect(familiesOf(ordered).map((f) => f.map((t) => t.id))).toEqual([
      ['t1', 'u-1'],
      ['t3'],
      ['t2'],
    ]);
  });

  it('filters by genre and by the words of the name, genre, frame or a heading', () => {
    const ordered = galleryOrder(LIST);
    expect(filterTemplates(ordered, '心得体会', '').map((t) => t.id)).toEqual(['t1', 'u-1']);
    expect(filterTemplates(ordered, ALL_GENRES, '服务').map((t) => t.id)).toEqual(['t3']);
    expect(filterTemplates(ordered, ALL_GENRES, '悟').map((t) => t.id)).toEqual(['t1']);
    expect(filterTemplates(ordered, '观后感', '读书')).toEqual([]);
    expect(filterTemplates(ordered, ALL_GENRES, ' ')).toBe(ordered);
    // by a frame, written with its blanks, by genre, and by every word of the query
    expect(filterTemplates(ordered, ALL_GENRES, '坚持____').map((t) => t.id)).toEqual(['t3']);
    expect(filterTemplates(ordered, ALL_GENRES, '观后感').map((t) => t.id)).toEqual(['t2']);
    expect(filterTemplates(ordered, ALL_GENRES, '读书 心得').map((t) => t.id)).toEqual([
      't1',
      'u-1',
    ]);
  });

  it('cuts pages of at most PAGE_CARDS cards without splitting a family', () => {
    const families = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: (i % 3) + 1 }, (_, k) =>
        template(`t${i}-${k}`, `f-${String(i).padStart(2, '0')}`, '心得体会', `模板${i}`),
      ),
    );
    const pages = pagesOf(families);
    expect(pages.flat()).toEqual(families);
    for (const page of pages) expect(page.flat().length).toBeLessThanOrEqual(PAGE_CARDS);
    // Each page is as full as the next family allows.
    for (const [i, page] of pages.slice(0, -1).entries()) {
      const next = pages[i + 1]?.[0]?.length ?? 0;
      expect(page.flat().length + next).toBeGreaterThan(PAGE_CARDS);
    }
  });

  it('gives a family bigger than a page a page of its own', () => {
    const big = Array.from({ length: PAGE_CARDS + 5 }, (_, k) =>
      template(`u-${k}`, 'f-big', '心得体会', `副本${k}`),
    );
    const small = [template('t9', 'f-small', '观后感', '观后感')];
    expect(pagesOf([small, big, small]).map((p) => p.flat().length)).toEqual([
      1,
      PAGE_CARDS + 5,
      1,
    ]);
  });

  it('draws the first cards of a page by family, cutting a big family but keeping its size', () => {
    const family = (name: string, size: number): TemplateSummary[] =>
      Array.from({ length: size }, (_, k) => template(`u-${name}${k}`, name, '心得体会', name));
    const page = [family('f-a', 2), family('f-b', 37), family('f-c', 3)];

    const first = drawnCards(page, 6);
    expect(first.map((d) => [d.family.length, d.cards.length])).toEqual([
      [2, 2],
      [37, 4],
    ]);
    expect(first[1]?.cards).toEqual(page[1]?.slice(0, 4));

    const all = drawnCards(page, Number.POSITIVE_INFINITY);
    expect(all.map((d) => d.cards)).toEqual(page);
    expect(drawnCards(page, 2).map((d) => d.cards.length)).toEqual([2]);
  });
});
