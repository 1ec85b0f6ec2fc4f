import { alignPair, frameWords, overlapBound, toItems } from './align';
import {
  announcedCount,
  INDEX_HEAD,
  isCompilationLine,
  isIndexedHeader,
  isLeadIn,
  isNumberedTitle,
  isTitleLike,
  namesEssayKind,
  readHeader,
  sameOrMore,
  servesTitle,
} from './header';
import { isBlurb } from './junk';
import type { Paragraph } from './lines';
import { matchMarker } from './numbering';
import { normPunct, wordLength } from './text';

/**
 * Splits a document into essays. Explicit boundaries are title lines: indexed headers
 * (…1, …一：, 篇一, 范文三), and in a compilation or where the line names a kind of essay
 * (…心得, …观后感:…) standalone short titles followed by a body. The lines around a title that
 * are not body text (page titles, bylines, subtitles, dates) make up its header block.
 */

export interface EssayBlock {
  title: string | null;
  titleLine: number | null;
  /** The dash subtitle under the title ("——…"), if any. */
  subtitle?: string;
  body: Paragraph[];
  /** Where an untitled split took this block from: the titled block's index, the offset in it. */
  from?: { essay: number; offset: number };
}

export interface Split {
  compilationTitle: string | null;
  /** Essay count announced by the compilation title ("【5篇】", "通用31篇"), if any. */
  announced: number | null;
  essays: EssayBlock[];
  /** Header lines that are the page's, not an essay's (page titles, site names, bylines). */
  junk: number[];
  /** The compilation title's line: junk after all when the page turns out to hold one essay. */
  compilationLine: number | null;
}

const BARE_INDEX_TAIL = /(\d{1,3}|[一二三四五六七八九十]{1,3})\s*[:：]?$/u;
/** Lines a header block may hold: a title, its subtitle, byline, date and salutation. */
const HEADER_MAX = 6;
/** The top of a page holds more: site name, breadcrumbs' leftovers, page title, blurbs. */
const PAGE_HEAD_MAX = 14;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Body text: a sentence, or a line too long to be a title. */
function isBody(p: Paragraph): boolean {
  return !isTitleLike(p);
}

/**
 * Short title lines that have a similar sibling nearby are section headings, not titles. Section
 * headings each introduce body text, so siblings are never stacked on adjacent lines.
 */
function hasParallelSibling(paras: readonly Paragraph[], i: number): boolean {
  const p = paras[i];
  const after = paras[i + 1];
  if (!p || !after || !isBody(after)) return false;
  const a = normPunct(p.text);
  for (let j = Math.max(0, i - 30); j < Math.min(paras.length, i + 31); j++) {
    const q = paras[j];
    const qAfter = paras[j + 1];
    if (Math.abs(j - i) < 2 || !q || !isTitleLike(q) || !qAfter || !isBody(qAfter)) continue;
    const b = normPunct(q.text);
    const la = wordLength(a);
    const lb = wordLength(b);
    if (Math.max(la, lb) > Math.min(la, lb) * 1.5) continue;
    if (overlapBound(a, b) < Math.max(2, Math.max(la, lb) * 0.15)) continue;
    const words = frameWords(alignPair(toItems(a), b).join(''));
    if (words >= 2 && words >= Math.max(la, lb) * 0.15) return true;
  }
  return false;
}

/** Indexed headers count only when they look like a series, or carry an explicit 篇/范文 word. */
function indexedHeaders(paras: readonly Paragraph[]): Set<number> {
  const idxLines: number[] = [];
  paras.forEach((p, i) => {
    if (isTitleLike(p) && (BARE_INDEX_TAIL.test(p.text) || INDEX_HEAD.test(p.text))) {
      idxLines.push(i);
    }
  });
  const indexed = new Set<number>();
  for (const i of idxLines) {
    const p = paras[i];
    if (!p) continue;
    const series = idxLines.some((j) => {
      const q = paras[j];
      return j !== i && q !== undefined && commonPrefix(p.text, q.text) >= 4;
    });
    if (series || isIndexedHeader(p)) indexed.add(i);
  }
  return indexed;
}

