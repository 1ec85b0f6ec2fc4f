import type { TextLine } from '../text-lines';

/** Splits a decoded file's lines (core/text-lines) into paragraphs. */

export interface Paragraph {
  line: number;
  text: string;
  /** True when the paragraph is the whole line (not one segment of a flattened line). */
  wholeLine: boolean;
}

const TERMINAL = /[。！？!?…”」』）)]$/u;

/**
 * Some sites flatten an essay's paragraphs into one line with spaces between them. A space that
 * follows a sentence end, with enough text on both sides, is such a paragraph break; spaces after
 * commas or inside short phrases are not.
 */
export function splitFlattened(line: TextLine): Paragraph[] {
  const parts = line.text.split(/[ \t\u3000\u00a0]+/u);
  if (parts.length < 2 || line.text.length < 60) {
    return [{ line: line.no, text: line.text, wholeLine: true }];
  }
  const out: string[] = [];
  let cur = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i] ?? '';
    const breakHere =
      TERMINAL.test(cur) && /[。！？!?]/u.test(cur) && cur.length >= 8 && next.length >= 4;
    if (breakHere) {
      out.push(cur);
      cur = next;
    } else {
      cur += ' ' + next;
    }
  }
  out.push(cur);
  if (out.length === 1) return [{ line: line.no, text: line.text, wholeLine: true }];
  return out.map((text) => ({ line: line.no, text, wholeLine: false }));
}
