import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { draftToCopyText } from '../../../../electron/core/draft/draft-text';
import { MAX_DRAFT_CHARS } from '../../../../electron/core/draft/draft-size';
import { draftFromTextFile } from '../../../../electron/services/import/draft-file';
import { safetyDraft } from '../../support/fixtures';

const file = (fileName: string, bytes: Uint8Array) => ({
  fileName,
  base64: Buffer.from(bytes).toString('base64'),
});

describe('a text file read back into a draft', () => {
  it('reads the copy 另存为 wrote, saved again as GB18030 by another editor', () => {
    const draft = safetyDraft();
    const bytes = iconv.encode(draftToCopyText(draft, '\r\n'), 'gb18030');
    const back = draftFromTextFile(file('讲话.TXT', bytes));
    expect(back.title).toBe(draft.title);
    expect(back.sections.map((s) => s.heading)).toEqual(draft.sections.map((s) => s.heading));
    expect(back.templateId).toBeNull();
  });

  it.each([
    ['a Word file', '讲话.docx', new TextEncoder().encode('标题'), /只能从文本文件/u],
    ['an empty file', '讲话.txt', new Uint8Array(), /文件是空的/u],
    ['a file of blank lines', '讲话.txt', new TextEncoder().encode('\r\n  \r\n'), /没有.*文字/u],
    [
      'a file larger than any draft',
      '讲话.txt',
      new Uint8Array(MAX_DRAFT_CHARS * 4 + 1).fill(0x61),
      /文件过大/u,
    ],
  ])('refuses %s with a reason', (_name, fileName, bytes, reason) => {
    expect(() => draftFromTextFile(file(fileName, bytes))).toThrow(reason);
  });
});
