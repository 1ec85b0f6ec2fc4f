import type { NumberingScheme } from '../shared/model';

/*
 * The one table of numbering markers (一、 （一） 1. 1、 （1） ① 一是 第一 其一 首先 …). Three readers
 * take their view of it: the miner finds markers in running text (core/miner/numbering), a draft
 * splits a marker off a heading line (core/draft/numbering), and a template maps a mined marker to
 * the scheme drafts number with (core/templates/heading-numbering). Adding a numbering form means
 * adding a row here. The renderer bundles this module through core/draft/numbering, so it stays
 * pure and imports only types.
 */

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一..九十九 as a number, or -1. */
export function cnNumber(s: string): number {
  if (s.length === 0) return -1;
  if (s === '十') return 10;
  const tenIdx = s.indexOf('十');
  if (tenIdx < 0) {
    if (s.length !== 1) return -1;
    return CN_DIGITS[s] ?? -1;
  }
  const tens = tenIdx === 0 ? 1 : (CN_DIGITS[s.slice(0, tenIdx)] ?? -1);
  const unitStr = s.slice(tenIdx + 1);
  const units = unitStr.length === 0 ? 0 : (CN_DIGITS[unitStr] ?? -1);
  if (tens < 0 || units < 0 || unitStr.length > 1) return -1;
  return tens * 10 + units;
}

const CN = '([一二三四五六七八九十]{1,3})';
const NUM = '(\\d{1,2})';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
// Both widths: the miner reads punctuation-normalised text (full-width), a draft reads lines as typed.
const OPEN = '[（(]';
const CLOSE = '[)）]';

const SEQUENCE_ORDINALS: Record<string, number> = {
  首先: 1,
  其次: 2,
  再次: 3,
  再者: 3,
  然后: 3,
  最后: 0,
};
const TIME_ORDINALS: Record<string, number> = { 起初: 1, 最初: 1, 后来: 2, 最终: 0, 如今: 0 };

const byCn = cnNumber;
const byDigits = (n: string): number => Number(n);
const byWord =
  (ordinals: Record<string, number>) =>
  (word: string): number =>
    ordinals[word] ?? -1;

/** 一是 and its kin (一要, 一看 …) number a point, not the verb of a list of short items (一看房、二看粮). */
const CN_PARTICLE_END = '(?![一-龥]?[、，])';
const SEQUENCE_END = '(?![的一个次])';

interface FormRow {
  /** The miner's scheme key: the same key is a sibling, a new key inside an item nests. */
  key: string;
  /** Display form of the scheme for Analysis.numbering, e.g. '一、', '(一)', '首先'. */
  label: string;
  /** The marker itself, its number (or ordinal word) in group 1. */
  marker: string;
  /** What must follow the marker in running text for the miner to take it; may consume it. */
  inText?: string;
  /**
   * What must follow the marker for a draft to split it off a heading line. Absent where a draft
   * keeps the marker in the line's words, as it always has for 1) ① 其一 首先 起初: taking them
   * as headings would change how text files already written read back. Narrower than `inText`
   * where running text reads more into it: 第一 needs its punctuation, so that 第一次… stays a
   * paragraph.
   */
  onHeadingLine?: string;
  /** The scheme a draft numbers a heading of this form with; absent where no draft scheme writes it. */
  draft?: NumberingScheme;
  /** True for forms that only count at the start of a line (一、 1、 (一)...). */
  lineOnly: boolean;
  /** 1-based, from group 1; 0 means "the last one" (最后, 最终); -1 rejects the match. */
  ordinal: (n: string) => number;
}

