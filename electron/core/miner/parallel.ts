import { alignPair, frameOf, frameWords, overlapBound, SLOT, toItems } from './align';
import { isLineHeading, sentenceNorm, sentenceText } from './headings';
import type { Found, Para } from './model';
import { isPunct, isPunctCode, wordLength } from './text';

/**
 * Un-numbered parallel headings (排比式小标题): sentences in heading position — first sentence
 * of a paragraph, or a short sentence that opens a sub-point inside one — that share a frame with
 * their siblings. A first sentence that shares nothing with any other is plain text.
 */

export interface Sentence {
  para: number;
  sentence: number;
  text: string;
  norm: string;
  /** Not the first sentence of its paragraph. */
  mid: boolean;
  line: boolean;
  shape: string;
  first: number;
  last: number;
  /** Word characters (no punctuation). */
  len: number;
  /** Distinct word-character bigrams, sorted. */
  bigrams: Int32Array;
}

const MAX_HEADING = 60;
const MIN_HEADING = 4;
const MID_MAX = 30;
const MAX_SECTION_PARAS = 6;

function skeleton(norm: string): string {
  const punctCode = isPunctCode;
  let s = '';
  let from = -1;
  // runs of punctuation are sliced out whole rather than appended one character at a time
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 0x41;
    const punct = c !== 0x20 && c !== 0x3000 && !(c >= 0xd800 && c <= 0xdfff) && punctCode(c);
    if (punct && from < 0) from = i;
    else if (!punct && from >= 0) {
      s += norm.slice(from, i);
      from = -1;
    }
  }
  return s;
}

export function headingCandidates(paras: readonly Para[], taken: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  paras.forEach((p, i) => {
    // the first paragraph introduces the essay; its sentences are not section headings
    if (i === 0) return;
    const n = p.sentences.length;
    for (let k = 0; k < n; k++) {
      const span = p.sentences[k];
      if (!span) continue;
      const size = span.end - span.start;
      const mid = k > 0;
      // cheap tests on the span first: most sentences are too long to be headings
      if (size > MAX_HEADING) continue;
      // a heading opens a point: something must follow it in its paragraph, or stand as a line
      if (mid && (k === n - 1 || size > MID_MAX)) continue;
      if (taken.size > 0 && taken.has(`${i}:${k}`)) continue;
      // a heading does not follow a heading sentence in the same paragraph
      if (mid && taken.size > 0 && taken.has(`${i}:${k - 1}`)) continue;
      const norm = sentenceNorm(p, k);
      const len = wordLength(norm);
      if (len < MIN_HEADING) continue;
      // quoted speech is not a heading
      if (norm.startsWith('“') && /^“[^“”]*”$/u.test(norm.replace(/[。！？]+$/u, ''))) continue;
      const line = k === 0 && isLineHeading(p);
      out.push({
        para: i,
        sentence: k,
        text: line ? p.text : sentenceText(p, k),
        norm,
        mid,
        line,
        len,
        shape: skeleton(norm),
        first: firstWordChar(norm),
        last: lastWordChar(norm),
        bigrams: bigramSet(norm),
      });
    }
  });
  return out;
}

interface Pairing {
  words: number;
  frame: string;
}

function pairing(a: string, b: string): Pairing {
  const frame = alignPair(toItems(a), b).join('');
  return { words: frameWords(frame), frame };
}

/** Where the shared wording sits: parallel headings share it at the start or at the end. */
export function anchors(frame: string): { start: boolean; end: boolean } {
  const chars = Array.from(frame);
  let i = 0;
  while (i < chars.length && chars[i] !== SLOT && isPunct(chars[i] ?? '')) i++;
  let j = chars.length - 1;
  while (j >= 0 && chars[j] !== SLOT && isPunct(chars[j] ?? '')) j--;
  return { start: i < chars.length && chars[i] !== SLOT, end: j >= 0 && chars[j] !== SLOT };
}

/** Shared wording counts when it opens both texts, or closes both with at least three characters. */
export function anchoredWords(frame: string, words: number): boolean {
  const a = anchors(frame);
  return (a.start && words >= 2) || (a.end && words >= 3);
}

/** Bigrams of word characters, sorted and distinct: a cheap test before the alignment. */
function bigramSet(norm: string): Int32Array {
  const punctCode = isPunctCode;
  const out = new Int32Array(Math.max(0, norm.length - 1));
  let n = 0;
  let prev = -1;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (punctCode(c)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) out[n++] = ((prev & 0xffff) << 16) | c;
    prev = c;
  }
  const sorted = out.subarray(0, n).sort();
  let d = 0;
  for (let i = 0; i < n; i++)
    if (i === 0 || sorted[i] !== sorted[d - 1]) sorted[d++] = sorted[i] ?? 0;
  return sorted.slice(0, d);
}

/** Whether two sorted key arrays share at least `k` keys. */
function sharesAtLeast(a: Int32Array, b: Int32Array, k: number): boolean {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      if (++shared >= k) return true;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return false;
}

export function firstWordChar(s: string): number {
  for (let i = 0; i < s.length; i++) if (!isPunctCode(s.charCodeAt(i))) return s.charCodeAt(i);
  return -1;
}

export function lastWordChar(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (!isPunctCode(s.charCodeAt(i))) return s.charCodeAt(i);
  return -1;
}

