import type { DraftReport, OverlapReport, SectionCount } from '../../shared/checks';
import type { Draft } from '../../shared/model';
import { countChars, draftToText } from '../draft/draft-text';
import { countMatchChars } from '../similarity/normalize';
import { draftParts } from './draft-parts';
import { parallelismIssues } from './parallelism';
import { findPlaceholders } from './placeholders';

/** 字数 targets; absent until templates or users set them. */
export interface ReportTargets {
  total?: number;
  /** By part label (标题, 开头, a numbered heading, 结尾). */
  sections?: Record<string, number>;
}

/** What the 查重与报告 panel shows: 字数 by part, parallelism, placeholders left, overlap. */
export function draftReport(
  draft: Draft,
  overlap: OverlapReport,
  targets: ReportTargets = {},
): DraftReport {
  const text = draftToText(draft);
  const parts = draftParts(draft);
  const sections: SectionCount[] = parts.map((p) => {
    const joined = p.lines.map((l) => l.text).join('\n');
    return {
      label: p.label,
      chars: countChars(joined),
      charsNoPunct: countMatchChars(joined),
      target: targets.sections?.[p.label] ?? null,
    };
  });
  const labelAt = (offset: number): string =>
    parts.find((p) => p.lines.some((l) => offset >= l.start && offset < l.start + l.text.length))
      ?.label ?? '';
  return {
    draftId: draft.id,
    total: {
      chars: countChars(text),
      charsNoPunct: countMatchChars(text),
      target: targets.total ?? null,
    },
    sections,
    parallelism: parallelismIssues(draft.sections),
    placeholders: findPlaceholders(text).map((p) => ({ ...p, label: labelAt(p.start) })),
    overlap,
    text,
  };
}
