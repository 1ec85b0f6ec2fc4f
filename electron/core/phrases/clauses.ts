/** Cuts a paragraph into sentences and clauses, keeping offsets into the paragraph. */

export interface Clause {
  /** Offsets in the paragraph, end-exclusive, without the separator. */
  start: number;
  end: number;
  text: string;
  /** The punctuation mark that ends the clause ('' at the end of the paragraph). */
  sep: string;
}

export interface SentenceSpan {
  start: number;
  /** After the sentence's final mark and any closing quote. */
  end: number;
}

/** 1: ends a sentence, 2: closes a quote or bracket, 3: ends a clause inside a sentence. */
const MARK = (() => {
  const t = new Uint8Array(65536);
  for (const c of '。！？!?…') t[c.charCodeAt(0)] = 1;
  for (const c of '”’」』")）') t[c.charCodeAt(0)] = 2;
  for (const c of '，,；;、：:') t[c.charCodeAt(0)] = 3;
  return t;
})();
const SENTENCE_END = 1;
const CLOSER = 2;
const CLAUSE_SEP = 3;

const HAN = /^\p{Script=Han}+$/u;

export const isHanOnly = (s: string): boolean => HAN.test(s);

/** Sentence spans of a paragraph; a closing quote after the final mark stays with its sentence. */
export function sentencesOf(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    if (MARK[text.charCodeAt(i)] === SENTENCE_END) {
      let end = i + 1;
      while (
        end < n &&
        (MARK[text.charCodeAt(end)] === SENTENCE_END || MARK[text.charCodeAt(end)] === CLOSER)
      )
        end++;
      out.push({ start, end });
      start = end;
      i = end;
    } else i++;
  }
  if (start < n && text.slice(start).trim()) out.push({ start, end: n });
  return out;
}

/**
 * The clauses of text[from, to): runs between clause and sentence marks. Quotes and brackets
 * are kept inside the clause they touch, so “…” around a clause does not cut it.
 */
export function clausesOf(text: string, from = 0, to = text.length): Clause[] {
  const out: Clause[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const mark = MARK[text.charCodeAt(i)];
    if (mark === CLAUSE_SEP || mark === SENTENCE_END) {
      if (i > start) out.push({ start, end: i, text: text.slice(start, i), sep: text.charAt(i) });
      start = i + 1;
    }
  }
  if (to > start) out.push({ start, end: to, text: text.slice(start, to), sep: '' });
  return out;
}

/** What bareText drops: quotes, brackets and white space. */
const DROP = (() => {
  const t = new Uint8Array(65536);
  for (const c of '“”‘’「」『』"\'（）()《》〈〉 \t\n\r\u3000\u00a0') t[c.charCodeAt(0)] = 1;
  return t;
})();

/** The clause's words: its text without quotes, brackets and white space. */
export function bareText(s: string): string {
  // most clauses have nothing to drop: one scan, no new string
  let i = 0;
  while (i < s.length && !DROP[s.charCodeAt(i)]) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) if (!DROP[s.charCodeAt(i)]) out += s.charAt(i);
  return out;
}

/** Characters the two strings share at their end. */
export function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Characters the two strings share at their start. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
