/**
 * Scores a structure analysis against a hand annotation of the same file, as the analysis-format
 * document specifies: headings (P/R/F1 and levels), parallel groups (P/R/F1 and frame fidelity),
 * essay starts, essay titles and junk lines. Texts are compared after normalisation, so ASCII and
 * full-width punctuation, white space and a trailing full stop do not count.
 */

/** What the scorer reads of an analysis or an annotation; other fields are ignored. */
export interface ScoredDoc {
  junk_lines?: ReadonlyArray<number | string>;
  essays?: ReadonlyArray<{
    title?: string | null;
    start?: { line?: number | null } | null;
    headings?: ReadonlyArray<{ text: string; level: number }>;
    parallel_groups?: ReadonlyArray<{ frame?: string; members?: readonly number[] }>;
  }>;
}

interface Counts {
  tp: number;
  np: number;
  ng: number;
}

export interface StructureCounts {
  heads: Counts & { levelOk: number };
  groups: Counts & { frameSum: number };
  starts: Counts;
  titles: Counts;
  junk: Counts;
}

export interface Misses {
  headings: string[];
  extraHeadings: string[];
  groups: string[];
  titles: { gold: string[]; predicted: string[] } | null;
  /** Junk lines (normalised texts) the prediction left out, and those it added. */
  junk: { missed: string[]; extra: string[] };
}

export function emptyCounts(): StructureCounts {
  return {
    heads: { tp: 0, np: 0, ng: 0, levelOk: 0 },
    groups: { tp: 0, np: 0, ng: 0, frameSum: 0 },
    starts: { tp: 0, np: 0, ng: 0 },
    titles: { tp: 0, np: 0, ng: 0 },
    junk: { tp: 0, np: 0, ng: 0 },
  };
}

/** Adds b's counts into a. */
export function addCounts(a: StructureCounts, b: StructureCounts): void {
  for (const key of Object.keys(a) as Array<keyof StructureCounts>) {
    const into = a[key] as unknown as Record<string, number>;
    const from = b[key] as unknown as Record<string, number>;
    for (const m of Object.keys(into)) into[m] = (into[m] ?? 0) + (from[m] ?? 0);
  }
}

