import type { EssayBlock, Split } from './essays';
import type { Paragraph } from './lines';
import type { Para } from './model';

/**
 * Collections often run essays together without titles. A new essay begins where a paragraph
 * opens like an essay (a date, "近日", "随着…", an occasion) right after one that closes like an
 * essay (a call to action, a resolution, an exclamation), and never inside a numbered or
 * parallel structure, nor before a paragraph that leans on the previous one (但是, 因此, 这…).
 */

const OPENER =
  /^(?:近日|日前|近期|近来|近年来|近几年|今年|去年|前不久|不久前|当前|当下|目前|如今|现如今|时下|新年|春节期间|\d{1,2}月\d{1,2}日|[0-9_X]{2,4}年|[一二三四五六七八九十]+月|在.{1,30}?(?:之际|期间|前夕|以来|之时|时刻|当中)|随着|为(?:了)?(?:深入|全面|进一步|认真|切实)|.{0,12}(?:召开|举行|举办|开展|印发|发布|出台|提出|发表)|.{0,30}(?:强调|指出)[，：]|作为一名|回首|回顾|曾经|记得|那年|小时候)/u;
const CONTINUATION =
  /^(?:但|但是|可是|然而|而|而且|并且|并|因此|所以|因而|于是|同时|此外|另外|另一方面|其次|再次|再者|然后|最后|总之|总而言之|综上|由此|如此|从而|进而|甚至|加之|况且|何况|尤其|特别是|例如|比如|譬如|其中|对此|为此|这|那|其|此|他|她|它|该|也|又|还|更|就|即|则|便|可见|当然|诚然|其实|事实上|实际上|换句话说|也就是说|一方面|同样|相反|反之|否则|不过|只是|接着|随后|之后|后来|期间|与此同时)/u;
const CLOSER =
  /(?:让我们|我们要|我们将|我们必须|我们一定|我相信|相信|坚信|总之|总而言之|综上|总的来说|今后|未来|下一步|一定能|一定会|必将|必定|终将|定能|加油|共同努力|携手|奋斗|前进|贡献|力量|吧[。！]?$|[！!]$|[！!]”?$)/u;
const DIALOGUE = /^[“"「『]/u;

export interface GapFeatures {
  opener: boolean;
  continuation: boolean;
  closer: boolean;
  dialogue: boolean;
  short: boolean;
  colon: boolean;
}

export function gapFeatures(prev: Paragraph, next: Paragraph): GapFeatures {
  const head = next.text.slice(0, 40);
  return {
    opener: OPENER.test(head),
    continuation: CONTINUATION.test(head),
    closer: CLOSER.test(prev.text.slice(-80)),
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
  if (f.continuation) s -= 3;
  if (f.short) s -= 1;
  return s;
}

type Bag = Map<number, number>;

const BAG_CHARS = 200;

function bigrams(text: string): Bag {
  const bag: Bag = new Map();
  let prev = -1;
  const n = Math.min(text.length, BAG_CHARS);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      const k = prev * 65536 + c;
      bag.set(k, (bag.get(k) ?? 0) + 1);
    }
    prev = c;
  }
  return bag;
}

/**
 * Lexical cohesion across each gap (TextTiling): IDF-weighted cosine of the character bigrams on
 * either side. Essays on one theme still share less wording across a boundary than inside one.
 * Returned as z-scores, low meaning "the wording changes here".
 */
