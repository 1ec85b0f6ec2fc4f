import type {
  Analysis,
  AnalysisNote,
  EssayAnalysis,
  Heading,
  LineRef,
} from '../../shared/analysis';
import { closingIndex } from './closing';
import { splitEssays, type EssayBlock } from './essays';
import { guessGenre } from './genre';
import { parallelGroups } from './groups';
import { assignLevels, findNumbered, withoutListsInText } from './headings';
import { findJunk, footerByline, isEditorNote } from './junk';
import { textLines } from '../text-lines';
import { splitFlattened, type Paragraph } from './lines';
import type { Found, Para } from './model';
import { findLineHeadings } from './line-headings';
import { encodingNote, templateNote } from './notes';
import { findParallel } from './parallel';
import { matchMarker } from './numbering';
import { normPunct, sentenceSpans, wordLength, type Span } from './text';
import { splitUntitled, type Structure } from './essay-boundaries';

const REF_CHARS = 12;

function firstChars(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}

/**
 * "…集中表现在三个方面：一是……。二是……。" — a colon that opens a list of whole sentences: the first
 * item starts a sentence of its own, like the items after it.
 */
function splitListColons(norm: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  // the next colon at or after a sentence's start, found once per paragraph, not once per sentence
  let next = norm.indexOf('：');
  for (const s of spans) {
    let start = s.start;
    if (next >= 0 && next < start) next = norm.indexOf('：', start);
    const colon = next;
    if (colon > start && colon < s.end - 2) {
      const m = matchMarker(norm.slice(colon + 1, s.end));
      if (m && m.ordinal === 1 && !m.lineOnly) {
        out.push({ start, end: colon + 1 });
        start = colon + 1;
      }
    }
    out.push({ start, end: s.end });
  }
  return out;
}

function toPara(p: Paragraph): Para {
  const norm = normPunct(p.text);
  return {
    line: p.line,
    text: p.text,
    norm,
    wholeLine: p.wholeLine,
    sentences: splitListColons(norm, sentenceSpans(p.text)),
  };
}

function ref(p: Para): LineRef {
  return { line: p.line, text: firstChars(p.text, REF_CHARS) };
}

export function findHeadings(paras: readonly Para[]): Found[] {
  const numbered = findNumbered(paras);
  const taken = new Set(numbered.map((h) => `${h.para}:${h.sentence}`));
  const firstRun = numbered.reduce((m, h) => Math.max(m, h.run), -1) + 1;
  const lineHeadings = numbered.filter((h) => h.kind === 'line').map((h) => h.para);
  const parallel = findParallel(paras, taken, firstRun, lineHeadings);
  for (const h of parallel) taken.add(`${h.para}:${h.sentence}`);
  const lineRun = parallel.reduce((m, h) => Math.max(m, h.run), firstRun - 1) + 1;
  const lines = findLineHeadings(paras, taken, numbered, lineRun);
  const all = withoutListsInText(
    paras,
    [...numbered, ...parallel, ...lines].sort((a, b) => a.para - b.para || a.sentence - b.sentence),
  );
  assignLevels(all);
  return all;
}

