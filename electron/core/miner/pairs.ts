import { alignPair, frameWords, overlapBound, toItems } from './align';
import { FRAME_FIELD } from '../draft/section-ops';
import { clauseFrame } from './clause-frame';
import { isPunct, isPunctCode, wordLength } from './text';

/**
 * When two sentences in heading position are parallel: shared opening or closing wording, the
 * same clauses with characters in the same places, the same short punctuated form, or the same
 * keyword-and-colon opening ("学思想:…" / "强党性:…").
 */

export interface Sentence {
  para: number;
  sentence: number;
  text: string;
  norm: string;
  /** Not the first sentence of its paragraph. */
  mid: boolean;
  /** Where the sentence starts and ends in its paragraph. */
  start: number;
  end: number;
  line: boolean;
  shape: string;
  first: number;
  last: number;
  /** Word characters (no punctuation). */
  len: number;
  /** Distinct word-character bigrams, sorted. */
  bigrams: Int32Array;
}

/** Longest heading (word characters) the clause rule alone may pair. */
const CLAUSE_MAX = 24;
/** "学思想:…": a short keyword and a colon open the sentence. */
const KEYWORD_COLON = /^\p{Script=Han}{2,5}：/u;

/** Length of the keyword before the opening colon, 0 when the sentence has none. */
export function keywordLength(norm: string): number {
  const m = KEYWORD_COLON.exec(norm);
  return m ? m[0].length - 1 : 0;
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
function anchors(frame: string): { start: boolean; end: boolean } {
  const chars = Array.from(frame);
  let i = 0;
  while (i < chars.length && chars[i] !== FRAME_FIELD && isPunct(chars[i] ?? '')) i++;
  let j = chars.length - 1;
  while (j >= 0 && chars[j] !== FRAME_FIELD && isPunct(chars[j] ?? '')) j--;
  return {
    start: i < chars.length && chars[i] !== FRAME_FIELD,
    end: j >= 0 && chars[j] !== FRAME_FIELD,
  };
}

/** Shared wording counts when it opens both texts, or closes both with at least three characters. */
function anchoredWords(frame: string, words: number): boolean {
  const a = anchors(frame);
  return (a.start && words >= 2) || (a.end && words >= 3);
}

/** Bigrams of word characters, sorted and distinct: a cheap test before the alignment. */
export function bigramSet(norm: string): Int32Array {
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
  const shapeMin = a.mid || b.mid ? 3 : 2;
  if (
    a.shape === b.shape &&
    a.shape.length >= shapeMin &&
    Math.max(a.norm.length, b.norm.length) <= 30
  ) {
    return true;
  }
  return sharesAtLeast(a.bigrams, b.bigrams, 2);
}

/**
 * Shared wording in the middle counts when one literal stretch spans a clause boundary
 * ("…冲上去，他们…"): topic words recurring here and there do not.
 */
function clauseBridge(frame: string): boolean {
  for (const part of frame.split(FRAME_FIELD)) {
    const inner = part.replace(/[。！？]+$/u, '');
    if (/[，；：]/u.test(inner.slice(1, -1)) && wordLength(inner) >= 4) return true;
  }
  return false;
}

/** Word characters of each clause (text between punctuation marks). */
function clauseLengths(norm: string): number[] {
  return norm
    .split(/[\p{P}\p{S}\s]+/u)
    .filter((c) => c.length > 0)
    .map(wordLength);
}

/**
 * Clause by clause the same length (give or take two characters), and two fixed characters in
 * the same places, not only a shared first word: the shape parallel headings have and ordinary
 * sentences that happen to share a word lack.
 */
function clauseShared(a: string, b: string): boolean {
  const la = clauseLengths(a);
  const lb = clauseLengths(b);
  if (la.length !== lb.length || la.some((n, i) => Math.abs(n - (lb[i] ?? 0)) > 2)) return false;
  const f = clauseFrame([a, b], { markers: false });
  return f.fixed >= 2 && f.beyondOpening;
}

/** Longest opening clause of a set phrase ("以学铸魂"), in word characters. */
const SET_PHRASE_MAX = 6;

/** How far the later clauses of measured sentences may differ in length. */
const CLAUSE_SLACK = 2;

/**
 * Sentences cut into the same number of clauses, opening with a set phrase of one short length
 * ("以学铸魂,筑牢信仰根基。" / "以学增智,提升本领。"), the later clauses near one length: the
 * measured form of parallel headings, which sentences of prose that share a subject lack.
 */
export function sameRhythm(norms: readonly string[]): boolean {
  const first = clauseLengths(norms[0] ?? '');
  if (first.length < 2 || (first[0] ?? 0) > SET_PHRASE_MAX) return false;
  return norms.every((t) => {
    const l = clauseLengths(t);
    return (
      l.length === first.length &&
      l[0] === first[0] &&
      l.every((n, i) => Math.abs(n - (first[i] ?? 0)) <= CLAUSE_SLACK)
    );
  });
}

export function similar(a: Sentence, b: Sentence): boolean {
  // "学思想:铸…。" / "强党性:…。": keywords of one length, each with its colon, open paragraphs
  if (!a.mid && !b.mid && a.line === b.line) {
    const k = keywordLength(a.norm);
    if (k > 0 && k === keywordLength(b.norm)) return true;
  }
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
  } else if (
    sameShape &&
    shapeMarks >= 1 &&
    long <= CLAUSE_MAX &&
    long <= short * 1.5 &&
    clauseShared(a.norm, b.norm)
  ) {
    // the same clauses with characters in the same places ("学…,就要…。" / "悟…,就要…。")
    return true;
  } else if (
    sameShape &&
    a.first === b.first &&
    sameRhythm([a.norm, b.norm]) &&
    clauseFrame([a.norm, b.norm], { markers: false }).fixed >= 2
  ) {
    // one measured form opened alike, however long ("以学铸魂,…。" / "以学增智,…。")
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
  // of very different lengths, the short one must be mostly the long one's opening ("扶贫工作是
  // 幸福的。" / "扶贫工作是辛酸的,…"), not a closing echo of it
  const echo = p.words >= short * 0.6 && anchors(p.frame).start;
  if (anchored && p.words >= long * 0.15 && (long <= short * 2.5 || echo)) {
    return true;
  }
  if (p.words >= 5 && p.words >= short * 0.2 && long <= short * 2 && clauseBridge(p.frame)) {
    return true;
  }
  // same form, same length, a large shared middle ("…是乡村振兴的…")
  return sameShape && p.words >= 4 && p.words >= short * 0.4 && long <= short * 1.3;
}
