import { kgramHashes, K, W, winnow } from './fingerprint';

/**
 * Every essay's normalised text laid end to end in one array, with a 0 after each essay so a
 * match never runs from one essay into the next. Typed arrays rather than strings and objects:
 * 30 million characters must fit in a few hundred megabytes.
 */
export interface SourceTexts {
  /** Normalised code units of all essays, each followed by 0. */
  norm: Uint16Array;
  /** starts[i] is where essay i begins in norm; starts[count] is norm.length. */
  starts: Uint32Array;
}

/**
 * The winnowed fingerprints as a bucketed hash table: bucket b holds entries
 * [bucketStart[b], bucketStart[b + 1]) of hashes/positions, positions being offsets in norm.
 */
export interface FingerprintTable {
  bits: number;
  bucketStart: Uint32Array;
  hashes: Uint32Array;
  positions: Uint32Array;
}

const MIN_BITS = 8;
const MAX_BITS = 24;

function bucketBits(expected: number): number {
  // about two entries a bucket: short scans, and the bucket array stays under a fifth of the rest
  const bits = Math.ceil(Math.log2(Math.max(1, expected / 2)));
  return Math.min(MAX_BITS, Math.max(MIN_BITS, bits));
}

/**
 * Runs `visit(hash, position)` over every essay's winnowed fingerprints. Called twice by
 * buildTable (count, then place), which costs a second hashing pass but never holds a
 * temporary copy of all the fingerprints.
 */
function eachFingerprint(
  texts: SourceTexts,
  visit: (hash: number, position: number) => void,
): void {
  let longest = 0;
  for (let i = 0; i + 1 < texts.starts.length; i++) {
    longest = Math.max(longest, (texts.starts[i + 1] ?? 0) - (texts.starts[i] ?? 0));
  }
  const hashes = new Uint32Array(longest);
  const picked = new Uint32Array(longest);
  for (let i = 0; i + 1 < texts.starts.length; i++) {
    const start = texts.starts[i] ?? 0;
    const end = (texts.starts[i + 1] ?? 0) - 1; // the separator is not text
    const n = kgramHashes(texts.norm, start, end, hashes, K);
    const count = winnow(hashes, n, picked, W);
    for (let j = 0; j < count; j++) {
      const at = picked[j] ?? 0;
      visit(hashes[at] ?? 0, start + at);
    }
  }
}

export function buildTable(texts: SourceTexts): FingerprintTable {
  const bits = bucketBits((texts.norm.length * 2) / (W + 1));
  const shift = 32 - bits;
  const bucketStart = new Uint32Array((1 << bits) + 1);
  let total = 0;
  eachFingerprint(texts, (h) => {
    const b = (h >>> shift) + 1;
    bucketStart[b] = (bucketStart[b] ?? 0) + 1;
    total++;
  });
  for (let b = 1; b < bucketStart.length; b++) {
    bucketStart[b] = (bucketStart[b] ?? 0) + (bucketStart[b - 1] ?? 0);
  }
  const fill = bucketStart.slice(0, -1);
  const hashes = new Uint32Array(total);
  const positions = new Uint32Array(total);
  eachFingerprint(texts, (h, p) => {
    const b = h >>> shift;
    const at = fill[b] ?? 0;
    hashes[at] = h;
    positions[at] = p;
    fill[b] = at + 1;
  });
  return { bits, bucketStart, hashes, positions };
}

/** Which essay holds position p of norm (binary search over starts). */
export function sourceAt(starts: Uint32Array, p: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] ?? 0) <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
