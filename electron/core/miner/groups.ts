import { overlapBound } from './align';
import { clauseFrame, type ClauseFrame } from './clause-frame';

/**
 * Parallel groups among sibling headings (same level, same parent), numbered or not: the largest
 * set of siblings whose clause frame keeps two or more fixed characters is a group, then the
 * largest among the rest, and so on. Siblings that share a single character in one place are a
 * pattern worth offering, not a group the miner applies.
 */

export type Confidence = 'high' | 'medium' | 'low';

export interface Group {
  frame: string;
  members: number[];
  confidence: Confidence;
  /** Why the miner decided so, in the user's words. */
  reason: string;
}

export interface HeadingLike {
  level: number;
  text: string;
  /** The un-numbered parallel set the heading was found in, if any. */
  set?: number;
}

const MIN_FIXED = 2;
/** Sibling sets up to this size are searched exhaustively; longer ones in windows of it. */
const EXACT_MAX = 10;

/** Sibling sets: indexes of headings with the same level under the same parent, in order. */
function siblingSets(headings: readonly HeadingLike[]): number[][] {
  const sets = new Map<string, number[]>();
  const stack: number[] = [];
  headings.forEach((h, i) => {
    while (stack.length > 0 && (headings[stack[stack.length - 1] ?? 0]?.level ?? 0) >= h.level) {
      stack.pop();
    }
    const parent = stack[stack.length - 1] ?? -1;
    const key = `${h.level}:${parent}`;
    const list = sets.get(key) ?? [];
    list.push(i);
    sets.set(key, list);
    stack.push(i);
  });
  return [...sets.values()];
}

interface Choice {
  members: number[];
  frame: ClauseFrame;
}

/**
 * The largest subsets of siblings (most fixed characters among equals) whose frames keep `min`
 * or more, one after the other. A member shares no more with a set than with each other member,
 * so only sets whose every pair passes are tried.
 */
function choose(ids: readonly number[], texts: readonly string[], min: number): Choice[] {
  const out: Choice[] = [];
  const frameOf = (members: number[]): ClauseFrame =>
    clauseFrame(
      members.map((i) => texts[i] ?? ''),
      { quotes: 'lenient' },
    );
  // long sibling lists are read in windows: a group's members sit near each other
  for (let from = 0; from < ids.length; from += EXACT_MAX) {
    const win = ids.slice(from, from + EXACT_MAX);
    if (win.length < 2) continue;
    const all = frameOf(win);
    if (all.fixed >= min) {
      out.push({ members: win, frame: all });
      continue;
    }
    // two headings sharing fewer characters than needed anywhere share fewer in place; a pair
    // shares as much either way round, so each is aligned once
    const pairs = win.map(() => win.map(() => false));
    win.forEach((a, x) => {
      for (let y = x + 1; y < win.length; y++) {
        const b = win[y] ?? 0;
        const ok =
          overlapBound(texts[a] ?? '', texts[b] ?? '') >= min && frameOf([a, b]).fixed >= min;
        (pairs[x] ?? [])[y] = ok;
        (pairs[y] ?? [])[x] = ok;
      }
    });
    let rest = win.map((_, k) => k);
    for (;;) {
      const c = bestClique(rest, pairs, (pick) => frameOf(pick.map((k) => win[k] ?? 0)), min);
      if (!c) break;
      out.push({ members: c.pick.map((k) => win[k] ?? 0), frame: c.frame });
      rest = rest.filter((k) => !c.pick.includes(k));
    }
  }
  return out;
}

interface Clique {
  pick: number[];
  frame: ClauseFrame;
}

