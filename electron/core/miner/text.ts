/** Character-level helpers shared by the miner's stages. */

const PUNCT_MAP: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
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

const TO_NORMALISE = /[,;:!?()"‘’「」『』【】[\]\uff10-\uff19\u3000]/gu;

/**
 * Unifies ASCII and full-width punctuation (and full-width digits) so matching rules see one
 * spelling. Length-preserving, so offsets computed on the normalised string index the original.
 */
export function normPunct(s: string): string {
  return s.replace(TO_NORMALISE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
    if (code === 0x3000) return ' ';
    return PUNCT_MAP[ch] ?? ch;
  });
}

const CLOSERS = new Set(['”', '’', '"', '」', '』', '）', ')']);

export function isSentenceEnd(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // 。 ！ ？ ! ? — a numeric test: this runs once per character of the input
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence spans of one paragraph (end exclusive, terminator and closing quotes included).
 * Linear: one pass, no segmenter, so a 100k-character line costs what its length costs.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    let end = -1;
    if (isSentenceEnd(ch)) {
      end = i + 1;
      while (end < n && (isSentenceEnd(text[end]) || CLOSERS.has(text[end] ?? ''))) end++;
    } else if (ch === '…' || (ch === '.' && text[i + 1] === '.' && text[i + 2] === '.')) {
      // an ellipsis ends a sentence only when a new one clearly follows (not before a comma)
      let j = i;
      while (j < n && (text[j] === '…' || text[j] === '.')) j++;
      while (j < n && CLOSERS.has(text[j] ?? '')) j++;
      const next = text[j];
      if (j - i >= 2 && next !== undefined && !'，,、；;：:'.includes(next)) end = j;
      else i = j - 1;
    }
    if (end > 0) {
      spans.push({ start, end });
      start = end;
      i = end;
      while (start < n && (text[start] === ' ' || text[start] === '\u3000')) start++;
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

/** Key used to compare texts: normalised punctuation, no white space, no trailing punctuation. */
export function matchKey(s: string): string {
  return normPunct(s)
    .replace(/\s+/g, '')
    .replace(/[。，；：！？.]+$/u, '');
}
