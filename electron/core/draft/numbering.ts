import type { Draft, NumberingScheme } from '../../shared/model';
import { NUMBERING_FORMS } from '../numbering-markers';

/*
 * The renderer imports this module's values directly to show each heading's marker while it is
 * edited (an explicit exception in eslint.config.mjs), so it stays pure and imports only types
 * and the pure table of numbering markers.
 */

/** Every numbering a level can take, in the order the editor offers them. */
export const NUMBERING_SCHEMES = [
  'none',
  '一、',
  '(一)',
  '1.',
  '1、',
  '(1)',
  '①',
  '一是',
  '第一',
  '其一',
  '首先',
] as const satisfies readonly NumberingScheme[];

/** Ordinal words of a 首先/其次 run; past the fourth, a run continues with 此外. */
const SEQUENCE_WORDS = ['首先', '其次', '再次', '最后'];

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`;
}

/** The marker before the n-th (1-based) heading numbered with `scheme`; full-width punctuation. */
export function numberMarker(scheme: NumberingScheme, n: number): string {
  switch (scheme) {
    case 'none':
      return '';
    case '一、':
      return `${chineseNumeral(n)}、`;
    case '(一)':
      return `（${chineseNumeral(n)}）`;
    case '1.':
      return `${n}.`;
    case '1、':
      return `${n}、`;
    case '(1)':
      return `（${n}）`;
    case '①':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `（${n}）`;
    case '一是':
      return `${chineseNumeral(n)}是`;
    case '其一':
      return `其${chineseNumeral(n)}，`;
    case '首先':
      return `${SEQUENCE_WORDS[n - 1] ?? '此外'}，`;
    case '第一':
      return `第${chineseNumeral(n)}，`;
  }
}

/** Each section's marker (一、 （一） 1. …), counted per level and restarted under a new parent. */
export function sectionMarkers(draft: Pick<Draft, 'sections' | 'numbering'>): string[] {
  const counters: number[] = [];
  return draft.sections.map((s) => {
    const depth = Math.max(1, s.level);
    counters.length = depth;
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
    for (let i = 0; i < depth - 1; i++) counters[i] ??= 1;
    const scheme: NumberingScheme = draft.numbering[depth - 1] ?? 'none';
    return numberMarker(scheme, counters[depth - 1] ?? 1);
  });
}

/** Splits a leading numbering marker off a heading line. */
export function stripMarker(line: string): { scheme: NumberingScheme; rest: string } {
  for (const { onHeadingLine, draft } of NUMBERING_FORMS) {
    const m = draft && onHeadingLine?.exec(line);
    if (m) return { scheme: draft, rest: line.slice(m[0].length) };
  }
  return { scheme: 'none', rest: line };
}
