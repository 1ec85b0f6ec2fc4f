import { draftCharCounts } from '../../core/draft/draft-text';
import type { Draft, DraftSummary } from '../../shared/model';

/** Bumped when the definition of 字数 changes: summaries counted by another are counted again. */
export const COUNTING = 2;

/** What history and trash keep beside a copy, for their lists. */
export const summaryFields = (d: Draft): { title: string; chars: number } => ({
  title: d.title,
  chars: draftCharCounts(d).total.all,
});

/** The line the home page lists for a draft. */
export function summarize(d: Draft): DraftSummary {
  const { all, withoutPunctuation } = draftCharCounts(d).total;
  return {
    id: d.id,
    templateId: d.templateId,
    updatedAt: d.updatedAt,
    title: d.title,
    chars: all,
    charsNoPunct: withoutPunctuation,
  };
}

/** A save stamp later than the draft's last one, even within one millisecond. */
export const stampAfter = (now: Date, previous: Draft): string =>
  new Date(Math.max(now.getTime(), Date.parse(previous.updatedAt) + 1)).toISOString();