function bestClique(
  rest: readonly number[],
  pairs: readonly boolean[][],
  frameOf: (pick: number[]) => ClauseFrame,
  min: number,
): Clique | null {
  for (let size = rest.length; size >= 2; size--) {
    const found: Clique[] = [];
    const pick: number[] = [];
    const walk = (from: number): void => {
      if (pick.length === size) {
        const frame = frameOf(pick);
        if (frame.fixed >= min) found.push({ pick: [...pick], frame });
        return;
      }
      for (let k = from; k <= rest.length - (size - pick.length); k++) {
        const candidate = rest[k] ?? 0;
        if (!pick.every((j) => pairs[j]?.[candidate] === true)) continue;
        pick.push(candidate);
        walk(k + 1);
        pick.pop();
      }
    };
    walk(0);
    const best = found.reduce<Clique | null>(
      (b, c) => (b === null || c.frame.fixed > b.frame.fixed ? c : b),
      null,
    );
    if (best) return best;
  }
  return null;
}

function describe(c: Choice, confidence: Confidence): string {
  const n = c.members.length;
  const shared = `${n} 个同级小标题共用句式「${c.frame.frame}」`;
  if (confidence === 'low') {
    return `${shared},但只有一个共同字“${c.frame.literal}”,不足以认定为排比;需要时可套用这个句式`;
  }
  const strength = confidence === 'high' ? '' : ',固定字较少';
  return `${shared},固定字“${c.frame.literal}”(${c.frame.fixed} 个)${strength}`;
}

function confidenceOf(c: Choice): Confidence {
  return c.frame.fixed >= 3 || c.members.length >= 3 ? 'high' : 'medium';
}

/** A pattern of one shared character must still have a shape: a mark between two clauses. */
function hasShape(frame: string): boolean {
  return /[^…]…*[，,；;：:、“”"]|[，,；;：:、“”"]…*[^…]/u.test(frame.replace(/^…/u, ''));
}

/**
 * Un-numbered headings found parallel by their form alone (the same punctuated shape, or a
 * keyword and a colon each) share too few characters for a frame: they are a group all the same,
 * since that form is what makes them headings.
 */
function formOnly(headings: readonly HeadingLike[], grouped: ReadonlySet<number>): Group[] {
  const sets = new Map<number, number[]>();
  headings.forEach((h, i) => {
    if (h.set === undefined) return;
    const list = sets.get(h.set) ?? [];
    list.push(i);
    sets.set(h.set, list);
  });
  const out: Group[] = [];
  for (const members of sets.values()) {
    if (members.length < 2 || members.some((i) => grouped.has(i))) continue;
    const frame = clauseFrame(members.map((i) => headings[i]?.text ?? '')).frame;
    const reason = `${members.length} 个并列小标题句式相同「${frame}」,但几乎没有共同字`;
    out.push({ frame, members, confidence: 'low', reason });
  }
  return out;
}

export interface Groups {
  groups: Group[];
  /** One shared character in one place: offered as a pattern, not applied. */
  weak: Group[];
}

export function parallelGroups(headings: readonly HeadingLike[]): Groups {
  const texts = headings.map((h) => h.text);
  const groups: Group[] = [];
  const weak: Group[] = [];
  for (const set of siblingSets(headings)) {
    if (set.length < 2) continue;
    const strong = choose(set, texts, MIN_FIXED);
    for (const c of strong) {
      const confidence = confidenceOf(c);
      groups.push({
        frame: c.frame.frame,
        members: c.members,
        confidence,
        reason: describe(c, confidence),
      });
    }
    // a pattern is offered for numbered siblings; un-numbered ones are a set by their form
    const taken = new Set(strong.flatMap((c) => c.members));
    const rest = set.filter((i) => !taken.has(i) && headings[i]?.set === undefined);
    for (const c of choose(rest, texts, 1)) {
      if (!hasShape(c.frame.frame)) continue;
      weak.push({
        frame: c.frame.frame,
        members: c.members,
        confidence: 'low',
        reason: describe(c, 'low'),
      });
    }
  }
  groups.push(...formOnly(headings, new Set(groups.flatMap((g) => g.members))));
  const byFirst = (a: Group, b: Group): number => (a.members[0] ?? 0) - (b.members[0] ?? 0);
  return { groups: groups.sort(byFirst), weak: weak.sort(byFirst) };
}
