import type { Paragraph } from './lines';

/** Character bigrams of a paragraph's opening, as sorted keys with IDF-weighted counts. */
interface Bag {
  keys: Int32Array;
  weights: Float64Array;
  self: number;
}

const BAG_CHARS = 200;
const CJK_LO = 0x4e00;
const CJK_HI = 0x9fff;
const CJK_SPAN = CJK_HI - CJK_LO + 1;
/** Blocks up to this many paragraphs get exact statistics; longer ones a strided sample. */
const EXACT_PARAS = 4000;

// one scratch buffer for the keys of the paragraph being read: no allocation per character
let scratch = new Int32Array(BAG_CHARS);

/** Sorted bigram keys of a text's first BAG_CHARS characters (duplicates kept). */
function bigramKeys(text: string): Int32Array {
  const n = Math.min(text.length, BAG_CHARS);
  if (scratch.length < n) scratch = new Int32Array(n);
  let m = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < CJK_LO || c > CJK_HI) {
      prev = -1;
      continue;
    }
    if (prev >= 0) scratch[m++] = (prev - CJK_LO) * CJK_SPAN + (c - CJK_LO);
    prev = c;
  }
  return scratch.slice(0, m).sort();
}

function makeBag(text: string, idf: (k: number) => number): Bag {
  const sorted = bigramKeys(text);
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const keys = new Int32Array(distinct);
  const weights = new Float64Array(distinct);
  let d = -1;
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i] ?? 0;
    if (i === 0 || k !== sorted[i - 1]) {
      d++;
      keys[d] = k;
    }
    weights[d] = (weights[d] ?? 0) + 1;
  }
  let self = 0;
  for (let i = 0; i < distinct; i++) {
    const w = (weights[i] ?? 0) * idf(keys[i] ?? 0);
    weights[i] = w;
    self += w * w;
  }
  return { keys, weights, self };
}

function dot(a: Bag, b: Bag): number {
  let i = 0;
  let j = 0;
  let d = 0;
  const na = a.keys.length;
  const nb = b.keys.length;
  while (i < na && j < nb) {
    const x = a.keys[i] ?? 0;
    const y = b.keys[j] ?? 0;
    if (x === y) {
      d += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return d;
}

/**
 * Lexical cohesion across gaps (TextTiling): IDF-weighted cosine of the character bigrams of the
 * two paragraphs on either side. Essays on one theme still share less wording across a boundary
 * than inside one. Computed only at the gaps asked for, and returned as z-scores against all
 * gaps of the block (a strided sample of them in very long blocks), low meaning "the wording
 * changes here". Work and memory are linear in the number of gaps asked for.
 */
export function cohesionAt(
  body: readonly Paragraph[],
  gaps: readonly number[],
): Map<number, number> {
  const n = body.length;
  const stride = Math.max(1, Math.ceil(n / EXACT_PARAS));
  // document frequencies (from every stride-th paragraph, scaled up)
  const df = new Map<number, number>();
  let counted = 0;
  for (let p = 0; p < n; p += stride) {
    const keys = bigramKeys(body[p]?.text ?? '');
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] ?? 0;
      if (i > 0 && k === keys[i - 1]) continue;
      df.set(k, (df.get(k) ?? 0) + 1);
    }
    counted++;
  }
  const scale = counted > 0 ? n / counted : 1;
  const idf = (k: number): number => Math.log((n + 1) / ((df.get(k) ?? 0) * scale + 0.5));
  // bags of the last few paragraphs read: gaps are visited in order, windows overlap
  const cache = new Map<number, Bag>();
  const bag = (i: number): Bag => {
    let b = cache.get(i);
    if (!b) {
      b = makeBag(body[i]?.text ?? '', idf);
      cache.set(i, b);
      if (cache.size > 16) {
        for (const k of cache.keys()) {
          if (k < i - 4 || k > i + 4) cache.delete(k);
        }
      }
    }
    return b;
  };
  const pd = (a: number, b: number): number => (a === b ? bag(a).self : dot(bag(a), bag(b)));
  // the windows are two paragraphs each side: |L·R| and the norms expand into pairwise dots
  const sim = (i: number): number => {
    const L = i >= 2 ? [i - 2, i - 1] : [i - 1];
    const R = i + 1 < n ? [i, i + 1] : [i];
    let d = 0;
    for (const a of L) for (const b of R) d += pd(a, b);
    let nl = 0;
    for (const a of L) for (const b of L) nl += pd(a, b);
    let nr = 0;
    for (const a of R) for (const b of R) nr += pd(a, b);
    return nl > 0 && nr > 0 ? d / Math.sqrt(nl * nr) : 0;
  };
  // statistics over the block's gaps, merged in order with the gaps asked for
  const wanted = [...new Set(gaps)].filter((i) => i >= 1 && i < n).sort((a, b) => a - b);
  const got = new Map<number, number>();
  let sum = 0;
  let sq = 0;
  let count = 0;
  let w = 0;
  for (let i = 1; i < n; i++) {
    const sampled = (i - 1) % stride === 0;
    const asked = wanted[w] === i;
    if (!sampled && !asked) {
      // jump to the next gap that matters
      const nextSample = i - 1 + (stride - ((i - 1) % stride));
      const nextAsked = wanted[w] ?? n;
      i = Math.min(nextSample + 1, nextAsked) - 1;
      continue;
    }
    const v = sim(i);
    if (sampled) {
      sum += v;
      sq += v * v;
      count++;
    }
    if (asked) {
      got.set(i, v);
      w++;
    }
  }
  const mean = count > 0 ? sum / count : 0;
  const sd = Math.sqrt(Math.max(0, sq / Math.max(1, count) - mean * mean)) || 1;
  const z = new Map<number, number>();
  for (const [i, v] of got) z.set(i, (v - mean) / sd);
  return z;
}
