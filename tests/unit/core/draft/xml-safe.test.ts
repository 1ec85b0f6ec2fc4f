import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { xmlSafeDraft, xmlSafeWarnings } from '../../../../electron/core/draft/xml-safe';
import { importedFileName, exportFileName } from '../../../../electron/core/draft/file-name';
import { draftToDocx } from '../../../../electron/services/export/docx-export';
import { safetyDraft } from '../../support/fixtures';

const HOSTILE = '安全\uFFFE生产\uFFFF责任\u0000重于\u0007泰山\uD800,\uDFFF不能松懈\u001B。';

describe('xmlSafeDraft', () => {
  it('removes what XML cannot hold and counts it; keeps tabs, line breaks and emoji', () => {
    const { draft, removed } = xmlSafeDraft(
      safetyDraft({ title: `标题\u0008`, opening: `第一段\t甲\n第二段😀`, closing: HOSTILE }),
    );
    expect(draft.title).toBe('标题');
    expect(draft.opening).toBe('第一段\t甲\n第二段😀');
    expect(draft.closing).toBe('安全生产责任重于泰山,不能松懈。');
    expect(removed).toBe(8);
    expect(xmlSafeWarnings(removed).join('')).toContain('8 个字符');
    expect(xmlSafeWarnings(0)).toEqual([]);
  });

  it('gives a .docx whose document.xml is well-formed XML', async () => {
    const { draft } = xmlSafeDraft(safetyDraft({ closing: HOSTILE }));
    const zip = await JSZip.loadAsync(await draftToDocx(draft, {}));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('安全生产责任重于泰山');
    // What XML 1.0 forbids, none of it; and no replacement characters either.
    // eslint-disable-next-line no-control-regex -- these control characters are what is checked
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uFFFD]/u);
    expect(new DOMParserLike(xml).wellFormed()).toBe(true);
  });
});

/** Enough of an XML check for this: every tag closes in order. */
class DOMParserLike {
  constructor(private readonly xml: string) {}
  wellFormed(): boolean {
    const stack: string[] = [];
    for (const m of this.xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/gu)) {
      const [, close, name = '', selfClosing] = m;
      if (selfClosing) continue;
      if (close) {
        if (stack.pop() !== name) return false;
      } else stack.push(name);
    }
    return stack.length === 0;
  }
}

describe('file names', () => {
  it.each([
    { title: '学习心得\u202Etxt.exe', expected: '学习心得txt.exe.docx' },
    { title: '\u2066安全\u2069生产\u200F讲话', expected: '安全生产讲话.docx' },
    { title: '讲话稿\u0000终稿', expected: '讲话稿终稿.docx' },
    { title: 'CON', expected: 'CON_.docx' },
    { title: '心得体会...', expected: '心得体会.docx' },
    { title: `${'字'.repeat(59)}😀尾`, expected: `${'字'.repeat(59)}.docx` },
  ])('export: $title → $expected', ({ title, expected }) => {
    expect(exportFileName(title, 'docx')).toBe(expected);
  });

  it.each([
    { raw: 'C:\\Users\\李明\\桌面\\心得.txt', expected: '心得.txt' },
    { raw: '/home/li/范文/讲话稿.docx', expected: '讲话稿.docx' },
    { raw: '学习\u202Etxt.exe', expected: '学习txt.exe' },
    { raw: '心得\u0000.txt', expected: '心得.txt' },
    { raw: '\u200B\u2066', expected: '未命名文件' },
  ])('import: $raw → $expected', ({ raw, expected }) => {
    expect(importedFileName(raw)).toBe(expected);
  });
});
