import { draftBlocks } from '../../core/draft/draft-text';
import type { Draft, TxtOptions } from '../../shared/model';
import { AppFailure } from '../../shared/result';

const INDENT = '\u3000\u3000';

/** Plain text as Chinese offices expect it: UTF-8 with BOM, paragraphs indented two full-width spaces. */
export function draftToTxt(draft: Draft, options: TxtOptions): Uint8Array {
  const eol = options.lineEnding === 'lf' ? '\n' : '\r\n';
  const text = draftBlocks(draft)
    .filter((b) => b.text.length > 0)
    .map((b) => (b.kind === 'title' ? b.text : INDENT + b.text))
    .join(eol);
  if (options.encoding === 'gb18030') {
    throw new AppFailure('not_implemented', '暂不支持导出 GB18030 编码,请选择 UTF-8');
  }
  const body = new TextEncoder().encode(text + eol);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