export function cohesion(body: readonly Paragraph[]): number[] {
  const n = body.length;
  // document frequencies in one pass; weighted bags are then built in a sliding window, so memory
  // stays bounded by the vocabulary, not by the number of paragraphs
  const df = new Map<number, number>();
  for (const p of body) for (const k of bigrams(p.text).keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const weighted = (i: number): Bag => {
    const out: Bag = new Map();
    for (const [k, v] of bigrams(body[i]?.text ?? '')) {
      out.set(k, v * Math.log((n + 1) / ((df.get(k) ?? 0) + 0.5)));
    }
    return out;
  };
  const dot = (a: Bag, b: Bag): number => {
    const [small, big] = a.size < b.size ? [a, b] : [b, a];
    let d = 0;
    for (const [k, v] of small) {
      const w = big.get(k);
      if (w !== undefined) d += v * w;
    }
    return d;
  };
  // the windows are two paragraphs each side: |L·R| and the norms expand into pairwise dots of
  // paragraphs at most three apart, each computed once
  const bags: Bag[] = [];
  const self = new Float64Array(n);
  const near = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]; // d(i, i+1..3)
  for (let i = 0; i < n; i++) {
    bags[i] = weighted(i);
    const bi = bags[i] ?? new Map<number, number>();
    self[i] = dot(bi, bi);
    for (let d = 1; d <= 3 && i - d >= 0; d++) {
      const arr = near[d - 1];
      if (arr) arr[i - d] = dot(bags[i - d] ?? new Map<number, number>(), bi);
    }
    if (i >= 4) bags[i - 4] = new Map();
  }
  const pd = (a: number, b: number): number => {
    if (a < 0 || b >= n || a >= n || b < 0) return 0;
    if (a === b) return self[a] ?? 0;
    const [x, y] = a < b ? [a, b] : [b, a];
    return near[y - x - 1]?.[x] ?? 0;
  };
  const sims = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const L = [i - 2, i - 1].filter((k) => k >= 0);
    const R = [i, i + 1].filter((k) => k < n);
    let d = 0;
    for (const a of L) for (const b of R) d += pd(a, b);
    let nl = 0;
    for (const a of L) for (const b of L) nl += pd(a, b);
    let nr = 0;
    for (const a of R) for (const b of R) nr += pd(a, b);
    sims[i] = nl > 0 && nr > 0 ? d / Math.sqrt(nl * nr) : 0;
  }
  let mean = 0;
  for (let i = 1; i < n; i++) mean += sims[i] ?? 0;
  mean /= Math.max(1, n - 1);
  let v = 0;
  for (let i = 1; i < n; i++) v += ((sims[i] ?? 0) - mean) ** 2;
  const sd = Math.sqrt(v / Math.max(1, n - 1)) || 1;
  const z: number[] = new Array<number>(n).fill(0);
  for (let i = 1; i < n; i++) z[i] = ((sims[i] ?? 0) - mean) / sd;
  return z;
}

export interface Structure {
  /** Paragraphs inside a numbered or parallel structure (after its first member). */
  inside: Set<number>;
  /** Paragraphs holding a structure's first member. */
  firsts: Set<number>;
}

export function boundaryScores(
  body: readonly Paragraph[],
  st: Structure,
  titled: boolean,
): number[] {
  const z = cohesion(body);
  return body.map((p, i) => {
    const prev = body[i - 1];
    if (!prev || st.inside.has(i)) return -10;
    let s = gapScore(gapFeatures(prev, p));
    // essays open with an introduction, not with their first section heading
    if (st.firsts.has(i)) s -= 2;
    // a titled essay has at least its opening and one more paragraph
    if (titled && i === 1) s -= 2;
    const zi = z[i] ?? 0;
    if (zi < -1) s += 2;
    else if (zi < -0.5) s += 1;
    else if (zi > 0.5) s -= 1;
    return s;
  });
}

const SURE = 3;
const LIKELY = 2;

/** Collections often run essays together without titles; finds where one ends and the next begins. */
export function splitUntitled(
  split: Split,
  structure: (paras: readonly Paragraph[]) => Structure,
): EssayBlock[] {
  if (split.compilationTitle === null) return split.essays;
  const scored = split.essays.map((e) =>
    boundaryScores(e.body, structure(e.body), e.title !== null),
  );
  // the announced count ("通用31篇") says how many boundaries to look for beyond the sure ones
  const chosen = scored.map((s) => new Set(s.flatMap((v, i) => (v >= SURE ? [i] : []))));
  const announced = split.announced ?? 0;
  let count = split.essays.length + chosen.reduce((a, c) => a + c.size, 0);
  const rest = scored
    .flatMap((s, e) => s.map((v, i) => ({ e, i, v })))
    .filter((x) => x.v >= LIKELY && x.v < SURE)
    .sort((a, b) => b.v - a.v);
  for (const x of rest) {
    if (count >= announced) break;
    const set = chosen[x.e];
    // one-paragraph essays are rare: an uncertain boundary next to a chosen one is not taken
    if (!set || set.has(x.i - 1) || set.has(x.i + 1)) continue;
    set.add(x.i);
    count++;
  }
  const out: EssayBlock[] = [];
  split.essays.forEach((e, k) => {
    let cur: EssayBlock = { title: e.title, titleLine: e.titleLine, body: [] };
    out.push(cur);
    e.body.forEach((p, i) => {
      if (i > 0 && chosen[k]?.has(i)) {
        cur = { title: null, titleLine: null, body: [] };
        out.push(cur);
      }
      cur.body.push(p);
    });
  });
  return out;
}
