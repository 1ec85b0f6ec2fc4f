import type { Heading } from '../../shared/analysis';
import type { NumberingScheme } from '../../shared/model';
import { normalizePunctuation } from '../draft/punctuation';
import { normPunct } from '../miner/text';

/** Maps the miner's numbering labels (一、 (一) 第一… 首先) to the schemes drafts number with. */
export function schemeOf(label: string | undefined): NumberingScheme {
  if (!label) return 'none';
  const l = normPunct(label).replace(/（/gu, '(').replace(/）/gu, ')');
  if (/^[一二三四五六七八九十]+[、.．]/u.test(l)) return '一、';
  if (/^\([一二三四五六七八九十]+\)/u.test(l)) return '(一)';
  if (/^\(\d+\)/u.test(l) || /^\d+\)/u.test(l)) return '(1)';
  if (/^\d+、/u.test(l)) return '1、';
  if (/^\d+[.．]/u.test(l)) return '1.';
  if (/^[①-⑳]/u.test(l)) return '①';
  if (/^[一二三四五六七八九十]+是/u.test(l)) return '一是';
  if (/^第[一二三四五六七八九十]+/u.test(l)) return '第一';
  if (/^其[一二三四五六七八九十]/u.test(l)) return '其一';
  if (/^(首先|其次|再次|最后|起初|后来|最终)/u.test(l)) return '首先';
  return 'none';
}

/** A heading's words without its number, with Chinese punctuation. */
export function headingWords(h: Heading): string {
  const text = h.text.trim();
  const norm = normPunct(text);
  const marker = h.marker ? normPunct(h.marker) : '';
  const words = marker && norm.startsWith(marker) ? text.slice(marker.length) : text;
  return normalizePunctuation(words.replace(/^[，,、：:\s]+/u, ''));
}
