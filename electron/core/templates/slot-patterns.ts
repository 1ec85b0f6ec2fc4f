import type { SlotKind } from '../../shared/model';

/** A span of a sentence that varies from one essay to the next. */
export interface SlotSpan {
  start: number;
  end: number;
  kind: SlotKind;
  text: string;
}

interface Pattern {
  kind: SlotKind;
  re: RegExp;
}

/**
 * What changes between essays of one shape, in order of precedence: placeholders first (they are
 * what a 范文 leaves for the writer), then works, dates, places and numbers.
 */
const PATTERNS: Pattern[] = [
  { kind: 'date', re: /(?:20|19)_{1,4}年(?:[X_×\d]{1,2}月(?:[X_×\d]{1,2}日)?)?/gu },
  { kind: 'date', re: /[X×_]{1,2}月[X×_]{1,2}日/gu },
  { kind: 'name', re: /[X×]{2,}|某某|○○/gu },
  { kind: 'place', re: /_{1,4}(?:省|市|县|区|乡|镇|村)/gu },
  { kind: 'work', re: /《[^《》\n]{1,40}》/gu },
  {
    kind: 'date',
    re: /(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)/gu,
  },
  {
    kind: 'number',
    re: /\d+(?:\.\d+)?(?:%|万|亿|个|名|人|户|项|次|家|所|元|亿元|万元|公里|亩)/gu,
  },
];

/** Non-overlapping slot spans of a sentence, earliest first; earlier patterns win overlaps. */
export function findSlotSpans(text: string): SlotSpan[] {
  const taken: SlotSpan[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end, kind, text: m[0] });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
