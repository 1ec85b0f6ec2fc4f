import { normalizePunctuation } from '../draft/punctuation';
import { normPunct } from '../miner/text';
import { MIN_MATCH } from '../similarity/fingerprint';
import { isMatchChar } from '../similarity/normalize';
import { fieldValues, frameLiterals } from './frame-fields';
import { FRAME_FIELD } from '../draft/section-ops';
import { balanced } from './source-text';

const QUOTED = /“([^“”]*)”|‘([^‘’]*)’|《([^《》]*)》/gu;
const CLAUSE = /[^，、；：。！？]+/gu;

const wordCount = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isMatchChar(text.charCodeAt(i))) n++;
  return n;
};

/**
 * A frame's fixed words between two parts are the device of the parallel (战就要“…”，杜绝“…”), not
 * a passage: words as long as 查重 flags (我愿意做这样的人，做一个… ; 决战决胜脱贫攻坚，…) are a
 * sentence of the source essay. Its longest clause becomes a part the writer fills, until the
 * words left are shorter than that.
 */
function loosen(literal: string): string {
  let text = literal;
  while (wordCount(text) >= MIN_MATCH) {
    let longest: { at: number; length: number; words: number } | null = null;
    for (const m of text.matchAll(CLAUSE)) {
      const words = wordCount(m[0]);
      if (!longest || words > longest.words) longest = { at: m.index, length: m[0].length, words };
    }
    if (!longest) break;
    text = text.slice(0, longest.at) + FRAME_FIELD + text.slice(longest.at + longest.length);
  }
  return text;
}

/**
 * A frame as a template writes it: full-width marks, no run of fixed words as long as 查重 flags
 * (see loosen), and a quoted phrase that holds a varying part varying as a whole (从“…拧拉”的劲中
 * → 从“…”的劲中), so no slot splits a quotation. Null when its quotes or brackets do not pair up,
 * when no fixed word is left, or when a heading no longer fills it: such a frame would write
 * garbled headings, and the headings are better kept free.
 */
export function repairFrame(frame: string, headings: readonly string[]): string | null {
  const text = frameLiterals(normPunct(normalizePunctuation(frame)))
    .map(loosen)
    .join(FRAME_FIELD)
    .replace(/…{2,}/gu, FRAME_FIELD);
  const widened = text.replace(QUOTED, (whole: string) => {
    const inner = whole.slice(1, -1);
    return inner.includes(FRAME_FIELD) && inner !== FRAME_FIELD
      ? `${whole[0] ?? ''}${FRAME_FIELD}${whole.at(-1) ?? ''}`
      : whole;
  });
  const written = withoutEmptySlots(widened, headings);
  const literal = written.replaceAll(FRAME_FIELD, '');
  if (!balanced(literal) || !/\p{Script=Han}/u.test(literal)) return null;
  const fits = headings.every((h) => {
    const values = fieldValues(written, h);
    return values !== null && values.every((v) => v.trim() !== '');
  });
  return fits ? written : null;
}

/**
 * A part every heading leaves empty is no part: it is where the numbering marker stood before
 * the headings lost it (the heading helper writes the marker).
 */
function withoutEmptySlots(frame: string, headings: readonly string[]): string {
  const values = headings.map((h) => fieldValues(frame, h));
  if (headings.length === 0 || values.some((v) => v === null)) return frame;
  return frameLiterals(frame).reduce((out, lit, k) => {
    if (k === 0) return lit;
    const empty = values.every((v) => (v?.[k - 1] ?? '').trim() === '');
    return out + (empty ? '' : FRAME_FIELD) + lit;
  }, '');
}
