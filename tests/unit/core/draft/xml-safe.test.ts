import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { xmlSafeDraft, xmlSafeWarnings } from '../../../../electron/core/draft/xml-safe';
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
