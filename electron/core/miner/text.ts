import { ASCII_TO_FULL_WIDTH } from '../full-width';

/** Character-level helpers shared by the miner's stages. */

const PUNCT_MAP: Record<string, string> = {
  ...ASCII_TO_FULL_WIDTH,
  '"': '“',
  '‘': '“',
  '’': '”',
  '「': '“',
  '」': '”',
  '『': '“',
  '』': '”',
  '【': '（',
  '】': '）',
  '[': '（',
  ']': '）',
};

/** Replacement code of each character that normalisation changes, 0 for the others. */
const REPLACE = (() => {
  const t = new Uint16Array(65536);
  for (const [from, to] of Object.entries(PUNCT_MAP)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  return t;
})();

const TO_NORMALISE = /[,;:!?()"‘’「」『』【】[\]\uff10-\uff19\u3000]/gu;

/**
 * Unifies ASCII and full-width punctuation (and full-width digits) so matching rules see one
 * spelling. Length-preserving, so offsets computed on the normalised string index the original.
 * Text that needs no change (one scan of char codes) is returned as it is.
 */
export function normPunct(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && REPLACE[s.charCodeAt(i)] === 0) i++;
  if (i === n) return s;
  // the few characters present are each replaced natively; a callback per match costs more
  const present: number[] = [];
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (REPLACE[c] !== 0 && !present.includes(c)) {
      present.push(c);
      if (present.length > 6) break;
    }
  }
  if (present.length > 6) {
    return s.replace(TO_NORMALISE, (ch) => String.fromCharCode(REPLACE[ch.charCodeAt(0)] || 0));
  }
  let out = s;
  for (const c of present) {
    out = out.replaceAll(String.fromCharCode(c), String.fromCharCode(REPLACE[c] || c));
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

const CLOSER_CODES = new Set([0x201d, 0x2019, 0x22, 0x300d, 0x300f, 0xff09, 0x29]);
const ELLIPSIS = 0x2026;
const DOT = 0x2e;

function isEndCode(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/**
 * Sentence spans of one paragraph (end exclusive, terminator and closing quotes included).
 * Linear: one pass over char codes, no segmenter, so a 100k-character line costs what its length
 * costs.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = -1;
    if (isEndCode(c)) {
      end = i + 1;
      while (
        end < n &&
        (isEndCode(text.charCodeAt(end)) || CLOSER_CODES.has(text.charCodeAt(end)))
      ) {
        end++;
      }
    } else if (
      c === ELLIPSIS ||
      (c === DOT && text.charCodeAt(i + 1) === DOT && text.charCodeAt(i + 2) === DOT)
    ) {
      // an ellipsis ends a sentence only when a new one clearly follows (not before a comma)
      let j = i;
      while (j < n && (text.charCodeAt(j) === ELLIPSIS || text.charCodeAt(j) === DOT)) j++;
      while (j < n && CLOSER_CODES.has(text.charCodeAt(j))) j++;
      const next = text[j];
      if (j - i >= 2 && next !== undefined && !'，,、；;：:'.includes(next)) end = j;
      else i = j - 1;
    }
    if (end > 0) {
      spans.push({ start, end });
      start = end;
      while (start < n && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x3000)) {
        start++;
      }
      i = start;
      continue;
    }
    i++;
  }
  if (start < n) {
    let end = n;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

const PUNCT_RE = /[\p{P}\p{S}\s]/u;

/** Fast path for the common cases (CJK ideographs, ASCII); the Unicode classes for the rest. */
export function isPunctCode(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return false;
  if (code < 0x80) {
    return !(
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122)
    );
  }
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff0f)) return true;
  if (code >= 0x2000 && code <= 0x206f) return true;
  return PUNCT_RE.test(String.fromCharCode(code));
}

export function isPunct(ch: string): boolean {
  return ch.length > 0 && isPunctCode(ch.charCodeAt(0));
}

/** Count of characters that are neither punctuation nor white space. */
export function wordLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    if (!isPunctCode(c)) n++;
  }
  return n;
}
