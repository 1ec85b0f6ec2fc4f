import type { EssayBlock, Split } from './essays';
import type { Paragraph } from './lines';
import { normPunct } from './text';

/**
 * Collections often run essays together without titles. A new essay begins where a paragraph
 * opens like an essay (a date, "近日", "随着…", an occasion) right after one that closes like an
 * essay (a call to action, a resolution, an exclamation), and never inside a numbered or
 * parallel structure, nor before a paragraph that leans on the previous one (但是, 因此, 这…).
 */

const OPENER =
  /^(?:近日|日前|近期|近来|近年来|近几年|今年|去年|前不久|不久前|当前|当下|目前|如今|现如今|时下|新年|春节期间|\d{1,2}月\d{1,2}日|[0-9_X]{2,4}年|[一二三四五六七八九十]+月|在.{1,30}?(?:之际|期间|前夕|以来|之时|时刻|当中)|随着|为(?:了)?(?:深入|全面|进一步|认真|切实)|.{0,12}(?:召开|举行|举办|开展|印发|发布|出台|提出|发表)|.{0,30}(?:强调|指出)[，：]|作为一名|回首|回顾|曾经|记得|那年|小时候|(?:这|那)一?(?:天|日|年)[，,])/u;
const CONTINUATION =
  /^(?:但|但是|可是|然而|而|而且|并且|并|因此|所以|因而|于是|同时|此外|另外|另一方面|其次|再次|再者|然后|最后|总之|总而言之|综上|由此|如此|从而|进而|甚至|加之|况且|何况|尤其|特别是|例如|比如|譬如|其中|对此|为此|这(?!一?[天日年][，,])|那(?!一?[天日年][，,])|其|此(?!时)|他|她|它|该|也|又|还|更|就|即|则|便|可见|当然|诚然|其实|事实上|实际上|换句话说|也就是说|一方面|同样|相反|反之|否则|不过|只是|接着|随后|之后|后来|期间|与此同时)/u;
const CLOSER =
  /(?:让我们|我们要|我们将|我们必须|我们一定|我相信|相信|坚信|总之|总而言之|综上|总的来说|今后|未来|下一步|一定能|一定会|必将|必定|终将|定能|加油|共同努力|携手|奋斗|前进|贡献|力量|吧[。！]?$|[！!]$|[！!]”?$)/u;
/** A call to action or a summing-up: the paragraph closes an essay, not just a thought. */
const STRONG_CLOSER = /(?:让我们|总之|总而言之|综上|总的来说|共同努力|携手|吧[。！]?$|！”?$)/u;
/** A thesis sentence ("X是…的…"): how essays state their topic at the outset. */
const THESIS =
  /^[^，。！？：；“]{2,20}?，?(?<![不也就还都更正才即便总亦只而])是[^。！？，]{4,30}[。，]/u;
