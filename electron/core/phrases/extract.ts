import {
  bareText,
  clausesOf,
  commonPrefix,
  commonSuffix,
  isHanOnly,
  sentencesOf,
  type Clause,
  type SentenceSpan,
} from './clauses';

/**
 * Finds writing material in one paragraph: 金句 (quoted sayings and classical couplets), 排比句
 * (three or more parallel clauses or sentences, kept whole) and runs of 四字短语. Every phrase is
 * a span of the paragraph, so it can be shown in its place and inserted as written.
 */

export type ExtractedKind = 'quote' | 'parallel' | 'four';

export interface Occurrence {
  kind: ExtractedKind;
  /** paragraph.slice(start, end) */
  text: string;
  start: number;
  end: number;
  /** The sentence (or sentences) the phrase sits in. */
  context: string;
}

interface Span {
  start: number;
  end: number;
}

/** A quotation must say something: a word or a name in quotes is not a saying. */
const MIN_SAYING_CHARS = 8;
const MAX_SAYING_CHARS = 40;
/** A 排比 is kept with its sentence when that stays readable. */
const MAX_PARALLEL_CHARS = 160;
const MAX_PARALLEL_SENTENCE = 60;
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['「', '」'],
  ['"', '"'],
];
/** Words that introduce a saying not set in quotes. */
const SAYING_LEAD =
  /(?:正所谓|古人云|古语云|古人说|古语说|俗话说|常言道|老话说|有句话说|有言道)[：:，,]?/gu;
/** Quoted speech and figures are not sayings: a reply, a question, a count of households. */
const SPEECH = /[你您咱吗呢吧啊呀嗯哦咋\d%％?？_＿]|我(?!们)/u;
/** Modern function words: a couplet of classical lines has none of them. */
const MODERN_WORDS = /[的了我你他她们吗呢吧着在是]/u;
/** What follows a list of four-character phrases inside its last clause: 精准施策的总要求. */
const AFTER_LIST = /^[的等之和及与]/u;

function sentenceAround(spans: readonly SentenceSpan[], start: number, end: number): Span {
  const first = spans.find((s) => s.end > start) ?? { start, end };
  const last = [...spans].reverse().find((s) => s.start < end) ?? first;
  return { start: first.start, end: last.end };
}

function quoted(text: string): Span[] {
  const found: Span[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let at = 0;
    for (;;) {
      const s = text.indexOf(open, at);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      found.push({ start: s, end: e + 1 });
      at = e + 1;
    }
  }
  return found;
}

function quotes(text: string, inQuotes: readonly Span[]): Span[] {
  return inQuotes.filter(({ start, end }) => {
    const inner = text.slice(start + 1, end - 1);
    const words = bareText(inner).replace(/[，,；;、：:。！？!?…]/gu, '');
    if (words.length < MIN_SAYING_CHARS || words.length > MAX_SAYING_CHARS) return false;
    if (SPEECH.test(inner)) return false;
    // a long name in quotes is still a name: a saying has a clause break or is a full sentence
    return /[，,；;。！!]/u.test(inner) || words.length >= 10;
  });
}

function sayings(text: string, spans: readonly SentenceSpan[], inQuotes: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(SAYING_LEAD)) {
    if (inQuotes.some((q) => q.start < m.index && m.index < q.end)) continue;
    const start = m.index + m[0].length;
    const end = sentenceAround(spans, start, start + 1).end;
    const words = bareText(text.slice(start, end)).replace(/[，,；;、。！？!?]/gu, '');
    if (text[start] === '“' || words.length < 6 || words.length > 40) continue;
    found.push({ start, end });
  }
  return found;
}

/** Two classical lines of equal length making a whole sentence: 上面千条线，下面一颗针。 */
function couplets(spans: readonly SentenceSpan[], clauses: readonly Clause[]): Span[] {
  const found: Span[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < clauses.length && (clauses[k]?.start ?? 0) < s.start) k++;
    const cs: Clause[] = [];
    for (let m = k; m < clauses.length && (clauses[m]?.start ?? 0) < s.end; m++) {
      const c = clauses[m] as Clause;
      if (c.text.trim().length > 0) cs.push(c);
    }
    const [a, b] = cs;
    if (cs.length !== 2 || !a || !b) continue;
    if (![',', '，', ';', '；'].includes(a.sep)) continue;
    const x = a.text.trim();
    const y = b.text.trim();
    if (x.length !== y.length || x.length < 5 || x.length > 7) continue;
    // quotes inside mark a term (战“疫”), not a line of verse
    if (!isHanOnly(x) || !isHanOnly(y) || MODERN_WORDS.test(x + y)) continue;
    found.push({ start: a.start, end: s.end });
  }
  return found;
}

/** Runs of three or more adjacent units sharing their first (or last) two or more characters. */
function parallelRuns(words: readonly string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const shared of [commonPrefix, commonSuffix]) {
    let i = 0;
    while (i < words.length) {
      const first = words[i] ?? '';
      let j = i + 1;
      while (j < words.length && shared(first, words[j] ?? '') >= 2) j++;
      if (j - i >= 3) runs.push([i, j]);
      i = j;
    }
  }
  return runs;
}

