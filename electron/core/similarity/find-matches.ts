import { K, MIN_MATCH } from './fingerprint';
import type { FingerprintTable, SourceTexts } from './fingerprint-table';
import { kgramHashes } from './fingerprint';

/** A shared passage in normalised coordinates: query[qStart, qEnd) = norm[srcPos, + length). */
export interface RawMatch {
  qStart: number;
  qEnd: number;
  srcPos: number;
}

export { MIN_MATCH };

/**
 * A k-gram found in more essays than this is checked against the first ones only: a draft
 * copied from a passage that a thousand essays share is flagged as well from any of them.
 */
const MAX_POSTINGS = 64;

function extend(
  query: Uint16Array,
  norm: Uint16Array,
  q: number,
  p: number,
): { qStart: number; qEnd: number; srcPos: number } {
  let qs = q;
  let ps = p;
  while (qs > 0 && ps > 0 && norm[ps - 1] !== 0 && query[qs - 1] === norm[ps - 1]) {
    qs--;
    ps--;
  }
  let qe = q;
  let pe = p;
  while (qe < query.length && norm[pe] !== 0 && query[qe] === norm[pe]) {
    qe++;
    pe++;
  }
  return { qStart: qs, qEnd: qe, srcPos: ps };
}

/**
 * Every maximal passage of at least MIN_MATCH characters that the query shares with an essay,
 * found from the essays' fingerprints and checked character by character (hashes collide).
 */
export function findMatches(
  query: Uint16Array,
  texts: SourceTexts,
  table: FingerprintTable,
): RawMatch[] {
  const n = query.length;
  const hashes = new Uint32Array(Math.max(0, n));
  const count = kgramHashes(query, 0, n, hashes, K);
  const shift = 32 - table.bits;
  // a maximal match lies on one diagonal (srcPos - qStart); once extended, later seeds on the
  // same diagonal inside it add nothing
  const reached = new Map<number, number>();
  const found: RawMatch[] = [];
  for (let q = 0; q < count; q++) {
    const h = hashes[q] ?? 0;
    const b = h >>> shift;
    const end = table.bucketStart[b + 1] ?? 0;
    let tried = 0;
    for (let j = table.bucketStart[b] ?? 0; j < end && tried < MAX_POSTINGS; j++) {
      if (table.hashes[j] !== h) continue;
      tried++;
      const p = table.positions[j] ?? 0;
      const diagonal = p - q;
      if ((reached.get(diagonal) ?? -1) > q) continue;
      const m = extend(query, texts.norm, q, p);
      reached.set(diagonal, m.qEnd);
      if (m.qEnd - m.qStart >= MIN_MATCH) found.push(m);
    }
  }
  return found;
}

/**
 * The matches to show: longest first, each kept only when it covers query characters no kept
 * match covers, so the same passage found in many essays is named once (by its longest source).
 */
export function selectMatches(found: readonly RawMatch[], queryLength: number): RawMatch[] {
  const order = [...found].sort(
    (a, b) => b.qEnd - b.qStart - (a.qEnd - a.qStart) || a.qStart - b.qStart || a.srcPos - b.srcPos,
  );
  const covered = new Uint8Array(queryLength);
  const kept: RawMatch[] = [];
  for (const m of order) {
    let fresh = false;
    for (let i = m.qStart; i < m.qEnd; i++) {
      if (covered[i] === 0) {
        fresh = true;
        covered[i] = 1;
      }
    }
    if (fresh) kept.push(m);
  }
  return kept.sort((a, b) => a.qStart - b.qStart || a.srcPos - b.srcPos);
}

/** How many query characters lie inside at least one match. */
export function coveredCount(found: readonly RawMatch[], queryLength: number): number {
  const covered = new Uint8Array(queryLength);
  for (const m of found) covered.fill(1, m.qStart, m.qEnd);
  let n = 0;
  for (const c of covered) n += c;
  return n;
}