// Each reader takes the first row that matches; no two rows match the same text.
const ROWS: FormRow[] = [
  {
    key: 'cn、',
    label: '一、',
    marker: `${CN}[、．.]`,
    onHeadingLine: '',
    draft: '一、',
    lineOnly: true,
    ordinal: byCn,
  },
  {
    key: '(cn)',
    label: '(一)',
    marker: `${OPEN}${CN}${CLOSE}`,
    onHeadingLine: '',
    draft: '(一)',
    lineOnly: true,
    ordinal: byCn,
  },
  {
    key: '(num)',
    label: '(1)',
    marker: `${OPEN}${NUM}${CLOSE}`,
    onHeadingLine: '',
    draft: '(1)',
    lineOnly: true,
    ordinal: byDigits,
  },
  {
    key: 'num、',
    label: '1、',
    marker: `${NUM}、`,
    onHeadingLine: '',
    draft: '1、',
    lineOnly: true,
    ordinal: byDigits,
  },
  {
    key: 'num.',
    label: '1.',
    // not a decimal (1.5万); in running text not a percentage either
    marker: `${NUM}[.．](?!\\d)`,
    inText: '(?!%)',
    onHeadingLine: '',
    draft: '1.',
    lineOnly: true,
    ordinal: byDigits,
  },
  {
    key: 'num)',
    label: '1)',
    marker: `${NUM}${CLOSE}`,
    draft: '(1)',
    lineOnly: true,
    ordinal: byDigits,
  },
  {
    key: 'circled',
    label: '①',
    marker: `([${CIRCLED}])`,
    draft: '①',
    lineOnly: true,
    ordinal: (n) => CIRCLED.indexOf(n) + 1,
  },
  {
    key: '第cn',
    label: '第一',
    marker: `第${CN}`,
    inText: '(?:[、，：]|是|个方面|方面|点|条|步|层|个\\p{Script=Han}{1,2}[，、：])',
    onHeadingLine: '[，,、]',
    draft: '第一',
    lineOnly: false,
    ordinal: byCn,
  },
  {
    key: 'cn是',
    label: '一是',
    marker: `${CN}是`,
    inText: CN_PARTICLE_END,
    onHeadingLine: '',
    draft: '一是',
    lineOnly: false,
    ordinal: byCn,
  },
  // the miner's kin of 一是; drafts write only 是
  {
    key: 'cn是',
    label: '一是',
    marker: `${CN}(?:要|方面|则|来|靠|抓|在于|看|个是)`,
    inText: CN_PARTICLE_END,
    lineOnly: false,
    ordinal: byCn,
  },
  {
    key: '其一',
    label: '其一',
    marker: '其([一二三四五])',
    inText: '[，、：是]',
    draft: '其一',
    lineOnly: false,
    ordinal: byCn,
  },
  // the words a draft's 首先 run writes, then the miner's other words of the same run
  {
    key: 'seq',
    label: '首先',
    marker: '(首先|其次|再次|最后)',
    inText: SEQUENCE_END,
    draft: '首先',
    lineOnly: false,
    ordinal: byWord(SEQUENCE_ORDINALS),
  },
  {
    key: 'seq',
    label: '首先',
    marker: '(再者|然后)',
    inText: SEQUENCE_END,
    lineOnly: false,
    ordinal: byWord(SEQUENCE_ORDINALS),
  },
  // a story told in time: drafts number it as a 首先 run; 最初 and 如今 stay the miner's only
  {
    key: 'time',
    label: '起初',
    marker: '(起初|后来|最终)',
    inText: '[，,]',
    draft: '首先',
    lineOnly: true,
    ordinal: byWord(TIME_ORDINALS),
  },
  {
    key: 'time',
    label: '起初',
    marker: '(最初|如今)',
    inText: '[，,]',
    lineOnly: true,
    ordinal: byWord(TIME_ORDINALS),
  },
];

export interface NumberingForm extends Omit<FormRow, 'marker' | 'inText' | 'onHeadingLine'> {
  /** The marker and what must follow it in running text. */
  inText: RegExp;
  /** The marker and the spaces after it on a draft's heading line, or null where drafts keep it. */
  onHeadingLine: RegExp | null;
  /** The marker alone: what a mined label or marker text starts with. */
  named: RegExp;
}

/** Every numbering form, each with the pattern each reader matches it by. */
export const NUMBERING_FORMS: readonly NumberingForm[] = ROWS.map(
  ({ marker, inText = '', onHeadingLine, ...row }) => ({
    ...row,
    inText: new RegExp(`^(?:${marker})${inText}`, 'u'),
    onHeadingLine:
      onHeadingLine === undefined ? null : new RegExp(`^(?:${marker})${onHeadingLine}\\s*`, 'u'),
    named: new RegExp(`^(?:${marker})`, 'u'),
  }),
);
