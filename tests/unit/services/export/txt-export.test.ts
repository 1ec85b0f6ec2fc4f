import { describe, expect, it } from 'vitest';
import { draftToTxt } from '../../../../electron/services/export/txt-export';
import type { Draft, TxtOptions } from '../../../../electron/shared/model';
import { safetyDraft } from '../../support/fixtures';

const INDENT = '\u3000\u3000';

const teacherDraft = (): Draft =>
  safetyDraft({
    title: '参加骨干教师培训的心得体会',
    opening: '今年暑假，我参加了全市骨干教师培训班。',
    sections: [
      {
        id: 's1',
        level: 1,
        heading: '更新了教育理念',
        body: '专家讲座让我认识到，教师要从“教书”走向“育人”。',
      },
    ],
    closing: '我将把所学用到课堂上。',
    numbering: ['一、'],
  });

/** The bytes after the BOM, decoded. */
const decoded = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));

describe('draftToTxt', () => {
  it('starts with the UTF-8 byte order mark, so Notepad on Chinese Windows reads it right', () => {
    const bytes = draftToTxt(teacherDraft(), {});
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decoded(bytes).startsWith('参加骨干教师培训的心得体会')).toBe(true);
  });

  it.each<{ options: TxtOptions; eol: string }>([
    { options: {}, eol: '\r\n' },
    { options: { lineEnding: 'crlf' }, eol: '\r\n' },
    { options: { lineEnding: 'lf' }, eol: '\n' },
  ])('ends lines with $eol for $options', ({ options, eol }) => {
    const text = decoded(draftToTxt(teacherDraft(), options));
    expect(text).toBe(
      [
        '参加骨干教师培训的心得体会',
        `${INDENT}今年暑假，我参加了全市骨干教师培训班。`,
        `${INDENT}一、更新了教育理念`,
        `${INDENT}专家讲座让我认识到，教师要从“教书”走向“育人”。`,
        `${INDENT}我将把所学用到课堂上。`,
        '',
      ].join(eol),
    );
    if (eol === '\n') expect(text).not.toContain('\r');
    else expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('indents every paragraph of a longer draft with two ideographic spaces, never the title', () => {
    const lines = decoded(draftToTxt(safetyDraft(), { lineEnding: 'lf' }))
      .split('\n')
      .filter((l) => l !== '');
    expect(lines[0]).toBe('在全县安全生产工作会议上的讲话');
    expect(lines).toHaveLength(11);
    for (const line of lines.slice(1)) {
      expect(line.startsWith(INDENT)).toBe(true);
      expect(line.slice(2).startsWith('\u3000')).toBe(false);
    }
  });

  it('writes GB18030 without a BOM when asked', () => {
    const bytes = draftToTxt(teacherDraft(), { encoding: 'gb18030' });
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(decoded(draftToTxt(teacherDraft(), {})));
  });
});