/** Index of the first head line below the last editor's note among them (0 when none). */
function seamIndex(head: readonly Paragraph[], notes: ReadonlySet<number>): number {
  let at = 0;
  head.forEach((p, i) => {
    const prev = head[i - 1];
    if (!prev) return;
    for (let no = prev.line + 1; no < p.line; no++) if (notes.has(no)) at = i;
  });
  return at;
}

/** Fewest later standalone lines that make a line above the body the first of a series. */
const SERIES_MIN = 2;
/** How much longer or shorter than the line its series' lines may be: headings of one kind. */
const SERIES_SPREAD = 1.5;
/** How far the series is looked for: sections run a few paragraphs each. */
const SERIES_WINDOW = 30;

/**
 * A short line above a body paragraph that opens a series of sections: two or more lines like it
 * (of comparable length, each between body paragraphs) follow in the text.
 */
function opensSeries(paras: readonly Paragraph[], i: number): boolean {
  const p = paras[i];
  const after = paras[i + 1];
  if (!p || !after || !isTitleLike(p) || !isBody(after)) return false;
  const n = wordLength(p.text);
  let count = 0;
  const end = Math.min(paras.length - 1, i + SERIES_WINDOW);
  for (let j = i + 2; j < end && count < SERIES_MIN; j++) {
    const q = paras[j];
    const before = paras[j - 1];
    const next = paras[j + 1];
    if (!q || !before || !next || !isTitleLike(q) || !isBody(before) || !isBody(next)) continue;
    const m = wordLength(q.text);
    if (m * SERIES_SPREAD >= n && m <= n * SERIES_SPREAD) count++;
  }
  return count >= SERIES_MIN;
}

/** Line numbering schemes from the outermost in: the order official writing nests them. */
const NESTING = ['一、', '一.', '(一)', '1、', '1.', '1)', '(1)', '①'];

/**
 * A numbered line at the top that the text goes on numbering ("二、" later, or "(一)" under it)
 * is the first section, not a list page's entry.
 */
function continuesNumbering(paras: readonly Paragraph[], i: number): boolean {
  const m = matchMarker(normPunct(paras[i]?.text ?? ''));
  if (!m || m.ordinal !== 1) return false;
  const depth = NESTING.indexOf(m.label);
  return paras.slice(i + 1).some((q) => {
    const n = matchMarker(normPunct(q.text));
    if (!n || !n.lineOnly) return false;
    return n.scheme === m.scheme
      ? n.ordinal === 2
      : n.ordinal === 1 && NESTING.indexOf(n.label) > depth;
  });
}

/**
 * The top of the page: everything above the first body paragraph that is not an essay title,
 * and not the first of the essay's sections (`section`) under a title line above it.
 */
function pageHeadEnd(paras: readonly Paragraph[], section: (i: number) => boolean): number {
  let k = 0;
  let titles = 0;
  while (k < paras.length && k < PAGE_HEAD_MAX) {
    const p = paras[k];
    if (!p) break;
    const titleLike = isTitleLike(p) && !isLeadIn(p);
    const head =
      titleLike ||
      isBlurb(p.text) ||
      (k === 0 && isNumberedTitle(p) && !continuesNumbering(paras, k));
    if (!head || (titleLike && titles > 0 && section(k))) break;
    if (titleLike) titles++;
    k++;
  }
  return k;
}

/**
 * `seams` are the lines of editors' notes the page put between its header and the essay: what
 * stands above such a note is the page's.
 */
