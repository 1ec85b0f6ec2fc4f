/*
 * The one way text splits into lines: the miner numbers a decoded file's lines, a draft splits
 * each field into paragraphs. The renderer bundles this module through core/draft/draft-text, so
 * it stays pure and imports nothing.
 */

export interface TextLine {
  /** 1-based. */
  no: number;
  /** Without surrounding white space. */
  text: string;
  /** Where `text` starts in the whole text. */
  from: number;
}

/** Every line of the text, the last one too, numbered from 1 (trimming drops a CRLF's CR). */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let no = 1;
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    const line = text.slice(start, nl);
    const trimmed = line.trim();
    lines.push({ no, text: trimmed, from: start + line.length - line.trimStart().length });
    no++;
    start = nl + 1;
  }
  return lines;
}
