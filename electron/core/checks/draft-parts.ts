import type { Draft } from '../../shared/model';
import { draftBlocks, paragraphsOf } from '../draft/draft-text';

/** One part of a draft as the report counts it: the title, the opening, a section, the closing. */
export interface DraftPart {
  label: string;
  /** Index into draft.sections, for a section. */
  section: number | null;
  /** The part's lines in the draft's plain text, with their offsets there. */
  lines: Array<{ start: number; text: string }>;
}

/**
 * The draft's parts with offsets into draftToText(draft). Walks draftBlocks, the one place that
 * decides how a draft reads as text, so the offsets follow it: each section opens with one block
 * that is its heading, or the paragraph its inline heading leads.
 */
export function draftParts(draft: Draft): DraftPart[] {
  const blocks = draftBlocks(draft);
  const openingCount = paragraphsOf(draft.opening).length;
  const closingFrom = blocks.length - paragraphsOf(draft.closing).length;
  const parts: DraftPart[] = [
    { label: '标题', section: null, lines: [] },
    { label: '开头', section: null, lines: [] },
  ];
  const closing: DraftPart = { label: '结尾', section: null, lines: [] };
  let section = -1;
  let at = 0;
  blocks.forEach((b, i) => {
    let part: DraftPart | undefined;
    if (i === 0) part = parts[0];
    else if (i <= openingCount) part = parts[1];
    else if (i >= closingFrom) part = closing;
    else if (b.kind === 'heading' || b.lead !== undefined || section < 0) {
      section++;
      const heading = b.lead ?? b.text;
      part = { label: heading.trim() ? heading : `第${section + 1}节`, section, lines: [] };
      parts.push(part);
    } else part = parts.at(-1);
    // draftToText skips empty blocks and joins the rest with "\n"
    if (b.text.length === 0 || !part) return;
    if (at > 0) at += 1;
    part.lines.push({ start: at, text: b.text });
    at += b.text.length;
  });
  parts.push(closing);
  return parts;
}
