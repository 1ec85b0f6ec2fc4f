import type { DraftReport, OverlapReport, SectionCount } from '../../shared/checks';
import type { Draft } from '../../shared/model';
import { emptyParts } from '../draft/empty-parts';
import {
  draftCharCounts,
  draftToText,
  numberedHeadings,
  type CharCounts,
} from '../draft/draft-text';
import { parallelismIssues } from './parallelism';
import { draftPlaceholders } from './placeholders';
import { textSpots } from './text-spots';

const counted = ({ all, withoutPunctuation }: CharCounts) => ({
  chars: all,
  charsNoPunct: withoutPunctuation,
});

/** What the 查重与报告 panel shows: 字数 by part, parallelism, placeholders, empty parts, overlap. */
export function draftReport(draft: Draft, overlap: OverlapReport): DraftReport {
  const counts = draftCharCounts(draft);
  const headings = numberedHeadings(draft);
  const sections: SectionCount[] = [
    { part: 'opening', section: null, label: '', ...counted(counts.opening), target: null },
    ...draft.sections.map((s, i): SectionCount => ({
      part: 'section',
      section: i,
      label: headings[i] ?? '',
      ...counted(counts.sections[i] ?? { all: 0, withoutPunctuation: 0 }),
      target: s.target ?? null,
    })),
    { part: 'closing', section: null, label: '', ...counted(counts.closing), target: null },
  ];
  const spotOf = textSpots(draft);
  return {
    draftId: draft.id,
    total: { ...counted(counts.total), target: draft.target ?? null },
    sections,
    parallelism: parallelismIssues(draft.sections),
    placeholders: draftPlaceholders(draft),
    empty: emptyParts(draft),
    overlap: {
      ...overlap,
      matches: overlap.matches.map((m) => ({ ...m, spot: spotOf(m.draftStart, m.draftEnd) })),
    },
    text: draftToText(draft),
  };
}
