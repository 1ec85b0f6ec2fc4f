import { isPunct } from './text';

/**
 * Multiple alignment of parallel headings: the frame keeps the literal text every member shares,
 * in order, and puts a slot (…) where members differ. Progressive: align the frame so far with
 * the next member by longest common subsequence, then drop stray one-character matches, which
 * are coincidences ("的", "是") rather than shared wording.
 */

export const SLOT = '…';

export type FrameItem = string; // one literal character, or SLOT

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
  dp.fill(0, 0, size);
  run.fill(0, 0, size);
  // scores in tenths: a match is worth 10, continuing a run of matches 1 more (favours blocks)
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1];
    const row = i * w;
    const prevRow = (i - 1) * w;
    for (let j = 1; j <= m; j++) {
      const up = dp[prevRow + j] ?? 0;
      const left = dp[row + j - 1] ?? 0;
      let best = up > left ? up : left;
      if (ai !== SLOT && ai === b[j - 1]) {
        const r = (run[prevRow + j - 1] ?? 0) + 1;
        const diag = (dp[prevRow + j - 1] ?? 0) + 10 + (r > 1 ? 1 : 0);
        if (diag >= best) {
          best = diag;
          run[row + j] = r;
        }
      }
      dp[row + j] = best;
    }
  }
  const pairs: Pair[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const cur = dp[i * w + j] ?? 0;
    if ((run[i * w + j] ?? 0) > 0 && a[i - 1] === b[j - 1]) {
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
    if (p.a > pa || p.b > pb) out.push(SLOT);
    out.push(frame[p.a] ?? '');
    pa = p.a + 1;
    pb = p.b + 1;
  }
  if (pa < frame.length || pb < b.length) out.push(SLOT);
  return mergeSlots(out);
}

function mergeSlots(items: FrameItem[]): FrameItem[] {
  const out: FrameItem[] = [];
  for (const it of items) {
    if (it === SLOT && out[out.length - 1] === SLOT) continue;
    out.push(it);
  }
  return out;
}

/** The frame of several members: literal text shared by all, slots elsewhere. */
export function frameOf(members: readonly string[]): string {
  const first = members[0];
  if (first === undefined) return '';
  let frame = toItems(first);
  for (let i = 1; i < members.length; i++) frame = alignPair(frame, members[i] ?? '');
  return frame.join('');
}

/** Literal (non-slot, non-punctuation) characters of a frame. */
export function frameWords(frame: string): number {
  let n = 0;
  for (const ch of frame) if (ch !== SLOT && !isPunct(ch)) n++;
  return n;
}