/** Necessary for any rule in `similar`: shared edges, shared wording or the same shape. */
function mayBeSimilar(a: Sentence, b: Sentence): boolean {
  if (a.line !== b.line) return false;
  if (a.first === b.first || a.last === b.last) return true;
  if (a.shape === b.shape && a.shape.length >= 3 && Math.max(a.norm.length, b.norm.length) <= 30) {
    return true;
  }
  return sharesAtLeast(a.bigrams, b.bigrams, 2);
}

/**
 * Shared wording in the middle counts when one literal stretch spans a clause boundary
 * ("…冲上去，他们…"): topic words recurring here and there do not.
 */
function clauseBridge(frame: string): boolean {
  for (const part of frame.split(SLOT)) {
    const inner = part.replace(/[。！？]+$/u, '');
    if (/[，；：]/u.test(inner.slice(1, -1)) && wordLength(inner) >= 4) return true;
  }
  return false;
}

function similar(a: Sentence, b: Sentence): boolean {
  if (!mayBeSimilar(a, b)) return false;
  const la = a.len;
  const lb = b.len;
  const short = Math.min(la, lb);
  const long = Math.max(la, lb);
  const sameShape = a.shape === b.shape;
  const shapeMarks = a.shape.replace(/[。！？]+$/u, '').length;
  const mid = a.mid || b.mid;
  // the rules that need no alignment first: the same short punctuated form
  if (mid) {
    if (a.mid && b.mid && sameShape && shapeMarks >= 2 && long <= short * 1.4 && long <= 20) {
      return true;
    }
  } else if (sameShape && shapeMarks >= 2 && long <= short * 1.4 && long <= 24) {
    return true;
  }
  // every rule below needs shared word characters: three inside paragraphs; two, and four or
  // 15% of the longer text, between paragraph-opening sentences
  const bound = overlapBound(a.norm, b.norm);
  if (mid ? bound < 3 : bound < 2 || (bound < 4 && bound < long * 0.15)) return false;
  // a frame is anchored only where both texts open (or close) with the same word character; without
  // that, only the rules for a shared middle remain
  if (a.first !== b.first && a.last !== b.last) {
    if (mid || (bound < 5 && !(sameShape && bound >= 4 && bound >= short * 0.4))) return false;
  }
  const p = pairing(a.norm, b.norm);
  const anchored = anchoredWords(p.frame, p.words);
  if (mid) {
    // inside paragraphs only close parallels count: shared opening words, and more of them than
    // a two-character opening (a surname, "他们"), which is a coincidence, not a frame
    return (
      anchored &&
      p.words >= 3 &&
      (sameShape || p.words >= 5) &&
      (long <= short * 1.6 || p.words >= short * 0.6)
    );
  }
  if (anchored && p.words >= long * 0.15 && (long <= short * 2.5 || p.words >= short * 0.6)) {
    return true;
  }
  if (p.words >= 5 && p.words >= short * 0.2 && long <= short * 2 && clauseBridge(p.frame)) {
    return true;
  }
  // same form, same length, a large shared middle ("…是乡村振兴的…")
  return sameShape && p.words >= 4 && p.words >= short * 0.4 && long <= short * 1.3;
}

/** Groups of similar candidates (connected components), at least two members each. */
export function findParallel(
  paras: readonly Para[],
  taken: ReadonlySet<string>,
  firstRun: number,
): Found[] {
  const cands = headingCandidates(paras, taken);
  const n = cands.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  // siblings are near each other (a section is a few paragraphs): comparing within a window also
  // keeps long texts linear
  const WINDOW = 40;
  for (let i = 0; i < n; i++) {
    const a = cands[i];
    if (!a) continue;
    for (let j = i + 1; j < n && j <= i + WINDOW; j++) {
      const b = cands[j];
      if (!b) continue;
      if (b.para - a.para > MAX_SECTION_PARAS) break;
      if (a.para === b.para && b.sentence === a.sentence + 1) continue;
      // already in one group: the pair would add nothing
      if (find(i) === find(j)) continue;
      if (similar(a, b)) parent[find(j)] = find(i);
    }
  }
  const comps = new Map<number, Sentence[]>();
  cands.forEach((c, i) => {
    const r = find(i);
    const list = comps.get(r) ?? [];
    list.push(c);
    comps.set(r, list);
  });
  const found: Found[] = [];
  let run = firstRun;
  for (const members of comps.values()) {
    if (members.length < 2) continue;
    const frame = frameOf(members.map((m) => m.norm));
    if (frameWords(frame) === 0 && skeleton(frame).length < 3) continue;
    // sentences inside paragraphs that share only a word or two (a surname, "他们") are not
    // parallel; the same punctuated form with no shared wording ("…“…”。") still is
    const words = frameWords(frame);
    if (members.every((m) => m.mid) && words > 0 && words < 3) continue;
    // repeated sentences are repetition, not parallel headings: members must differ somewhere
    if (!frame.includes(SLOT)) continue;
    for (const m of members) {
      found.push({
        para: m.para,
        sentence: m.sentence,
        text: m.text,
        kind: m.line ? 'line' : 'inline',
        marker: null,
        scheme: `group:${run}`,
        run,
        level: 0,
      });
    }
    run++;
  }
  return found;
}
