/**
 * Numbering markers at the start of a sentence: which scheme, which ordinal. Schemes are what
 * levels are built from: the same scheme is a sibling, a new scheme inside an item nests.
 */

export interface Marker {
  /** Scheme key, e.g. 'cn、', '(cn)', 'num、', 'cn是', 'seq'. */
  scheme: string;
  /** Display form of the scheme for Analysis.numbering, e.g. '一、', '(一)', '首先'. */
  label: string;
  /** 1-based; 0 means "the last one" (最后, 最终). */
  ordinal: number;
  /** The marker as written. */
  text: string;
  /** True for schemes that only count at the start of a line (一、 1、 (一)...). */
  lineOnly: boolean;
}

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

const CN = '[一二三四五六七八九十]{1,3}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface Rule {
  re: RegExp;
  scheme: string;
  label: string;
  lineOnly: boolean;
  ordinal: (m: RegExpExecArray) => number;
}

const num = (m: RegExpExecArray): number => Number(m[1]);
const cn = (m: RegExpExecArray): number => cnNumber(m[1] ?? '');

const SEQ_ORDINALS: Record<string, number> = {
  首先: 1,
  其次: 2,
  再次: 3,
  再者: 3,
  然后: 3,
  最后: 0,
};
const TIME_ORDINALS: Record<string, number> = { 起初: 1, 最初: 1, 后来: 2, 最终: 0, 如今: 0 };
const QI_ORDINALS: Record<string, number> = { 其一: 1, 其二: 2, 其三: 3, 其四: 4, 其五: 5 };

// Input punctuation is normalised (ASCII → full-width) before these rules run.
const RULES: Rule[] = [
  {
    re: new RegExp(`^(${CN})[、．.]`, 'u'),
    scheme: 'cn、',
    label: '一、',
    lineOnly: true,
    ordinal: cn,
  },
  {
    re: new RegExp(`^（(${CN})）`, 'u'),
    scheme: '(cn)',
    label: '(一)',
    lineOnly: true,
    ordinal: cn,
  },
  { re: /^（(\d{1,2})）/u, scheme: '(num)', label: '(1)', lineOnly: true, ordinal: num },
  { re: /^(\d{1,2})、/u, scheme: 'num、', label: '1、', lineOnly: true, ordinal: num },
  { re: /^(\d{1,2})[.．](?![\d%])/u, scheme: 'num.', label: '1.', lineOnly: true, ordinal: num },
  { re: /^(\d{1,2})）/u, scheme: 'num)', label: '1)', lineOnly: true, ordinal: num },
  {
    re: new RegExp(`^([${CIRCLED}])`, 'u'),
    scheme: 'circled',
    label: '①',
    lineOnly: true,
    ordinal: (m) => CIRCLED.indexOf(m[1] ?? '') + 1,
  },
  {
    re: new RegExp(
      `^第(${CN})(?:[、，：]|是|个方面|方面|点|条|步|层|个\\p{Script=Han}{1,2}[，、：])`,
      'u',
    ),
    scheme: '第cn',
    label: '第一',
    lineOnly: false,
    ordinal: cn,
  },
  {
    re: new RegExp(`^(${CN})(?:是|要|方面|则|来|靠|抓|在于|看|个是)(?![一-龥]?[、，])`, 'u'),
    scheme: 'cn是',
    label: '一是',
    lineOnly: false,
    ordinal: cn,
  },
  {
    re: /^(其[一二三四五])[，、：是]/u,
    scheme: '其一',
    label: '其一',
    lineOnly: false,
    ordinal: (m) => QI_ORDINALS[m[1] ?? ''] ?? -1,
  },
  {
    re: /^(首先|其次|再次|再者|然后|最后)(?![的一个次])/u,
    scheme: 'seq',
    label: '首先',
    lineOnly: false,
    ordinal: (m) => SEQ_ORDINALS[m[1] ?? ''] ?? -1,
  },
  {
    re: /^(起初|最初|后来|最终|如今)[，,]/u,
    scheme: 'time',
    label: '起初',
    lineOnly: true,
    ordinal: (m) => TIME_ORDINALS[m[1] ?? ''] ?? -1,
  },
];

/** The marker a (punctuation-normalised) sentence starts with, if any. */
export function matchMarker(norm: string): Marker | null {
  for (const r of RULES) {
    const m = r.re.exec(norm);
    if (!m) continue;
    const ordinal = r.ordinal(m);
    if (ordinal < 0) continue;
    let text = m[0];
    // "一是" keeps only the number and its particle; the rest of the match was look-ahead context
    if (r.scheme === '第cn' && /[是方点条步层]$/u.test(text) && !/[、，：]$/u.test(text)) {
      text = text.replace(/(是|个方面|方面|点|条|步|层)$/u, '');
    }
    // "第一个词，": the counted word is the heading's own
    if (r.scheme === '第cn' && /个\p{Script=Han}{1,2}[，、：]$/u.test(text)) {
      text = text.replace(/个\p{Script=Han}{1,2}[，、：]$/u, '');
    }
    const label = labelFor(r, text);
    const scheme = r.scheme === 'cn是' || r.scheme === 'cn、' ? label : r.scheme;
    return { scheme, label, ordinal, text, lineOnly: r.lineOnly };
  }
  return null;
}

function labelFor(r: Rule, text: string): string {
  if (r.scheme === 'cn是') return '一' + text.replace(/^[一二三四五六七八九十]+/u, '');
  if (r.scheme === '第cn') return '第一' + text.replace(/^第[一二三四五六七八九十]+/u, '');
  if (r.scheme === 'cn、') return '一' + text.slice(-1).replace('．', '.');
  return r.label;
}
