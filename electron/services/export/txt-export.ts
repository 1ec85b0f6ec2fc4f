import iconv from 'iconv-lite';
import { draftToIndentedText } from '../../core/draft/draft-text';
import { withChinesePunctuation } from '../../core/draft/punctuation';
import type { Draft, TxtOptions } from '../../shared/model';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Plain text as Chinese offices expect it: paragraphs indented two full-width spaces, CRLF unless
 * asked otherwise. UTF-8 carries a BOM so Notepad on Chinese Windows reads it right; GB18030
 * (a superset of GBK, every character encodable) goes without one, for older systems that expect
 * the ANSI code page.
 */
export function draftToTxt(draft: Draft, options: TxtOptions): Uint8Array {
  const eol = options.lineEnding === 'lf' ? '\n' : '\r\n';
  const text = draftToIndentedText(withChinesePunctuation(draft), eol);
  if (options.encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM);
  out.set(body, UTF8_BOM.length);
  return out;
}
