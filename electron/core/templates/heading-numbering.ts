import type { Heading } from '../../shared/analysis';
import type { NumberingScheme } from '../../shared/model';
import { normalizePunctuation } from '../draft/punctuation';
import { normPunct } from '../miner/text';
import { NUMBERING_FORMS } from '../numbering-markers';

/** Maps the miner's numbering labels (一、 (一) 第一… 首先) to the schemes drafts number with. */
export function schemeOf(label: string | undefined): NumberingScheme {
  if (!label) return 'none';
  const l = normPunct(label);
  return NUMBERING_FORMS.find((f) => f.named.test(l))?.draft ?? 'none';
}

/** A heading's words without its number, with Chinese punctuation. */
export function headingWords(h: Heading): string {
  const text = h.text.trim();
  const norm = normPunct(text);
  const marker = h.marker ? normPunct(h.marker) : '';
  const words = marker && norm.startsWith(marker) ? text.slice(marker.length) : text;
  return normalizePunctuation(words.replace(/^[，,、：:\s]+/u, ''));
}
