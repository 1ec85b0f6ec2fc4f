/** A run of the draft's text: inside an overlap (the index of its first match) or not. */
export interface Segment {
  text: string;
  match: number | null;
}

/**
 * Cuts the text at the matches' edges so overlapping passages can be wrapped in <mark>.
 * Matches may overlap one another; a character belongs to the first match that covers it.
 */
export function segments(
  text: string,
  spans: ReadonlyArray<{ draftStart: number; draftEnd: number }>,
): Segment[] {
  const owner = new Int32Array(text.length).fill(-1);
  spans.forEach((s, i) => {
    for (let c = Math.max(0, s.draftStart); c < Math.min(text.length, s.draftEnd); c++) {
      if (owner[c] === -1) owner[c] = i;
    }
  });
  const out: Segment[] = [];
  let start = 0;
  for (let c = 1; c <= text.length; c++) {
    if (c === text.length || owner[c] !== owner[start]) {
      const o = owner[start] ?? -1;
      out.push({ text: text.slice(start, c), match: o === -1 ? null : o });
      start = c;
    }
  }
  return out;
}
