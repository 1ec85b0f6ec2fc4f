import { isPunct, isPunctCode } from './text';
import { FRAME_FIELD } from '../draft/section-ops';

/**
 * Multiple alignment of parallel headings: the frame keeps the literal text every member shares,
 * in order, and puts a slot (…) where members differ. Progressive: align the frame so far with
 * the next member by longest common subsequence, then drop stray one-character matches, which
 * are coincidences ("的", "是") rather than shared wording.
 */

export type FrameItem = string; // one literal character, or FRAME_FIELD

/** Cap on aligned length: headings are short, and the DP is quadratic. */
const MAX_LEN = 160;

export function toItems(s: string): FrameItem[] {
  return Array.from(s.slice(0, MAX_LEN));
}

interface Pair {
  a: number;
  b: number;
}

// DP tables reused across calls: alignments run for every candidate pair, allocation dominated
let dpBuf = new Int32Array(0);
let runBuf = new Uint16Array(0);
let codeA = new Int32Array(0);
let codeB = new Int32Array(0);

function lcsPairs(a: readonly FrameItem[], b: readonly string[]): Pair[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const size = (n + 1) * w;
  if (dpBuf.length < size) {
    dpBuf = new Int32Array(size * 2);
    runBuf = new Uint16Array(size * 2);
  }
  const dp = dpBuf;
  const run = runBuf;
  // compare numbers, not one-character strings: this loop is the miner's hottest
  if (codeA.length < n) codeA = new Int32Array(n * 2);
  if (codeB.length < m) codeB = new Int32Array(m * 2);
  const ca = codeA;
  const cb = codeB;
  for (let k = 0; k < n; k++) {
    const it = a[k] ?? FRAME_FIELD;
    ca[k] = it === FRAME_FIELD ? -1 : (it.codePointAt(0) ?? -1);
  }
  for (let k = 0; k < m; k++) cb[k] = b[k]?.codePointAt(0) ?? -2;
  // only the first row and column need clearing: every other cell is written before it is read
  dp.fill(0, 0, w);
  run.fill(0, 0, w);
  // scores in tenths: a match is worth 10, continuing a run of matches 1 more (favours blocks)
  for (let i = 1; i <= n; i++) {
    const ai = ca[i - 1] ?? -1;
    const row = i * w;
    const prevRow = (i - 1) * w;
    dp[row] = 0;
    run[row] = 0;
    for (let j = 1; j <= m; j++) {
      const up = dp[prevRow + j] ?? 0;
      const left = dp[row + j - 1] ?? 0;
      let best = up > left ? up : left;
      let r = 0;
      if (ai >= 0 && ai === cb[j - 1]) {
        const rr = (run[prevRow + j - 1] ?? 0) + 1;
        const diag = (dp[prevRow + j - 1] ?? 0) + 10 + (rr > 1 ? 1 : 0);
        if (diag >= best) {
          best = diag;
          r = rr;
        }
      }
      run[row + j] = r;
      dp[row + j] = best;
    }
  }
  const pairs: Pair[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const cur = dp[i * w + j] ?? 0;
    if ((run[i * w + j] ?? 0) > 0 && ca[i - 1] === cb[j - 1]) {
      pairs.push({ a: i - 1, b: j - 1 });
      i--;
      j--;
    } else if ((dp[(i - 1) * w + j] ?? 0) === cur) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Aligns a frame with one more member; returns the narrowed frame. */
export function alignPair(frame: readonly FrameItem[], member: string): FrameItem[] {
  const b = toItems(member);
  const pairs = lcsPairs(frame, b);
  // keep a match only when it is punctuation or part of a run of at least two matched characters
  const keep = pairs.filter((p, k) => {
    const ch = frame[p.a] ?? '';
    if (isPunct(ch)) return true;
    const prev = pairs[k - 1];
    const next = pairs[k + 1];
    const joinedPrev = prev !== undefined && prev.a === p.a - 1 && prev.b === p.b - 1;
    const joinedNext = next !== undefined && next.a === p.a + 1 && next.b === p.b + 1;
    return joinedPrev || joinedNext;
  });
  const out: FrameItem[] = [];
  let pa = 0;
  let pb = 0;
  for (const p of keep) {
    if (p.a > pa || p.b > pb) out.push(FRAME_FIELD);
    out.push(frame[p.a] ?? '');
    pa = p.a + 1;
    pb = p.b + 1;
  }
  if (pa < frame.length || pb < b.length) out.push(FRAME_FIELD);
  return mergeSlots(out);
}

function mergeSlots(items: FrameItem[]): FrameItem[] {
  const out: FrameItem[] = [];
  for (const it of items) {
    if (it === FRAME_FIELD && out[out.length - 1] === FRAME_FIELD) continue;
    out.push(it);
  }
  return out;
}

/** The frame of several members: literal text shared by all, slots elsewhere. */
// the same members are aligned when a group is found and again when it is reported: the last
// few frames are remembered (a small, bounded cache)
const recentFrames = new Map<string, string>();
const RECENT_MAX = 64;

export function frameOf(members: readonly string[]): string {
  const key = members.join('\u0000');
  const known = recentFrames.get(key);
  if (known !== undefined) return known;
  const frame = computeFrame(members);
  if (recentFrames.size >= RECENT_MAX) {
    const oldest = recentFrames.keys().next();
    if (!oldest.done) recentFrames.delete(oldest.value);
  }
  recentFrames.set(key, frame);
  return frame;
}

function computeFrame(members: readonly string[]): string {
  const first = members[0];
  if (first === undefined) return '';
  let frame = toItems(first);
  for (let i = 1; i < members.length; i++) frame = alignPair(frame, members[i] ?? '');
  return frame.join('');
}

// per-character counts for overlapBound, cleared after each use
const counts = new Uint16Array(65536);

/**
 * An upper bound on the literal word characters two texts can share in a frame: the size of the
 * multiset intersection of their word characters. Linear, so pairs that cannot share enough
 * wording are dismissed before the quadratic alignment.
 */
export function overlapBound(a: string, b: string): number {
  const punctCode = isPunctCode;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (!punctCode(c) && (counts[c] ?? 0) < 65535) counts[c] = (counts[c] ?? 0) + 1;
  }
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    const k = counts[c] ?? 0;
    if (k > 0) {
      counts[c] = k - 1;
      n++;
    }
  }
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = 0;
  return n;
}

/** Literal (non-slot, non-punctuation) characters of a frame. */
export function frameWords(frame: string): number {
  let n = 0;
  for (const ch of frame) if (ch !== FRAME_FIELD && !isPunct(ch)) n++;
  return n;
}