const EXCLAIMS = /^[^。！？]{2,30}！/u;
const DIALOGUE = /^[“"「『]/u;

export interface GapFeatures {
  opener: boolean;
  /** The next paragraph opens with an exclamation: a rallying cry that closes, not opens. */
  exclaims: boolean;
  continuation: boolean;
  closer: boolean;
  strongCloser: boolean;
  thesis: boolean;
  dialogue: boolean;
  short: boolean;
  colon: boolean;
}

export function gapFeatures(prev: Paragraph, next: Paragraph): GapFeatures {
  const head = normPunct(next.text.slice(0, 60));
  const tail = normPunct(prev.text.slice(-80));
  return {
    opener: OPENER.test(head),
    exclaims: EXCLAIMS.test(head),
    continuation: CONTINUATION.test(head),
    closer: CLOSER.test(tail),
    strongCloser: STRONG_CLOSER.test(tail),
    thesis: THESIS.test(head),
    dialogue: DIALOGUE.test(prev.text) && DIALOGUE.test(next.text),
    short: next.text.length < 25 || prev.text.length < 20,
    colon: /[：:]$/u.test(prev.text),
  };
}

export function gapScore(f: GapFeatures): number {
  if (f.colon || f.dialogue) return -10;
  let s = 0;
  if (f.opener) s += 2;
  if (f.closer) s += 1;
  if (f.strongCloser) s += 1;
  if (f.thesis && !f.opener) s += 1;
  if (f.continuation) s -= 3;
  if (f.short) s -= 1;
  if (f.exclaims) s -= 1;
  return s;
}

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

export interface Structure {
  /** Paragraphs inside a numbered or parallel structure (after its first member). */
  inside: Set<number>;
  /** Paragraphs holding a structure's first member. */
  firsts: Set<number>;
  /** Paragraphs right after a structure's last section: where an essay may end. */
  after: Set<number>;
}

export interface GapScore {
  score: number;
  /** Cohesion z-score at the gap (0 where not computed). */
  z: number;
}

/** The most cohesion can add to a gap's score. */
const COHESION_MAX = 2;

export function boundaryScores(
  body: readonly Paragraph[],
  st: Structure,
  titled: boolean,
): GapScore[] {
  const base = body.map((p, i) => {
    const prev = body[i - 1];
    if (!prev || st.inside.has(i)) return -10;
    let s = gapScore(gapFeatures(prev, p));
    // essays open with an introduction, not with their first section heading
    if (st.firsts.has(i)) s -= 2;
    // after its last section an essay closes, or the next essay begins
    if (st.after.has(i)) s += 1;
    // a titled essay has at least its opening and one more paragraph
    if (titled && i === 1) s -= 2;
    return s;
  });
  // cohesion only where it can make a difference
  const gaps: number[] = [];
  base.forEach((s, i) => {
    if (i > 0 && s + COHESION_MAX >= LIKELY) gaps.push(i);
  });
  const z = cohesionAt(body, gaps);
  return base.map((s, i) => {
    const zi = z.get(i);
    if (zi === undefined) return { score: s, z: 0 };
    let t = s;
    if (zi < -1) t += 2;
    else if (zi < -0.5) t += 1;
    else if (zi > 0.5) t -= 1;
    return { score: t, z: zi };
  });
}

const SURE = 3;
/** Fewest paragraphs an essay of a compilation has, when telling whether its count is real. */
const MIN_ESSAY_PARAS = 3;
const LIKELY = 2;

/** Collections often run essays together without titles; finds where one ends and the next begins. */
export function splitUntitled(
  split: Split,
  structure: (paras: readonly Paragraph[], index: number) => Structure,
): EssayBlock[] {
  if (split.compilationTitle === null) return split.essays;
  // the announced count is already met by titled essays: no untitled ones run between them
  if (split.announced !== null && split.essays.length >= split.announced) return split.essays;
  // a page that lists more essays than its text could hold, and shows no title of one, shows
  // the start of its first essay: an excerpt, not a run of untitled essays
  const paragraphs = split.essays.reduce((a, e) => a + e.body.length, 0);
  const holds = split.announced === null || paragraphs >= split.announced * MIN_ESSAY_PARAS;
  if (!holds && split.essays.every((e) => e.title === null)) return split.essays;
  const scored = split.essays.map((e, k) =>
    boundaryScores(e.body, structure(e.body, k), e.title !== null),
  );
  // the announced count ("通用31篇") says how many boundaries to look for beyond the sure ones
  // one-paragraph essays are rare: of two sure boundaries in a row the later one must be stronger
  const chosen = scored.map(
    (s) =>
      new Set(
        s.flatMap((v, i) => {
          const before = s[i - 1]?.score ?? -10;
          return v.score >= SURE && !(before >= SURE && v.score <= before) ? [i] : [];
        }),
      ),
  );
  // a count the text is too short to hold (an excerpt of a long page) says nothing about it
  const announced = split.announced !== null && holds ? split.announced : 0;
  let count = split.essays.length + chosen.reduce((a, c) => a + c.size, 0);
  const rest = scored
    .flatMap((s, e) => s.map((v, i) => ({ e, i, v: v.score, z: v.z })))
    .filter((x) => x.v >= LIKELY && x.v < SURE)
    // the strongest first; among equals, where the wording changes most
    .sort((a, b) => b.v - a.v || a.z - b.z);
  for (const x of rest) {
    if (count >= announced) break;
    const set = chosen[x.e];
    // one-paragraph essays are rare: an uncertain boundary next to a chosen one, or before a
    // block's last paragraph, is not taken
    const size = scored[x.e]?.length ?? 0;
    if (!set || set.has(x.i - 1) || set.has(x.i + 1) || x.i >= size - 1) continue;
    set.add(x.i);
    count++;
  }
  const out: EssayBlock[] = [];
  split.essays.forEach((e, k) => {
    let cur: EssayBlock = {
      title: e.title,
      titleLine: e.titleLine,
      body: [],
      from: { essay: k, offset: 0 },
    };
    out.push(cur);
    e.body.forEach((p, i) => {
      if (i > 0 && chosen[k]?.has(i)) {
        cur = { title: null, titleLine: null, body: [], from: { essay: k, offset: i } };
        out.push(cur);
      }
      cur.body.push(p);
    });
  });
  return out;
}
