import { alignPair, frameWords, overlapBound, toItems } from './align';
import type { Paragraph } from './lines';
import { matchMarker } from './numbering';
import { normPunct, wordLength } from './text';

/**
 * Splits a document into essays. Explicit boundaries are title lines: indexed headers
 * (…1, …一：, 篇一, 范文三) and standalone short titles followed by a body; the lines right after
 * a title that are not body text (bylines, subtitles, dates) belong to its header block.
 */

export interface EssayBlock {
  title: string | null;
  titleLine: number | null;
  body: Paragraph[];
  /** Where an untitled split took this block from: the titled block's index, the offset in it. */
  from?: { essay: number; offset: number };
}

export interface Split {
  compilationTitle: string | null;
  /** Essay count announced by the compilation title ("【5篇】", "通用31篇"), if any. */
  announced: number | null;
  essays: EssayBlock[];
}

const TITLE_MAX = 50;
const INDEX_TAIL =
  /(?:篇|范文|作文|例文|精选|心得|感|稿|文|得|会|结|告|言|词|材料)\s*[（(【［]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)】］]?\s*[:：]?$/u;
const INDEX_HEAD = /^(?:篇|第)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇?\s*[:：]?/u;
const BARE_INDEX_TAIL = /(\d{1,3}|[一二三四五六七八九十]{1,3})\s*[:：]?$/u;
const ANNOUNCED = /(?:通用|精选|优秀|最新|热门)?\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇/u;
const COLLECTION_WORDS = /合集|大全|汇编|精选|范文|\d+\s*篇|[一二三四五六七八九十]+篇/u;

// asked many times per paragraph (windows of siblings overlap): answered once
const titleLikeCache = new WeakMap<Paragraph, boolean>();

export function isTitleLike(p: Paragraph): boolean {
  let v = titleLikeCache.get(p);
  if (v === undefined) {
    v = computeTitleLike(p);
    titleLikeCache.set(p, v);
  }
  return v;
}

function computeTitleLike(p: Paragraph): boolean {
  const t = p.text;
  if (!p.wholeLine || t.length > TITLE_MAX || wordLength(t) < 2) return false;
  if (/[。！？!?]/u.test(t) || /[，,；;、…]$/u.test(t) || /\.\.$/u.test(t)) return false;
  if ((t.match(/[，,]/gu) ?? []).length > 1) return false;
  return matchMarker(normPunct(t)) === null;
}

function isIndexedHeader(p: Paragraph): boolean {
  return isTitleLike(p) && (INDEX_TAIL.test(p.text) || INDEX_HEAD.test(p.text));
}

function cnOrNum(s: string): number {
  if (/^\d+$/u.test(s)) return Number(s);
  const digits = '一二三四五六七八九';
  if (s === '十') return 10;
  if (s.length === 1) return digits.indexOf(s) + 1;
  const [a, b] = [s[0] ?? '', s[1] ?? ''];
  if (s.length === 2 && a === '十') return 10 + digits.indexOf(b) + 1;
  if (s.length === 2 && b === '十') return (digits.indexOf(a) + 1) * 10;
  if (s.length === 3 && s[1] === '十')
    return (digits.indexOf(a) + 1) * 10 + digits.indexOf(s[2] ?? '') + 1;
  return 0;
}

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

export function splitEssays(paras: readonly Paragraph[]): Split {
  let first = 0;
  let compilationTitle: string | null = null;
  let announced: number | null = null;
  const p0 = paras[0];
  if (p0 && isTitleLike(p0) && !isIndexedHeader(p0)) {
    const m = ANNOUNCED.exec(p0.text);
    if (m || COLLECTION_WORDS.test(p0.text)) {
      compilationTitle = p0.text;
      announced = m ? cnOrNum(m[1] ?? '') || null : null;
      first = 1;
    }
  }
  // indexed headers count only when they look like a series: shared prefix with another one, or
  // an explicit 篇/范文 word
  const indexed = new Set<number>();
  const idxLines: number[] = [];
  for (let i = first; i < paras.length; i++) {
    const p = paras[i];
    if (p && isTitleLike(p) && (BARE_INDEX_TAIL.test(p.text) || INDEX_HEAD.test(p.text))) {
      idxLines.push(i);
    }
  }
  for (const i of idxLines) {
    const p = paras[i];
    if (!p) continue;
    const series = idxLines.some((j) => {
      const q = paras[j];
      return j !== i && q !== undefined && commonPrefix(p.text, q.text) >= 4;
    });
    if (series || isIndexedHeader(p)) indexed.add(i);
  }

  const siblings = new Map<number, boolean>();
  const sibling = (i: number): boolean => {
    let v = siblings.get(i);
    if (v === undefined) {
      v = hasParallelSibling(paras, i);
      siblings.set(i, v);
    }
    return v;
  };
  const essays: EssayBlock[] = [];
  let cur: EssayBlock | null = null;
  const n = paras.length;
  for (let i = first; i < n; i++) {
    const p = paras[i];
    if (!p) continue;
    const canStart =
      isTitleLike(p) && (indexed.has(i) || ((cur === null || cur.body.length > 0) && !sibling(i)));
    if (canStart) {
      // header block: title, then bylines, subtitles and dates up to the first body paragraph
      let k = i;
      while (k + 1 < n && k - i < 6) {
        const q = paras[k + 1];
        if (!q || !isTitleLike(q) || indexed.has(k + 1) || sibling(k + 1)) break;
        k++;
      }
      const after = paras[k + 1];
      if (indexed.has(i) || cur === null || (after !== undefined && isBody(after))) {
        cur = { title: p.text, titleLine: p.line, body: [] };
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
  // a lone essay under a plain title: that title is the essay's, not a collection's
  if (compilationTitle && kept.length === 1 && announced === null) {
    const only = kept[0];
    if (only && only.title === null) only.title = compilationTitle;
    compilationTitle = null;
  }
  return { compilationTitle, announced, essays: kept };
}
