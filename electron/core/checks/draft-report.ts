import type { DraftReport, OverlapReport, SectionCount } from '../../shared/checks';
import type { Draft } from '../../shared/model';
import { countChars, draftToText } from '../draft/draft-text';
import { countMatchChars } from '../similarity/normalize';
import { draftParts } from './draft-parts';
import { parallelismIssues } from './parallelism';
import { draftPlaceholders } from './placeholders';

/** What the 查重与报告 panel shows: 字数 by part, parallelism, placeholders left, overlap. */
export function draftReport(draft: Draft, overlap: OverlapReport): DraftReport {
  const text = draftToText(draft);
  const parts = draftParts(draft);
  const sections: SectionCount[] = parts.map((p) => {
    const joined = p.lines.map((l) => l.text).join('\n');
    return {
      label: p.label,
      chars: countChars(joined),
      charsNoPunct: countMatchChars(joined),
      target: p.section === null ? null : (draft.sections[p.section]?.target ?? null),
    };
  });
  return {
    draftId: draft.id,
    total: {
      chars: countChars(text),
      charsNoPunct: countMatchChars(text),
      target: draft.target ?? null,
    },
    sections,
    parallelism: parallelismIssues(draft.sections),
    placeholders: draftPlaceholders(draft),
    overlap,
    text,
  };
}
