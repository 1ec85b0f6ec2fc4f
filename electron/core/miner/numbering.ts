import { NUMBERING_FORMS } from '../numbering-markers';

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

/** The marker a (punctuation-normalised) sentence starts with, if any. */
export function matchMarker(norm: string): Marker | null {
  for (const form of NUMBERING_FORMS) {
    const m = form.inText.exec(norm);
    if (!m) continue;
    const ordinal = form.ordinal(m[1] ?? '');
    if (ordinal < 0) continue;
    let text = m[0];
    // "一是" keeps only the number and its particle; the rest of the match was look-ahead context
    if (form.key === '第cn' && /[是方点条步层]$/u.test(text) && !/[、，：]$/u.test(text)) {
      text = text.replace(/(是|个方面|方面|点|条|步|层)$/u, '');
    }
    // "第一个词，": the counted word is the heading's own
    if (form.key === '第cn' && /个\p{Script=Han}{1,2}[，、：]$/u.test(text)) {
      text = text.replace(/个\p{Script=Han}{1,2}[，、：]$/u, '');
    }
    const label = labelFor(form.key, form.label, text);
    const scheme = form.key === 'cn是' || form.key === 'cn、' ? label : form.key;
    return { scheme, label, ordinal, text, lineOnly: form.lineOnly };
  }
  return null;
}

function labelFor(key: string, label: string, text: string): string {
  if (key === 'cn是') return '一' + text.replace(/^[一二三四五六七八九十]+/u, '');
  if (key === '第cn') return '第一' + text.replace(/^第[一二三四五六七八九十]+/u, '');
  if (key === 'cn、') return '一' + text.slice(-1).replace('．', '.');
  return label;
}
