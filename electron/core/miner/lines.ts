/** Splits decoded text into numbered lines, and lines into paragraphs. */

export interface SourceLine {
  /** 1-based. */
  no: number;
  /** Without surrounding white space. */
  text: string;
}

/** Every line of the input, the last one too, numbered from 1. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let no = 1;
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ no, text: text.slice(start, end).trim() });
    no++;
    start = nl + 1;
  }
  return lines;
}

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
export function splitFlattened(line: SourceLine): Paragraph[] {
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
