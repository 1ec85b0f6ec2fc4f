import { decodeBytes } from '../../core/decode';
import { MAX_DRAFT_CHARS } from '../../core/draft/draft-size';
import { readDraftText } from '../../core/draft/text-to-draft';
import type { Draft, InputFile } from '../../shared/model';
import { AppFailure } from '../../shared/result';

/** A draft's most characters, at the most bytes a character takes (GB18030, UTF-8 past the BMP). */
const MAX_DRAFT_FILE_BYTES = MAX_DRAFT_CHARS * 4;

/**
 * A text file read back into a draft: the copy 另存为 makes when the library cannot be reached,
 * or any plain text with its title on the first line and numbered headings on lines of their own.
 */
export function draftFromTextFile(file: InputFile): Omit<Draft, 'id' | 'createdAt' | 'updatedAt'> {
  if (!/\.txt$/iu.test(file.fileName)) {
    throw new AppFailure('unsupported_input', '只能从文本文件(.txt)新建草稿。');
  }
  const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
  if (bytes.length > MAX_DRAFT_FILE_BYTES) {
    throw new AppFailure(
      'too_large',
      `文件过大:一篇草稿最多 ${MAX_DRAFT_CHARS.toLocaleString('zh-CN')} 字。请把内容分成几篇草稿。`,
    );
  }
  const parts = readDraftText(decodeBytes(bytes).text);
  if (parts.title === '') throw new AppFailure('unsupported_input', '文件里没有文字。');
  return { ...parts, templateId: null };
}