/** Paragraphs and headings of a titled block, kept for the essays split from it. */
interface Mined {
  paras: Para[];
  found: Found[];
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** Paragraph indexes that continue a numbered or parallel structure: no essay starts there. */
function structureOf(paras: readonly Para[], found: readonly Found[]): Structure {
  interface Span {
    first: number;
    last: number;
    line: boolean;
    /** Opening words every member shares (un-numbered groups). */
    prefix: string | null;
  }
  const span = new Map<number, Span>();
  for (const h of found) {
    const s = span.get(h.run);
    const norm = h.marker ? null : normPunct(h.text);
    if (!s) span.set(h.run, { first: h.para, last: h.para, line: h.kind === 'line', prefix: norm });
    else {
      if (h.para >= s.last) {
        s.last = h.para;
        s.line = h.kind === 'line';
      }
      if (s.prefix !== null && norm !== null) s.prefix = commonPrefix(s.prefix, norm);
    }
  }
  const inside = new Set<number>();
  const firsts = new Set<number>();
  const after = new Set<number>();
  for (const { first, last, line, prefix } of span.values()) {
    firsts.add(first);
    for (let i = first + 1; i <= last; i++) inside.add(i);
    // the last section is its heading's paragraph, or a heading line and the paragraph under it;
    // a paragraph that opens with the group's shared opening words still belongs to it
    const next = last + (line ? 2 : 1);
    const opening = prefix?.slice(0, 4) ?? '';
    const continues = wordLength(opening) >= 2 && paras[next]?.norm.startsWith(opening) === true;
    if (!continues) after.add(next);
  }
  return { inside, firsts, after };
}

/**
 * The headings of an essay split from a titled block are those the block's detection found in its
 * range: a structure never spans a chosen boundary. The exception is a parallel heading in the
 * essay's first paragraph, which an essay's own detection leaves out (an introduction has none):
 * there the essay is read afresh.
 */
function minedFor(block: EssayBlock, source: Mined | undefined): Mined {
  const off = block.from?.offset ?? 0;
  const end = off + block.body.length;
  if (source) {
    const sub = source.found.filter((h) => h.para >= off && h.para < end);
    if (off === 0 || !sub.some((h) => h.para === off && h.marker === null)) {
      const found = sub.map((h) => ({ ...h, para: h.para - off }));
      assignLevels(found);
      return { paras: source.paras.slice(off, end), found };
    }
  }
  const paras = block.body.map(toPara);
  return { paras, found: findHeadings(paras) };
}

function analyzeEssay(
  block: EssayBlock,
  compilationTitle: string | null,
  source?: Mined,
): EssayAnalysis | null {
  const { paras, found } = minedFor(block, source);
  const first = paras[0];
  const last = paras[paras.length - 1];
  if (!first || !last) return null;
  const headings: Heading[] = found.map((h) => ({
    level: h.level,
    kind: h.kind,
    text: h.text,
    line: paras[h.para]?.line ?? first.line,
    ...(h.marker ? { marker: h.marker.text } : {}),
  }));
  // a marker after a lead clause ("做好…,首先,…") starts what the siblings share
  const groups = parallelGroups(
    found.map((h) => {
      const at = h.marker ? normPunct(h.text).indexOf(h.marker.text) : 0;
      const text = normPunct(h.text);
      const set = h.marker === null && h.scheme.startsWith('group:') ? h.run : undefined;
      return {
        level: h.level,
        text: at > 0 ? text.slice(at) : text,
        ...(set !== undefined ? { set } : {}),
      };
    }),
  );
  const closing = closingIndex(
    paras.map((p) => p.text),
    found.map((h) => ({ para: h.para, kind: h.kind, level: h.level })),
  );
  const numbering: string[] = [];
  for (const h of [...found].sort((a, b) => a.level - b.level)) {
    if (h.marker && !numbering.includes(h.marker.label)) numbering.push(h.marker.label);
  }
  const firstSentence = first.sentences[0];
  const opening = firstSentence ? first.text.slice(firstSentence.start, firstSentence.end) : null;
  const bodyText = paras
    .slice(0, 20)
    .map((p) => p.text)
    .join('\n');
  return {
    title: block.title,
    ...(block.subtitle ? { subtitle: block.subtitle } : {}),
    start: ref(first),
    end: ref(last),
    genre: guessGenre([block.title, compilationTitle], bodyText),
    headings,
    parallel_groups: groups.groups,
    ...(groups.weak.length > 0 ? { weak_groups: groups.weak } : {}),
    numbering,
    opening_formula: opening,
    closing_first_words:
      closing === null ? null : firstChars(paras[closing]?.text ?? '', REF_CHARS),
    ...(closing !== null ? { closing_paragraph: closing } : {}),
    paragraphs: paras.map((p) => ({ line: p.line, text: p.text })),
  };
}

/** Mines the structure of one decoded input file. Pure and linear in the input's length. */
export function analyzeText(fileName: string, text: string, encoding?: string): Analysis {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = textLines(body);
  const junk = findJunk(lines);
  const signature = footerByline(lines, junk);
  if (signature !== null) junk.add(signature);
  const paras: Paragraph[] = [];
  for (const l of lines) {
    if (l.text.length === 0 || junk.has(l.no)) continue;
    for (const p of splitFlattened(l)) paras.push(p);
  }
  const editorNotes = new Set([...junk].filter((no) => isEditorNote(lines[no - 1]?.text ?? '')));
  const split = splitEssays(paras, editorNotes);
  // heading detection runs once per titled block: the untitled split reads its structure, and
  // the essays split from it reuse what was found
  const mined = new Map<number, Mined>();
  const blocks = splitUntitled(split, (body, k) => {
    const m = { paras: body.map(toPara), found: [] as Found[] };
    m.found = findHeadings(m.paras);
    mined.set(k, m);
    return structureOf(m.paras, m.found);
  });
  const essays: EssayAnalysis[] = [];
  let current = -1;
  for (const b of blocks) {
    const k = b.from?.essay ?? -1;
    // a titled block's paragraphs are let go once its last essay is read
    if (k !== current) mined.delete(current);
    current = k;
    const e = analyzeEssay(b, split.compilationTitle, mined.get(k));
    if (e) essays.push(e);
  }
  for (const no of split.junk) junk.add(no);
  // a compilation line over what turned out to be one essay is the page's title, not a title
  let compilationTitle = split.compilationTitle;
  if (compilationTitle !== null && essays.length < 2) {
    if (split.compilationLine !== null) junk.add(split.compilationLine);
    compilationTitle = null;
  }
  for (const e of essays) {
    const note = templateNote([e]);
    if (note) e.template_note = note;
  }
  const junkLines = [...junk].sort((a, b) => a - b);
  const notes = [encodingNote(body, encoding), templateNote(essays)].filter(
    (n): n is AnalysisNote => n !== null,
  );
  return {
    file: fileName,
    ...(encoding ? { encoding } : {}),
    compilation_title: compilationTitle,
    junk_lines: junkLines,
    junk_texts: junkLines.map((no) => lines[no - 1]?.text ?? ''),
    essays,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
