import type { Draft } from '../../shared/model';
import { ASCII_TO_FULL_WIDTH } from '../full-width';

/**
 * Chinese punctuation for text typed or pasted with an English keyboard layout: the seed essays
 * and many web pages use ASCII , ; : ! ? ( ) " ' where a Chinese document wants full-width marks.
 * Only marks touching Chinese text change, so 1,000, 10:30, URLs and English phrases survive.
 */

/** Han characters and the marks that only occur in Chinese text (CJK, full-width, curly quotes). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\u2018\u2019\u201c\u201d\u2026\u2014]/u;
const HAN = /\p{Script=Han}/u;
const SPACE = /[ \t]/u;
const ALNUM = /[A-Za-z0-9]/u;

const isChinese = (ch: string | undefined): boolean => ch !== undefined && CHINESE.test(ch);

/** The nearest character before `i` (or from `i` on) that is not a space or tab. */
function neighbour(chars: readonly string[], i: number, step: -1 | 1): string | undefined {
  let j = i + step;
  while (j >= 0 && j < chars.length && SPACE.test(chars[j] ?? '')) j += step;
  return chars[j];
}

/**
 * Which parentheses become full-width: a matched pair changes as one, so （…) never happens, when
 * it holds Han or touches Chinese on its outside (人工智能(AI) → 人工智能（AI）).
 */
function parenthesesToConvert(chars: readonly string[]): Set<number> {
  const convert = new Set<number>();
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  chars.forEach((ch, i) => {
    if (ch === '(') open.push(i);
    else if (ch === ')') {
      const start = open.pop();
      if (start === undefined) {
        if (isChinese(neighbour(chars, i, -1)) || isChinese(neighbour(chars, i, 1))) convert.add(i);
      } else pairs.push([start, i]);
    }
  });
  for (const i of open) {
    if (isChinese(neighbour(chars, i, -1)) || isChinese(neighbour(chars, i, 1))) convert.add(i);
  }
  for (const [start, end] of pairs) {
    const inside = chars.slice(start + 1, end).some((c) => HAN.test(c));
    if (inside || isChinese(neighbour(chars, start, -1)) || isChinese(neighbour(chars, end, 1))) {
      convert.add(start).add(end);
    }
  }
  return convert;
}

/** , ; : ! ? ( ) touching Chinese become full-width, and the spaces around them go. */
function fullWidthMarks(line: string): string {
  const chars = Array.from(line);
  const parens = parenthesesToConvert(chars);
  const converted = new Set<number>();
  chars.forEach((ch, i) => {
    if (ch === '(' || ch === ')') {
      if (parens.has(i)) converted.add(i);
    } else if (ch in ASCII_TO_FULL_WIDTH) {
      if (isChinese(neighbour(chars, i, -1)) || isChinese(neighbour(chars, i, 1))) converted.add(i);
    }
  });
  if (converted.size === 0) return line;
  const drop = new Set<number>();
  for (const i of converted) {
    for (let j = i - 1; j >= 0 && SPACE.test(chars[j] ?? ''); j--) drop.add(j);
    for (let j = i + 1; j < chars.length && SPACE.test(chars[j] ?? ''); j++) drop.add(j);
  }
  return chars
    .map((ch, i) => (drop.has(i) ? '' : converted.has(i) ? (ASCII_TO_FULL_WIDTH[ch] ?? ch) : ch))
    .join('');
}

/**
 * Pairs straight quotes in order, continuing any curly quote already open; an opener left without
 * its partner stays straight rather than guessing where it ends.
 */
function pairQuotes(
  chars: string[],
  straight: string,
  [left, right]: readonly [string, string],
  isApostrophe: (i: number) => boolean,
): void {
  let openAt = -1;
  let open = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === left || ch === right) {
      open = ch === left;
      openAt = -1;
    } else if (ch === straight && !isApostrophe(i)) {
      chars[i] = open ? right : left;
      openAt = open ? -1 : i;
      open = !open;
    }
  }
  if (openAt >= 0) chars[openAt] = straight;
}

function curlyQuotes(line: string): string {
  if (!HAN.test(line) || !/["']/u.test(line)) return line;
  const chars = Array.from(line);
  pairQuotes(chars, '"', ['\u201c', '\u201d'], () => false);
  // don't, it's: a quote between two Latin letters or digits is an apostrophe.
  const apostrophe = (i: number): boolean =>
    ALNUM.test(chars[i - 1] ?? '') && ALNUM.test(chars[i + 1] ?? '');
  pairQuotes(chars, "'", ['\u2018', '\u2019'], apostrophe);
  return chars.join('');
}

/** One line (paragraph) of text with Chinese punctuation; lines are handled separately. */
export function normalizePunctuation(text: string): string {
  return text
    .split('\n')
    .map((line) => fullWidthMarks(curlyQuotes(line)))
    .join('\n');
}

/** The draft as exported: every part with Chinese punctuation; ids, levels and numbering kept. */
export function withChinesePunctuation(draft: Draft): Draft {
  return {
    ...draft,
    title: normalizePunctuation(draft.title),
    opening: normalizePunctuation(draft.opening),
    sections: draft.sections.map((s) => ({
      ...s,
      heading: normalizePunctuation(s.heading),
      body: normalizePunctuation(s.body),
    })),
    closing: normalizePunctuation(draft.closing),
  };
}
