import type { Draft } from '../../shared/model';
import { draftBlocks } from './draft-text';

/** Two ideographic spaces: how Chinese plain text marks a paragraph. */
const PARAGRAPH_INDENT = '\u3000\u3000';

/** Plain text as Chinese offices paste and print it: the title flush, every paragraph indented. */
export function draftToIndentedText(draft: Draft, eol: string): string {
  return draftBlocks(draft)
    .filter((b) => b.text.length > 0)
    .map((b) => (b.kind === 'title' ? b.text : PARAGRAPH_INDENT + b.text))
    .map((line) => line + eol)
    .join('');
}
