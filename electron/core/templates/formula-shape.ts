import type { FormulaRole } from '../../shared/formulas';
import { normalizePunctuation } from '../draft/punctuation';
import { CUES, ROLE_NAMES } from './formula-vocabulary';
import { findSlotSpans } from './slot-patterns';
import { balanced } from './source-text';
import type { SlotKind } from '../../shared/model';

/** What each part of a sentence is: a set word, a mark, a typed value, or the writer's own. */
type Mark = 'free' | 'lit' | 'punct' | 'typed';

type Piece =
  | { kind: 'lit'; text: string }
  | { kind: 'punct'; text: string }
  | { kind: 'hole'; start: number; end: number; name: string | null };

const HOLE_OF_KIND: Partial<Record<SlotKind, string>> = {
  date: '日期',
  name: '姓名',
  place: '地点',
  number: '数字',
};

/** Marks a formula keeps when a set word stands beside them; quotes and brackets go with holes. */
const CLAUSE_MARK = /[，。、；：！？…—]/u;
const HAN = /\p{Script=Han}/u;
interface Marked {
  text: string;
  marks: Mark[];
  /** The hole name a typed character or a cue's group stands for. */
  names: Array<string | undefined>;
  /** Hole names cues give their neighbours, by the index the hole starts or ends at. */
  after: Map<number, string>;
  before: Map<number, string>;
}

function markSentence(sentence: string, role: FormulaRole): Marked {
  const text = normalizePunctuation(sentence.trim()).replace(/\s+/gu, '');
  const marks: Mark[] = Array.from({ length: text.length }, () => 'free');
  const names: Array<string | undefined> = [];
  const after = new Map<number, string>();
  const before = new Map<number, string>();
  const isFree = (start: number, end: number): boolean =>
    marks.slice(start, end).every((m) => m === 'free');
  const mark = (start: number, end: number, m: Mark, name?: string): void => {
    for (let i = start; i < end; i++) {
      marks[i] = m;
      names[i] = name;
    }
  };
  for (const m of text.matchAll(/《([^《》]{1,40})》/gu)) {
    mark(m.index, m.index + 1, 'lit');
    mark(m.index + 1, m.index + m[0].length - 1, 'typed', '作品');
    mark(m.index + m[0].length - 1, m.index + m[0].length, 'lit');
  }
  for (const span of findSlotSpans(text)) {
    const name = HOLE_OF_KIND[span.kind];
    if (name && isFree(span.start, span.end)) mark(span.start, span.end, 'typed', name);
  }
  for (const cue of CUES[role]) {
    const re = new RegExp(cue.re.source, 'gud');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isFree(start, end)) continue;
      mark(start, end, 'lit');
      const group = m.indices?.[1];
      if (cue.inner && group) mark(group[0], group[1], 'typed', cue.inner);
      if (cue.before) before.set(start, cue.before);
      if (cue.after) after.set(end, cue.after);
    }
  }
  for (let i = 0; i < text.length; i++) {
    if (marks[i] === 'free' && CLAUSE_MARK.test(text[i] ?? '')) marks[i] = 'punct';
  }
  return { text, marks, names, after, before };
}

/** Runs of equal marks; a typed run is one hole per name. */
function piecesOf({ text, marks, names }: Marked): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const m = marks[i];
    let j = i + 1;
    while (j < text.length && marks[j] === m && (m !== 'typed' || names[j] === names[i])) j++;
    if (m === 'lit' || m === 'punct') pieces.push({ kind: m, text: text.slice(i, j) });
    else
      pieces.push({
        kind: 'hole',
        start: i,
        end: j,
        name: m === 'typed' ? (names[i] ?? null) : null,
      });
    i = j;
  }
  return pieces;
}

/**
 * A mark stays when a set word stands beside it, it ends a set word's object or the sentence;
 * between two parts of the writer's own it is theirs too. Then neighbouring holes become one.
 */
function settle(pieces: Piece[], marked: Marked): Piece[] {
  const kept: Piece[] = pieces.map((p, k) => {
    if (p.kind !== 'punct') return p;
    const prev = pieces[k - 1];
    const next = pieces[k + 1];
    // what a verb's object is (观看了…, 参加了…) ends at the clause's mark
    const endsObject =
      prev?.kind === 'hole' && marked.after.has(prev.start) && /^[，；：]$/u.test(p.text);
    const stays = prev?.kind === 'lit' || next?.kind === 'lit' || next === undefined || endsObject;
    return stays ? { kind: 'lit', text: p.text } : { kind: 'hole', start: -1, end: -1, name: null };
  });
  const out: Piece[] = [];
  for (const p of kept) {
    const last = out.at(-1);
    if (p.kind === 'hole' && last?.kind === 'hole') {
      out[out.length - 1] = {
        kind: 'hole',
        start: last.start < 0 ? p.start : last.start,
        end: p.end < 0 ? last.end : p.end,
        name: last.name !== null && last.name === p.name ? last.name : null,
      };
    } else if (p.kind === 'lit' && last?.kind === 'lit') {
      out[out.length - 1] = { kind: 'lit', text: last.text + p.text };
    } else out.push(p);
  }
  return out;
}

/** More holes than this and the sentence is a passage with a set word in it, not a formula. */
const MAX_HOLES = 3;

/**
 * An opening or closing formula begins with its set words (近日，… 总之，…) or a typed value
 * ({{日期}}是…之年), or has set words in two places: one set word inside a writer's own sentence
 * (…相信…) is not a way of beginning or ending. A title ends with its genre's words instead.
 */
function opensWithSetWords(pieces: readonly Piece[], role: FormulaRole): boolean {
  if (role === 'title' || role === 'subtitle') return true;
  const first = pieces[0];
  if (first?.kind === 'lit' || (first?.kind === 'hole' && first.name !== null)) return true;
  return pieces.filter((p) => p.kind === 'lit' && HAN.test(p.text)).length >= 2;
}

/** A hole's name: its type, else what the set word before or after it asks for. */
function nameHoles(pieces: Piece[], marked: Marked, role: FormulaRole): string[] {
  const holes = pieces.filter((p) => p.kind === 'hole');
  const used = new Map<string, number>();
  return holes.map((h, k) => {
    const base =
      h.name ??
      marked.after.get(h.start) ??
      marked.before.get(h.end) ??
      (k === holes.length - 1 ? ROLE_NAMES[role].lastHole : ROLE_NAMES[role].otherHole);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}${n}`;
  });
}

/**
 * A sentence as a formula: the genre's set words (see formula-vocabulary) and the marks beside
 * them kept, everything else a named hole, e.g. `近日，{{单位}}组织观看了《{{作品}}》，{{感受}}。`.
 * Null when the sentence has no set word: it is one writer's own, not a formula.
 */
export function formulaShape(sentence: string, role: FormulaRole): string | null {
  const marked = markSentence(sentence, role);
  const pieces = settle(piecesOf(marked), marked);
  const names = nameHoles(pieces, marked, role);
  if (names.length === 0 || names.length > MAX_HOLES) return null;
  const literal = pieces.map((p) => (p.kind === 'lit' ? p.text : '')).join('');
  if (!HAN.test(literal) || !balanced(literal)) return null;
  if (!opensWithSetWords(pieces, role)) return null;
  let k = 0;
  return pieces
    .map((p) => (p.kind === 'lit' ? p.text : `{{${names[k++] ?? ROLE_NAMES[role].otherHole}}}`))
    .join('');
}
