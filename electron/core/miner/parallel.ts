import { frameOf, frameWords } from './align';
import { FRAME_FIELD } from '../draft/section-ops';
import { clauseFrame } from './clause-frame';
import { isLineHeading, sentenceNorm, sentenceText } from './headings';
import type { Found, Para } from './model';
import {
  bigramSet,
  firstWordChar,
  keywordLength,
  lastWordChar,
  sameRhythm,
  similar,
  type Sentence,
} from './pairs';
import { isPunctCode, wordLength } from './text';

/**
 * Un-numbered parallel headings (排比式小标题): sentences in heading position — first sentence
 * of a paragraph, or a short sentence that opens a sub-point inside one — that share a frame with
 * their siblings. A first sentence that shares nothing with any other is plain text.
 */

const MAX_HEADING = 60;
const MIN_HEADING = 4;
const MID_MAX = 30;
const MAX_SECTION_PARAS = 6;
/** Fewest characters between two headings of one paragraph: a section's own text. */
const SAME_PARA_GAP = 50;
/** Longest member of a set that shares a punctuated form and no wording. */
const SHAPE_ONLY_MAX = 12;
/** Longest member of a set that shares one character in one place of one form. */
const ONE_CHAR_MAX = 24;

function skeleton(norm: string): string {
  const punctCode = isPunctCode;
  let s = '';
  let from = -1;
  // runs of punctuation are sliced out whole rather than appended one character at a time
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 0x41;
    const punct = c !== 0x20 && c !== 0x3000 && !(c >= 0xd800 && c <= 0xdfff) && punctCode(c);
    if (punct && from < 0) from = i;
    else if (!punct && from >= 0) {
      s += norm.slice(from, i);
      from = -1;
    }
  }
  return s;
}

export function headingCandidates(paras: readonly Para[], taken: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  paras.forEach((p, i) => {
    // the first paragraph introduces the essay; its sentences are not section headings, but a
    // line standing alone above it may be the first section's
    if (i === 0 && !isLineHeading(paras, i)) return;
    const n = p.sentences.length;
    for (let k = 0; k < n; k++) {
      const span = p.sentences[k];
      if (!span) continue;
      const size = span.end - span.start;
      const mid = k > 0;
      // cheap tests on the span first: most sentences are too long to be headings
      if (size > MAX_HEADING) continue;
      // a heading opens a point: something must follow it in its paragraph, or stand as a line
      if (mid && (k === n - 1 || size > MID_MAX)) continue;
      if (taken.size > 0 && taken.has(`${i}:${k}`)) continue;
      // a heading does not follow a heading sentence in the same paragraph
      if (mid && taken.size > 0 && taken.has(`${i}:${k - 1}`)) continue;
      const norm = sentenceNorm(p, k);
      const len = wordLength(norm);
      if (len < MIN_HEADING) continue;
      // quoted speech is not a heading, nor a question put to the reader ("这些重点怎么抓?"), nor
      // an exclamation
      if (norm.startsWith('“') && /^“[^“”]*”$/u.test(norm.replace(/[。！？]+$/u, ''))) continue;
      if (/[！？][”’]*$/u.test(norm)) continue;
      const line = k === 0 && isLineHeading(paras, i);
      out.push({
        para: i,
        sentence: k,
        text: line ? p.text : sentenceText(p, k),
        norm,
        mid,
        start: span.start,
        end: span.end,
        line,
        len,
        shape: skeleton(norm),
        first: firstWordChar(norm),
        last: lastWordChar(norm),
        bigrams: bigramSet(norm),
      });
    }
  });
  return out;
}

/** Two sentences of one paragraph with less than a section's text between them. */
function closeInParagraph(a: Sentence, b: Sentence): boolean {
  return a.para === b.para && b.start > a.start && b.start - a.end < SAME_PARA_GAP;
}

/**
 * Whether two of `sentences` are close in one paragraph. In start order within a paragraph, a
 * sentence close to a later one is close to the next one too, so neighbours suffice: linear in a
 * long text's thousands of similar sentences, where every pair would not be.
 */
