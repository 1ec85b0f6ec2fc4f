import type { Draft } from '../../shared/model';

/**
 * What XML 1.0, and so a .docx, cannot hold: control characters other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE and U+FFFF. Word refuses a file with any of them.
 * (C1 controls are legal XML but never meant in a draft: they go too.)
 */
const XML_ILLEGAL = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

/** The draft without XML-illegal characters, and how many were removed. */
export function xmlSafeDraft(draft: Draft): { draft: Draft; removed: number } {
  let removed = 0;
  const clean = (s: string): string =>
    s.replace(XML_ILLEGAL, () => {
      removed++;
      return '';
    });
  const safe: Draft = {
    ...draft,
    title: clean(draft.title),
    opening: clean(draft.opening),
    closing: clean(draft.closing),
    sections: draft.sections.map((s) => ({ ...s, heading: clean(s.heading), body: clean(s.body) })),
  };
  return { draft: safe, removed };
}

/** The export's warning about removed characters; none when nothing was removed. */
export const xmlSafeWarnings = (removed: number): string[] =>
  removed === 0
    ? []
    : [`有 ${removed} 个字符无法写入 Word 文件(控制字符或残缺的字符),导出时已删去`];
