import type { Draft } from '../../shared/model';
import { AppFailure } from '../../shared/result';

/**
 * The most text one draft may hold, every field counted. A long report runs to 20,000
 * characters; far beyond this is a paste gone wrong, and every save rewrites the whole file.
 */
export const MAX_DRAFT_CHARS = 500_000;

const sizeOf = (d: Pick<Draft, 'title' | 'opening' | 'closing' | 'sections'>): number =>
  d.title.length +
  d.opening.length +
  d.closing.length +
  d.sections.reduce((n, s) => n + s.heading.length + s.body.length, 0);

/** Refuses a draft over MAX_DRAFT_CHARS with a message the writer can act on. */
export function assertDraftSize(
  d: Pick<Draft, 'title' | 'opening' | 'closing' | 'sections'>,
): void {
  const size = sizeOf(d);
  if (size > MAX_DRAFT_CHARS) {
    throw new AppFailure(
      'too_large',
      `草稿过长:全文 ${size.toLocaleString('zh-CN')} 字,一篇草稿最多 ${MAX_DRAFT_CHARS.toLocaleString('zh-CN')} 字。请把内容分成几篇草稿。`,
    );
  }
}
