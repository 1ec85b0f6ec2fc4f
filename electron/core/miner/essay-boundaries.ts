import { gapFeatures, gapScore } from './boundary-cues';
import type { EssayBlock, Split } from './essays';
import type { Paragraph } from './lines';
import { cohesionAt } from './paragraph-cohesion';

/**
 * Where essays run together without titles, one ends and the next begins at a gap whose cues
 * (boundary-cues) and change of wording (paragraph-cohesion) say so.
 */

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
