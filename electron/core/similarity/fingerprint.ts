/**
 * Character k-gram hashing and winnowing (Schleimer, Wilkerson, Aiken 2003). The index keeps
 * only the winnowed fingerprints of each essay, so a passage shared with a draft is found from
 * one of its k-grams while the index holds about 2/(w+1) of them.
 */

/** The shortest passage the check flags: anything shorter is a common phrase, not copying. */
export const MIN_MATCH = 8;
/**
 * Winnowing window. Any shared passage of at least K + W - 1 characters is guaranteed to be
 * found, so K and W are chosen to make that exactly MIN_MATCH.
 */
export const W = 4;
/** Characters per hashed k-gram. */
export const K = MIN_MATCH - W + 1;

const BASE = 0x01000193;

function power(base: number, exp: number): number {
  let p = 1;
  for (let i = 0; i < exp; i++) p = Math.imul(p, base);
  return p;
}

/** Murmur3's finaliser: the rolling sum's high bits pick buckets and need to be well mixed. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The hash of every k-gram of codes[start, end) into out[0, count); returns count. out must
 * hold end - start values.
 */
export function kgramHashes(
  codes: Uint16Array,
  start: number,
  end: number,
  out: Uint32Array,
  k = K,
): number {
  const count = end - start - k + 1;
  if (count <= 0) return 0;
  const top = power(BASE, k - 1);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + (codes[start + i] ?? 0)) | 0;
  out[0] = mix(h);
  for (let i = 1; i < count; i++) {
    const gone = codes[start + i - 1] ?? 0;
    const come = codes[start + i + k - 1] ?? 0;
    h = (Math.imul((h - Math.imul(gone, top)) | 0, BASE) + come) | 0;
    out[i] = mix(h);
  }
  return count;
}

/**
 * The positions winnowing keeps among hashes[0, n): in each window of w the rightmost
 * minimum, each position once. Written to out; returns how many.
 */
export function winnow(hashes: Uint32Array, n: number, out: Uint32Array, w = W): number {
  if (n <= 0) return 0;
  const windows = Math.max(1, n - w + 1);
  let picked = 0;
  let last = -1;
  for (let s = 0; s < windows; s++) {
    const e = Math.min(n, s + w);
    let m = s;
    for (let j = s + 1; j < e; j++) if ((hashes[j] ?? 0) <= (hashes[m] ?? 0)) m = j;
    if (m !== last) {
      out[picked++] = m;
      last = m;
    }
  }
  return picked;
}