function anyCloseInParagraph(sentences: readonly Sentence[]): boolean {
  const ordered = [...sentences].sort((a, b) => a.para - b.para || a.start - b.start);
  return ordered.some((a, i) => {
    const b = ordered[i + 1];
    return b !== undefined && closeInParagraph(a, b);
  });
}

/** Whether similar sentences, taken together, still share a frame. */
function isParallelSet(members: readonly Sentence[], lastPara: number): boolean {
  if (members.length < 2) return false;
  // two of them close together in one paragraph: a figure of speech running through the text
  if (anyCloseInParagraph(members)) return false;
  const frame = frameOf(members.map((m) => m.norm));
  if (frameWords(frame) === 0 && skeleton(frame).length < 3) return false;
  // sentences inside paragraphs that share only a word or two (a surname, "他们") are not
  // parallel; the same punctuated form with no shared wording ("…“…”。") still is
  const words = frameWords(frame);
  if (members.every((m) => m.mid) && words > 0 && words < 3) return false;
  // repeated sentences are repetition, not parallel headings: members must differ somewhere
  if (!frame.includes(FRAME_FIELD)) return false;
  // sentences that share wording but no clause frame (the same topic words here and there, the
  // same vocative) are cohesion, not parallel headings
  // (a shared first word of two characters, "支部…" / "我们…", is the same subject, not a frame)
  const clauses = clauseFrame(members.map((m) => m.norm));
  if (clauses.fixed >= 3 || (clauses.fixed === 2 && clauses.beyondOpening)) return true;
  // …unless they open with it in one measured form ("以学…,…。")
  const norms = members.map((m) => m.norm);
  if (clauses.fixed === 2 && members.every((m) => !m.mid) && sameRhythm(norms)) return true;
  const keyword = members[0] ? keywordLength(members[0].norm) : 0;
  if (keyword > 0 && members.every((m) => !m.mid && keywordLength(m.norm) === keyword)) return true;
  const shape = members[0]?.shape ?? '';
  const sameForm = members.every((m) => m.shape === shape);
  // one character in the same place of one punctuated form ("…“…月”,…。") still makes a set
  if (clauses.fixed === 1 && sameForm && shape.replace(/[。！？]+$/u, '').length >= 2) {
    return members.every((m) => m.len <= ONE_CHAR_MAX);
  }
  // so do three short ones of one form sharing no character ("…“…”。"), unless one of them is
  // the essay's closing paragraph, short like a heading by chance
  return (
    members.length >= 3 &&
    members.every((m) => m.para < lastPara) &&
    shape.replace(/[。！？]+$/u, '').length >= 1 &&
    sameForm &&
    members.every((m) => m.len <= SHAPE_ONLY_MAX)
  );
}

/** How much shorter or longer than a set's members a point in their form may be. */
const FORM_MIN = 0.5;
const FORM_MAX = 1.25;
const SERIES_MIN = 3;
/** A point states a matter; a sentence about the writer or pointing back is text. */
const NARRATIVE = /^(?:我|你|他|她|它|这|那|其|此)/u;

/**
 * Paragraph openings that share the form of a set of parallel openings but not its wording: a
 * further point whose wording breaks the frame, or the first point of a second series. They
 * come after the set's first member and within a section of the last point, open a paragraph
 * that goes on, have the members' punctuated form and length, and are not the closing
 * paragraph. Two openings alike may be a pair; three make a series.
 */
function pointsOfForm(
  paras: readonly Para[],
  cands: readonly Sentence[],
  set: readonly Sentence[],
  used: Set<number>,
): Sentence[] {
  if (set.length < SERIES_MIN || set.some((m) => m.mid || m.line)) return [];
  const shape = set[0]?.shape ?? '';
  if (set.some((m) => m.shape !== shape)) return [];
  const first = Math.min(...set.map((m) => m.para));
  let last = Math.max(...set.map((m) => m.para));
  const lo = Math.min(...set.map((m) => m.len)) * FORM_MIN;
  const hi = Math.max(...set.map((m) => m.len)) * FORM_MAX;
  const out: Sentence[] = [];
  for (const c of cands) {
    if (c.mid || c.line || c.para <= first || used.has(c.para)) continue;
    // points follow one another a section apart
    if (c.para - last > MAX_SECTION_PARAS) break;
    if (c.shape !== shape || c.len < lo || c.len > hi || NARRATIVE.test(c.norm)) continue;
    const p = paras[c.para];
    if (!p || p.sentences.length < 2) continue;
    // a finished last paragraph closes the essay; a cut one may be a section's start
    if (c.para === paras.length - 1 && /[。！？!?][”’]?$/u.test(p.text)) continue;
    out.push(c);
    used.add(c.para);
    last = Math.max(last, c.para);
  }
  return out;
}