export function normalizeForScore(s: string | null | undefined): string {
  if (s == null) return '';
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[“”"'‘’「」『』]/gu, '"')
    .replace(/[,，]/gu, ',')
    .replace(/[;；]/gu, ';')
    .replace(/[:：]/gu, ':')
    .replace(/[!！]/gu, '!')
    .replace(/[?？]/gu, '?')
    .replace(/[(（]/gu, '(')
    .replace(/[)）]/gu, ')')
    .replace(/[。.,;:!?]+$/u, '');
}

function prf({ tp, np, ng }: Counts): { p: number; r: number; f: number } {
  const p = np ? tp / np : ng ? 0 : 1;
  const r = ng ? tp / ng : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** A frame's fixed text: the frame without its slots (`…` or `{{…}}`). */
function literals(frame: string): string {
  return normalizeForScore(frame.replace(/\{\{[^}]*\}\}/gu, '…'))
    .split('…')
    .join('');
}

function charF1(gold: string, predicted: string): number {
  const pool = new Map<string, number>();
  for (const c of gold) pool.set(c, (pool.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of predicted) {
    const n = pool.get(c) ?? 0;
    if (n > 0) {
      common++;
      pool.set(c, n - 1);
    }
  }
  return prf({ tp: common, np: predicted.length, ng: gold.length }).f;
}

function multisetMatch(gold: readonly string[], predicted: readonly string[]): Counts {
  const { tp } = multisetDiff(gold, predicted);
  return { tp, np: predicted.length, ng: gold.length };
}

/** Matches of two multisets, and what is left of each. */
function multisetDiff(
  gold: readonly string[],
  predicted: readonly string[],
): { tp: number; missed: string[]; extra: string[] } {
  const pool = new Map<string, number>();
  for (const x of predicted) pool.set(x, (pool.get(x) ?? 0) + 1);
  let tp = 0;
  const missed: string[] = [];
  for (const x of gold) {
    const n = pool.get(x) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(x, n - 1);
    } else missed.push(x);
  }
  const extra = [...pool].flatMap(([x, n]) => Array.from({ length: n }, () => x));
  return { tp, missed, extra };
}

function headingsOf(doc: ScoredDoc) {
  const hs: Array<{ text: string; level: number }> = [];
  const groups: Array<{ members: Set<string>; frame: string }> = [];
  for (const essay of doc.essays ?? []) {
    const local = (essay.headings ?? []).map((h) => ({
      text: normalizeForScore(h.text),
      level: h.level,
    }));
    hs.push(...local);
    for (const g of essay.parallel_groups ?? []) {
      const members = (g.members ?? []).map((i) => local[i]?.text).filter((t) => !!t);
      groups.push({ members: new Set(members as string[]), frame: g.frame ?? '' });
    }
  }
  return { hs, groups };
}

/** Junk lines as normalised texts; numbers are looked up in `lines`, without which they cannot be. */
function junkOf(doc: ScoredDoc, lines: readonly string[] | null): string[] | null {
  const out: string[] = [];
  for (const j of doc.junk_lines ?? []) {
    if (typeof j === 'number') {
      if (!lines) return null;
      out.push(normalizeForScore(lines[j - 1] ?? ''));
    } else out.push(normalizeForScore(j));
  }
  return out.filter((x) => x.length > 0);
}

const titlesOf = (doc: ScoredDoc): string[] =>
  (doc.essays ?? [])
    .map((e) => e.title)
    .filter((t): t is string => t != null && normalizeForScore(t) !== '')
    .map(normalizeForScore);

/** One file's counts; `lines` are the scored text's lines, for junk given as line numbers. */
export function scoreStructure(
  gold: ScoredDoc,
  predicted: ScoredDoc,
  lines: readonly string[] | null,
): { counts: StructureCounts; misses: Misses } {
  const G = headingsOf(gold);
  const P = headingsOf(predicted);
  const pool = new Map<string, Array<{ text: string; level: number }>>();
  for (const h of P.hs) pool.set(h.text, [...(pool.get(h.text) ?? []), h]);
  const misses: Misses = {
    headings: [],
    extraHeadings: [],
    groups: [],
    titles: null,
    junk: { missed: [], extra: [] },
  };
  let tp = 0;
  let levelOk = 0;
  for (const g of G.hs) {
    const p = pool.get(g.text)?.shift();
    if (p) {
      tp++;
      if (p.level === g.level) levelOk++;
    } else misses.headings.push(g.text);
  }
  for (const list of pool.values()) misses.extraHeadings.push(...list.map((h) => h.text));

  let groupTp = 0;
  let frameSum = 0;
  const used = new Set<number>();
  for (const g of G.groups) {
    const at = P.groups.findIndex(
      (p, i) =>
        !used.has(i) &&
        p.members.size === g.members.size &&
        [...g.members].every((m) => p.members.has(m)),
    );
    const found = P.groups[at];
    if (found) {
      used.add(at);
      groupTp++;
      frameSum += charF1(literals(g.frame), literals(found.frame));
    } else misses.groups.push(g.frame);
  }

  // starts are compared only where the annotation gives them
  const startLines = (doc: ScoredDoc): Set<number> =>
    new Set(
      (doc.essays ?? [])
        .map((e) => e.start?.line)
        .filter((x): x is number => typeof x === 'number'),
    );
  const goldStarts = startLines(gold);
  const predictedStarts = goldStarts.size ? startLines(predicted) : new Set<number>();
  let startTp = 0;
  for (const s of goldStarts) if (predictedStarts.has(s)) startTp++;

  const goldTitles = titlesOf(gold);
  const predictedTitles = titlesOf(predicted);
  const titles = multisetMatch(goldTitles, predictedTitles);
  if (titles.tp < titles.ng || titles.tp < titles.np)
    misses.titles = { gold: goldTitles, predicted: predictedTitles };

  const goldJunk = junkOf(gold, lines);
  const predictedJunk = junkOf(predicted, lines);
  const junk =
    goldJunk && predictedJunk ? multisetMatch(goldJunk, predictedJunk) : { tp: 0, np: 0, ng: 0 };
  if (goldJunk && predictedJunk) {
    const { missed, extra } = multisetDiff(goldJunk, predictedJunk);
    misses.junk = { missed, extra };
  }

  return {
    counts: {
      heads: { tp, np: P.hs.length, ng: G.hs.length, levelOk },
      groups: { tp: groupTp, np: P.groups.length, ng: G.groups.length, frameSum },
      starts: { tp: startTp, np: predictedStarts.size, ng: goldStarts.size },
      titles,
      junk,
    },
    misses,
  };
}

export interface StructureFigures {
  headings: number;
  levels: number;
  groups: number;
  frames: number;
  starts: number;
  titles: number;
  junk: number;
}

export function structureFigures(c: StructureCounts): StructureFigures {
  return {
    headings: prf(c.heads).f,
    levels: c.heads.tp ? c.heads.levelOk / c.heads.tp : 0,
    groups: prf(c.groups).f,
    frames: c.groups.tp ? c.groups.frameSum / c.groups.tp : 0,
    starts: prf(c.starts).f,
    titles: prf(c.titles).f,
    junk: prf(c.junk).f,
  };
}

/** One report line, `NAME headings P=… R=… F1=… (…) groups … frames=… starts … titles … junk …`. */
export function scoreLine(name: string, c: StructureCounts): string {
  const x = (n: number): string => n.toFixed(2);
  const h = prf(c.heads);
  const g = prf(c.groups);
  const s = prf(c.starts);
  const t = prf(c.titles);
  const j = prf(c.junk);
  const f = structureFigures(c);
  return (
    `${name} headings P=${x(h.p)} R=${x(h.r)} F1=${x(h.f)} (gold ${c.heads.ng}, found ${c.heads.np}, levels ok ${x(f.levels)})` +
    ` groups P=${x(g.p)} R=${x(g.r)} F1=${x(g.f)} (gold ${c.groups.ng}, found ${c.groups.np}) frames=${x(f.frames)}` +
    ` starts F1=${x(s.f)} (gold ${c.starts.ng}, found ${c.starts.np})` +
    ` titles P=${x(t.p)} R=${x(t.r)} F1=${x(t.f)} (gold ${c.titles.ng}, found ${c.titles.np})` +
    ` junk P=${x(j.p)} R=${x(j.r)} F1=${x(j.f)} (gold ${c.junk.ng}, found ${c.junk.np})`
  );
}
