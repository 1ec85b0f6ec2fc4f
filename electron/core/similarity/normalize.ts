import { normPunct } from '../miner/text';

/**
 * Text as the overlap check compares it: only letters, digits and ideographs, case-folded, so
 * "发展，是第一要务" and "发展 是第一要务。" are the same words. Spaces and punctuation never
 * start or break a match, and they are not counted in the overlap share.
 */
export interface MatchText {
  /** The kept UTF-16 code units, folded. */
  codes: Uint16Array;
  /** For each kept unit, its offset in the original text. */
  offsets: Uint32Array;
}

let keepTable: Uint8Array | null = null;

/** One lookup per character: this runs over every character of a 30-million-character corpus. */
function keep(): Uint8Array {
  if (keepTable) return keepTable;
  const table = new Uint8Array(65536);
  const wordChar = /^[\p{L}\p{N}]$/u;
  for (let c = 1; c < 65536; c++) {
    // surrogate halves are the rarer ideographs (CJK extension B and beyond): keep them
    if ((c >= 0xd800 && c <= 0xdfff) || wordChar.test(String.fromCharCode(c))) table[c] = 1;
  }
  keepTable = table;
  return table;
}

function fold(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0 + 0x20;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xfee0;
  return c;
}

/** Whether a character takes part in matching (and in the 字数 without punctuation). */
export const isMatchChar = (code: number): boolean => keep()[code] === 1;

export function matchText(text: string): MatchText {
  const table = keep();
  // normPunct keeps lengths, so its offsets are the original text's
  const s = normPunct(text);
  const codes = new Uint16Array(s.length);
  const offsets = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (table[c] !== 1) continue;
    codes[n] = fold(c);
    offsets[n++] = i;
  }
  return { codes: codes.slice(0, n), offsets: offsets.slice(0, n) };
}

/**
 * Writes the kept units of `text` into `out` from `at`, returning the new end. The index uses
 * this to lay every essay into one array without a per-essay offsets table.
 */
export function appendMatchCodes(text: string, out: Uint16Array, at: number): number {
  const table = keep();
  const s = normPunct(text);
  let n = at;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (table[c] === 1) out[n++] = fold(c);
  }
  return n;
}

/** 字数 without spaces or punctuation. */
export function countMatchChars(text: string): number {
  const table = keep();
  const s = normPunct(text);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) n++;
  return n;
}