const paraKey = (members: readonly Sentence[]): string =>
  [...new Set(members.map((m) => m.para))].join(',');

/**
 * Under numbered line headings the sections are already marked: paragraph openings there are
 * sub-headings only where they share wording beyond their first words, in one punctuated form
 * or in the middle. Openings that share a subject ("学校党支部…") are the sections' text.
 */
function isSubheadingSet(members: readonly Sentence[]): boolean {
  const f = clauseFrame(members.map((m) => m.norm));
  if (f.fixed < 2 || !f.beyondOpening) return false;
  const shape = members[0]?.shape ?? '';
  const first = members[0]?.first;
  // of different forms, they may share a middle ("…冲上去,他们…"), not a subject
  return members.every((m) => m.shape === shape) || members.some((m) => m.first !== first);
}

/**
 * Groups of similar candidates (connected components), at least two members each;
 * `lineHeadings` are the paragraphs of numbered line headings.
 */
export function findParallel(
  paras: readonly Para[],
  taken: ReadonlySet<string>,
  firstRun: number,
  lineHeadings: readonly number[] = [],
): Found[] {
  const cands = headingCandidates(paras, taken);
  const n = cands.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  // siblings are near each other (a section is a few paragraphs): comparing within a window also
  // keeps long texts linear
  const WINDOW = 40;
  for (let i = 0; i < n; i++) {
    const a = cands[i];
    if (!a) continue;
    for (let j = i + 1; j < n && j <= i + WINDOW; j++) {
      const b = cands[j];
      if (!b) continue;
      if (b.para - a.para > MAX_SECTION_PARAS) break;
      // two sections in one paragraph (a flattened page) each have their say in between
      if (closeInParagraph(a, b)) continue;
      // already in one group: the pair would add nothing
      if (find(i) === find(j)) continue;
      if (similar(a, b)) parent[find(j)] = find(i);
    }
  }
  const comps = new Map<number, Sentence[]>();
  cands.forEach((c, i) => {
    const r = find(i);
    const list = comps.get(r) ?? [];
    list.push(c);
    comps.set(r, list);
  });
  // a component chained through one odd member ("一是在深学上…,二是…" between two openings)
  // can share nothing as a whole: its paragraph openings may still be a set
  const sets: Sentence[][] = [];
  const firstLine = Math.min(...lineHeadings);
  for (const component of comps.values()) {
    if (component.length < 2) continue;
    const members = [component, component.filter((m) => !m.mid)].find(
      (m) =>
        isParallelSet(m, paras.length - 1) &&
        (m.some((x) => x.para < firstLine || x.line) || isSubheadingSet(m)),
    );
    if (members) sets.push(members);
  }
  // where paragraphs open with one parallel set and go on with another, the openings are the
  // headings: a set of later sentences in paragraphs whose first sentences are a set is not
  const opening = new Set(sets.filter((m) => m.every((x) => !x.mid)).map(paraKey));
  const kept = sets.filter((m) => !(m.every((x) => x.mid) && opening.has(paraKey(m))));
  const used = new Set(kept.flatMap((m) => m.map((x) => x.para)));
  const found: Found[] = [];
  let run = firstRun;
  for (const set of kept) {
    const members = [...set, ...pointsOfForm(paras, cands, set, used)].sort(
      (a, b) => a.para - b.para || a.sentence - b.sentence,
    );
    for (const m of members) {
      found.push({
        para: m.para,
        sentence: m.sentence,
        text: m.text,
        kind: m.line ? 'line' : 'inline',
        marker: null,
        scheme: `group:${run}`,
        run,
        level: 0,
      });
    }
    run++;
  }
  return found;
}