export function splitEssays(
  paras: readonly Paragraph[],
  seams: ReadonlySet<number> = new Set(),
): Split {
  const n = paras.length;
  const indexed = indexedHeaders(paras);
  const siblings = new Map<number, boolean>();
  const sibling = (i: number): boolean => {
    let v = siblings.get(i);
    if (v === undefined) {
      v = hasParallelSibling(paras, i);
      siblings.set(i, v);
    }
    return v;
  };
  const junk: number[] = [];
  const essays: EssayBlock[] = [];

  const section = (i: number): boolean => {
    const p = paras[i];
    if (!p || indexed.has(i) || servesTitle(p) || namesEssayKind(p.text)) return false;
    // the title said again under itself is no section
    const above = paras.slice(Math.max(0, i - HEADER_MAX), i);
    if (above.some((q) => sameOrMore(q.text, p.text))) return false;
    return sibling(i) || opensSeries(paras, i);
  };

  // the page head: its title lines, page furniture and compilation line
  const headEnd = pageHeadEnd(paras, section);
  const notes = new Set(seams);
  const head = paras.slice(0, headEnd).filter((p) => {
    const blurb = !isTitleLike(p) && !isNumberedTitle(p);
    if (blurb) {
      junk.push(p.line);
      notes.add(p.line);
    }
    return !blurb;
  });
  const reading = readHeader(head, seamIndex(head, notes));
  for (const k of reading.junk) {
    const p = head[k];
    if (p) junk.push(p.line);
  }
  const named = reading.compilation === null ? undefined : head[reading.compilation];
  // a page repeats its list's name: the last copy names the list, the others are furniture
  const copies = head.filter((p) => named !== undefined && p.text === named.text);
  const comp = copies[copies.length - 1];
  for (const p of copies) if (p !== comp && !junk.includes(p.line)) junk.push(p.line);
  let compilationLine = comp?.line ?? null;
  let compilationTitle = comp && isCompilationLine(comp.text) ? comp.text : null;
  const titlePara = reading.title === null ? undefined : head[reading.title];
  let cur: EssayBlock | null = null;
  if (titlePara) {
    const sub = reading.subtitle === null ? undefined : head[reading.subtitle];
    cur = { title: titlePara.text, titleLine: titlePara.line, body: [] };
    if (sub) cur.subtitle = sub.text;
    essays.push(cur);
  }
  const first = reading.body === null ? undefined : head[reading.body];
  if (first) {
    cur ??= { title: null, titleLine: null, body: [] };
    if (!essays.includes(cur)) essays.push(cur);
    cur.body.push(first);
  }
  // a compilation names itself; without such a line, titled essays still make one
  const compilation = (): boolean => compilationTitle !== null || indexed.size >= 2;

  for (let i = headEnd; i < n; i++) {
    const p = paras[i];
    if (!p) continue;
    const isIndexed = indexed.has(i);
    // the title repeated inside the text (a page shows it again under a widget) is neither
    // title nor text
    if (!isIndexed && cur?.title && isTitleLike(p) && sameOrMore(cur.title, p.text)) continue;
    const kind = isTitleLike(p) && namesEssayKind(p.text);
    const titled =
      isTitleLike(p) &&
      !/[:：]$/u.test(p.text) &&
      (compilation() || kind) &&
      (cur === null || cur.body.length > 0) &&
      (kind || !sibling(i));
    if (isIndexed || titled) {
      // header block: title, then bylines, subtitles and dates up to the first body paragraph
      let k = i;
      while (k + 1 < n && k - i < HEADER_MAX) {
        const q = paras[k + 1];
        if (!q || !isTitleLike(q) || indexed.has(k + 1) || section(k + 1)) break;
        k++;
      }
      const after = paras[k + 1];
      if (isIndexed || (after !== undefined && isBody(after))) {
        const block = paras.slice(i, k + 1);
        const r = readHeader(block);
        const own = block[r.title ?? 0] ?? p;
        for (const j of r.junk) {
          const q = block[j];
          if (q && q !== own) junk.push(q.line);
        }
        cur = { title: own.text, titleLine: own.line, body: [] };
        const sub = r.subtitle === null ? undefined : block[r.subtitle];
        if (sub) cur.subtitle = sub.text;
        const opening = r.body === null ? undefined : block[r.body];
        if (opening) cur.body.push(opening);
        essays.push(cur);
        i = k;
        continue;
      }
    }
    if (!cur) {
      cur = { title: null, titleLine: null, body: [] };
      essays.push(cur);
    }
    cur.body.push(p);
  }
  const kept = essays.filter((e) => e.body.length > 0);
  // two or more essays under a line that names them all: that line is the compilation's title
  if (compilationTitle === null && comp && kept.length >= 2) compilationTitle = comp.text;
  if (compilationTitle !== null && compilationLine !== null) {
    const at = junk.indexOf(compilationLine);
    if (at >= 0) junk.splice(at, 1);
  } else compilationLine = null;
  const announced = compilationTitle === null ? null : announcedCount(compilationTitle);
  return { compilationTitle, announced, essays: kept, junk, compilationLine };
}