function parallels(
  text: string,
  spans: readonly SentenceSpan[],
  allClauses: readonly Clause[],
): Span[] {
  const found: Span[] = [];
  const clauses: Clause[] = [];
  const words: string[] = [];
  for (const c of allClauses) {
    const w = bareText(c.text);
    if (w.length < 2) continue;
    clauses.push(c);
    words.push(w);
  }
  for (const [i, j] of parallelRuns(words)) {
    // four-character lists are 四字短语; a 排比 has at least one longer member
    if (words.slice(i, j).every((w) => w.length <= 4)) continue;
    const first = clauses[i];
    const last = clauses[j - 1];
    if (!first || !last) continue;
    const whole = sentenceAround(spans, first.start, last.end);
    found.push(
      whole.end - whole.start <= MAX_PARALLEL_CHARS ? whole : { start: first.start, end: last.end },
    );
  }
  const short = spans.filter((s) => s.end - s.start <= MAX_PARALLEL_SENTENCE);
  const sentenceWords = short.map((s) => bareText(text.slice(s.start, s.end)));
  for (const [i, j] of parallelRuns(sentenceWords)) {
    const first = short[i];
    const last = short[j - 1];
    // only sentences that follow each other: a gap means they are not one figure of speech
    const adjacent = short.slice(i, j).every((s, k, all) => k === 0 || all[k - 1]?.end === s.start);
    if (first && last && adjacent) found.push({ start: first.start, end: last.end });
  }
  return found.filter((f) => f.end - f.start <= MAX_PARALLEL_CHARS * 1.5);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Characters on each side of a cut that the segmenter sees: enough for the words around it. */
const WINDOW = 4;

/** Whether a word ends at `at` in `clause`: 坚决贯彻|坚定信心, but not 中共中|央总书记. */
function wordBoundary(clause: string, at: number): boolean {
  const from = Math.max(0, at - WINDOW);
  const near = clause.slice(from, at + WINDOW);
  for (const s of segmenter.segment(near)) {
    if (s.index >= at - from) return s.index === at - from;
  }
  return at - from === near.length;
}

/** A member of a list does not start with a particle: 的伍家台 is the end of a name. */
const PARTICLE_START = /^[的地得了着和与及或]/u;

/**
 * Runs of four-character phrases: 凝心聚力、攻坚克难、久久为功. Inside a run every member is
 * four Han characters and the members are joined by one kind of mark; a list joined by 、 may
 * begin or end inside a longer clause (坚决贯彻坚定信心、同舟共济、科学防治、精准施策的总要求),
 * whose four characters next to the list then belong to it.
 */
function fourRuns(clauses: readonly Clause[]): Span[] {
  const found: Span[] = [];
  const isFour = (c: Clause | undefined): c is Clause =>
    !!c && c.text.length === 4 && isHanOnly(c.text) && !PARTICLE_START.test(c.text);
  /** The two ways a run is joined: a list (、) or clauses (，). */
  const joinOf = (sep: string | undefined): 'list' | 'clause' | null =>
    sep === '、' ? 'list' : sep === '，' || sep === ',' ? 'clause' : null;
  let i = 0;
  while (i < clauses.length) {
    const head = clauses[i];
    if (!isFour(head)) {
      i++;
      continue;
    }
    let join: 'list' | 'clause' | null = null;
    let j = i;
    for (;;) {
      const next = joinOf(clauses[j]?.sep);
      if (!next || (join && next !== join) || !isFour(clauses[j + 1])) break;
      join = next;
      j++;
    }
    const last = clauses[j] as Clause;
    let start = head.start;
    let end = last.end;
    let members = j - i + 1;
    const before = clauses[i - 1];
    const beforeJoin = joinOf(before?.sep);
    // a run may start inside the clause before it (大家闻令而动，尽锐出战，…) once it has two members
    if (
      before &&
      beforeJoin &&
      (!join || beforeJoin === join) &&
      members >= 2 &&
      before.text.length > 4
    ) {
      const four = before.text.slice(-4);
      if (isHanOnly(four) && wordBoundary(before.text, before.text.length - 4)) {
        start = before.end - 4;
        members++;
        join = beforeJoin;
      }
    }
    const after = clauses[j + 1];
    if (join !== 'clause' && last.sep === '、' && after && after.text.length > 4) {
      const four = after.text.slice(0, 4);
      if (isHanOnly(four) && AFTER_LIST.test(after.text.slice(4)) && wordBoundary(after.text, 4)) {
        end = after.start + 4;
        members++;
      }
    }
    if (members >= 2) found.push({ start, end });
    i = j + 1;
  }
  return found;
}

export function extractPhrases(text: string): Occurrence[] {
  const spans = sentencesOf(text);
  const clauses = clausesOf(text);
  const inQuotes = quoted(text);
  const out: Occurrence[] = [];
  const add = (kind: ExtractedKind, list: readonly Span[]): void => {
    for (const { start, end } of list) {
      const around = sentenceAround(spans, start, end);
      out.push({
        kind,
        start,
        end,
        text: text.slice(start, end),
        context: text.slice(around.start, around.end).trim(),
      });
    }
  };
  add('quote', [
    ...quotes(text, inQuotes),
    ...sayings(text, spans, inQuotes),
    ...couplets(spans, clauses),
  ]);
  add('parallel', parallels(text, spans, clauses));
  add('four', fourRuns(clauses));
  const seen = new Set<string>();
  return out
    .filter((o) => {
      const key = `${o.kind} ${o.start} ${o.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
