import { FRAME_FIELD } from '../draft/section-ops';
import { isPunctCode } from './text';

/**
 * The frame sibling headings share, read clause by clause: headings are cut at punctuation, and
 * a clause keeps the characters every member has at the same place in it — the whole clause when
 * it is the same everywhere, each common offset when all are one length, else the common start,
 * the common end and runs of two or more equal places. Numbering markers are no part of it. The
 * literal characters kept say how strongly the headings are parallel.
 */

export interface ClauseFrame {
  /** The shared text with "…" for each varying part. */
  frame: string;
  /** Literal characters of the frame that are not punctuation. */
  fixed: number;
  /** The fixed characters, in order, for saying what the members share. */
  literal: string;
  /** Whether fixed characters stand anywhere but at the start of the first clause. */
  beyondOpening: boolean;
}

/** Leading numbering markers, as the frame rule strips them (一、 (一) 1. 一是 第一 其一 首先,). */
const MARKER =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[、.．)）]|[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十\d]{1,3}(?:[、，,:：])?|其[一二三四五六七八九十](?:[、，,:：])?|(?:首先|其次|再次|再者|此外|最后)[、，,:：]|[①-⑳])\s*/u;

function stripFrameMarker(text: string): { marker: boolean; rest: string } {
  const t = text.trim();
  const m = MARKER.exec(t);
  return m ? { marker: true, rest: t.slice(m[0].length) } : { marker: false, rest: t };
}

