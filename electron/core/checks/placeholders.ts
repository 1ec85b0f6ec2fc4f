import type { DraftField, PlaceholderHit } from '../../shared/checks';
import type { Draft } from '../../shared/model';

/**
 * Blanks a template leaves for the user: 20__年, XXX, X月X日, _省, {{slot}}, ____. A draft
 * handed in with one of these still in it is the mistake this check exists for.
 */
const PLACEHOLDER =
  /20[_＿]+年|20[X×Ｘ]{2}年|[X×Ｘ]{1,2}月[X×Ｘ]{1,2}日|[_＿]+[省市县区乡镇村]|[X×Ｘ]{1,2}[省市县区乡镇村]|\{\{[^{}\n]{0,40}(?:\}\})?|[X×Ｘ]{2,}|[_＿]{2,}/gu;

export interface PlaceholderSpan {
  start: number;
  end: number;
  text: string;
}

export function findPlaceholders(text: string): PlaceholderSpan[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** Each field the writer edits, named as the editor names it, in reading order. */
function editedFields(draft: Draft): Array<{ field: DraftField; label: string; text: string }> {
  return [
    { field: { part: 'title' }, label: '标题', text: draft.title },
    { field: { part: 'opening' }, label: '开头', text: draft.opening },
    ...draft.sections.flatMap((s, i) => [
      {
        field: { part: 'heading', sectionId: s.id } as const,
        label: `第${i + 1}节标题`,
        text: s.heading,
      },
      {
        field: { part: 'body', sectionId: s.id } as const,
        label: `第${i + 1}节正文`,
        text: s.body,
      },
    ]),
    { field: { part: 'closing' }, label: '结尾', text: draft.closing },
  ];
}

/** The placeholders left in a draft, each with the field it is in, so the editor can select it. */
export function draftPlaceholders(draft: Draft): PlaceholderHit[] {
  return editedFields(draft).flatMap(({ field, label, text }) =>
    findPlaceholders(text).map((p) => ({ label, text: p.text, field, from: p.start, to: p.end })),
  );
}