const QUOTES = /[“”"'‘’「」『』‚‛„‟]/gu;

/** One punctuation mark as the rule compares it: NFKC, all quotes alike. */
function canonMark(s: string): string {
  return s.normalize('NFKC').replace(QUOTES, '"');
}

interface Cut {
  /** Clauses between marks, as characters and as text; one more than marks. */
  clauses: string[][];
  texts: string[];
  /** Runs of punctuation as written, and as compared. */
  marks: string[];
  canon: string[];
}

function cut(text: string): Cut {
  const clauses: string[][] = [[]];
  const marks: string[] = [];
  const canon: string[] = [];
  let inMark = false;
  for (const ch of text) {
    if (isPunctCode(ch.codePointAt(0) ?? 0)) {
      const last = marks.length - 1;
      if (inMark) {
        marks[last] = `${marks[last] ?? ''}${ch}`;
        canon[last] = `${canon[last] ?? ''}${canonMark(ch)}`;
      } else {
        marks.push(ch);
        canon.push(canonMark(ch));
        inMark = true;
      }
    } else {
      if (inMark) {
        clauses.push([]);
        inMark = false;
      }
      clauses[clauses.length - 1]?.push(ch);
    }
  }
  if (inMark) clauses.push([]);
  return { clauses, texts: clauses.map((c) => c.join('')), marks, canon };
}

/** Which characters of the first member's clause are fixed across all members. */
function fixedMask(members: readonly string[][]): boolean[] {
  const first = members[0] ?? [];
  const n = first.length;
  if (members.every((m) => m.length === n)) {
    return first.map((ch, i) => members.every((m) => m[i] === ch));
  }
  const min = Math.min(...members.map((m) => m.length));
  const eqStart = Array.from({ length: min }, (_, i) => members.every((m) => m[i] === first[i]));
  const eqEnd = Array.from({ length: min }, (_, i) =>
    members.every((m) => m[m.length - 1 - i] === first[n - 1 - i]),
  );
  const keep = (eq: boolean[]): boolean[] =>
    eq.map((v, i) => {
      if (!v) return false;
      let j = 0;
      while (j <= i && eq[j]) j++;
      if (j > i) return true; // part of the run anchored at the clause's edge
      return eq[i - 1] === true || eq[i + 1] === true;
    });
  const start = keep(eqStart);
  const end = keep(eqEnd);
  const lastStart = start.lastIndexOf(true);
  const mask = first.map(() => false);
  start.forEach((v, i) => {
    if (v) mask[i] = true;
  });
  // an end position counts only after every start position, in every member
  end.forEach((v, i) => {
    if (!v) return;
    if (members.every((m) => m.length - 1 - i > lastStart)) mask[n - 1 - i] = true;
  });
  return mask;
}

function render(chars: readonly string[], mask: readonly boolean[]): string {
  let out = '';
  chars.forEach((ch, i) => {
    if (mask[i]) out += ch;
    else if (!out.endsWith(FRAME_FIELD)) out += FRAME_FIELD;
  });
  return out;
}

function mergeSlots(s: string): string {
  return s.replace(/…{2,}/gu, FRAME_FIELD);
}

function sameMarks(cuts: readonly Cut[]): boolean {
  const first = cuts[0];
  return (
    first !== undefined &&
    cuts.every(
      (c) => c.canon.length === first.canon.length && c.canon.every((m, i) => m === first.canon[i]),
    )
  );
}

/** The cut without its text's last character when that is a mark (the heading's final stop). */
function withoutFinalMark(c: Cut): Cut {
  const last = c.marks.length - 1;
  if (last < 0 || (c.clauses[c.clauses.length - 1] ?? []).length > 0) return c;
  const mark = Array.from(c.marks[last] ?? '')
    .slice(0, -1)
    .join('');
  if (mark.length > 0) {
    return {
      clauses: c.clauses,
      texts: c.texts,
      marks: [...c.marks.slice(0, last), mark],
      canon: [...c.canon.slice(0, last), canonMark(mark)],
    };
  }
  return {
    clauses: c.clauses.slice(0, -1),
    texts: c.texts.slice(0, -1),
    marks: c.marks.slice(0, -1),
    canon: c.canon.slice(0, -1),
  };
}

/**
 * The clause frame of two or more headings (as written, markers included; `markers: false` reads
 * texts that have none, where a leading 此外, or 最后, is a word of the sentence).
 */
export function clauseFrame(
  texts: readonly string[],
  { markers = true, quotes = 'strict' }: { markers?: boolean; quotes?: 'strict' | 'lenient' } = {},
): ClauseFrame {
  const key = `${markers ? 1 : 0}${quotes === 'strict' ? 1 : 0}${texts.join('\u0000')}`;
  let frame = framed.get(key);
  if (!frame) {
    frame = computeClauseFrame(texts, markers, quotes);
    if (framed.size >= FRAMED_MAX) framed.clear();
    framed.set(key, frame);
  }
  return frame;
}

// the same siblings are framed when groups are chosen, when patterns are offered and when a set
// is checked: each set of texts is aligned once (a small, bounded cache)
const framed = new Map<string, ClauseFrame>();
const FRAMED_MAX = 1024;

function computeClauseFrame(
  texts: readonly string[],
  markers: boolean,
  quotes: 'strict' | 'lenient',
): ClauseFrame {
  const strict = alignClauses(texts, markers);
  if (strict.aligned || quotes === 'strict') return strict.frame;
  // quotes that set off a word in one heading and not in another are emphasis, not clauses
  const loose = alignClauses(
    texts.map((t) => t.replace(QUOTES, '')),
    markers,
  );
  return loose.aligned && loose.frame.fixed > strict.frame.fixed ? loose.frame : strict.frame;
}

// sibling sets are compared subset by subset: each heading is cut once (a small, bounded cache)
const prepared = new Map<string, { marker: boolean; cut: Cut }>();
const PREPARED_MAX = 1024;

function prepare(text: string, markers: boolean): { marker: boolean; cut: Cut } {
  const key = `${markers ? 1 : 0}${text}`;
  let p = prepared.get(key);
  if (!p) {
    const s = markers ? stripFrameMarker(text) : { marker: false, rest: text.trim() };
    p = { marker: s.marker, cut: cut(s.rest) };
    if (prepared.size >= PREPARED_MAX) prepared.clear();
    prepared.set(key, p);
  }
  return p;
}

function alignClauses(
  texts: readonly string[],
  markers: boolean,
): { frame: ClauseFrame; aligned: boolean } {
  const stripped = texts.map((t) => prepare(t, markers));
  const lead = stripped.some((s) => s.marker) ? FRAME_FIELD : '';
  let cuts = stripped.map((s) => s.cut);
  const first = cuts[0];
  if (!first)
    return { frame: { frame: '', fixed: 0, literal: '', beyondOpening: false }, aligned: true };
  let clauseCount = first.clauses.length;
  let tail = '';
  if (!sameMarks(cuts)) {
    const trimmed = cuts.map(withoutFinalMark);
    if (sameMarks(trimmed)) {
      cuts = trimmed;
      clauseCount = trimmed[0]?.clauses.length ?? 0;
    } else {
      // compared only up to the first mark where they differ; the rest is one slot
      let k = 0;
      while (k < first.canon.length && cuts.every((c) => c.canon[k] === first.canon[k])) k++;
      clauseCount = k + 1;
      tail = FRAME_FIELD;
    }
  }
  const base = cuts[0] ?? first;
  let frame = lead;
  let fixed = 0;
  let literal = '';
  let beyondOpening = false;
  for (let i = 0; i < clauseCount; i++) {
    const text = base.texts[i] ?? '';
    const chars = base.clauses[i] ?? [];
    const whole = cuts.every((c) => c.texts[i] === text);
    const mask = whole ? chars.map(() => true) : fixedMask(cuts.map((c) => c.clauses[i] ?? []));
    frame += render(chars, mask);
    let slotSeen = false;
    chars.forEach((ch, j) => {
      if (!mask[j]) slotSeen = true;
      else {
        fixed++;
        literal += ch;
        if (i > 0 || slotSeen) beyondOpening = true;
      }
    });
    if (i < clauseCount - 1 || tail === '') frame += base.marks[i] ?? '';
  }
  return {
    frame: { frame: mergeSlots(frame + tail), fixed, literal, beyondOpening },
    aligned: tail === '',
  };
}
