import type { Dispatch, SetStateAction } from 'react';
import type { Draft } from '../../../../electron/shared/model';
import type { SectionGuides } from './use-section-hints';

/** What either view of the draft (page or outline) edits it with: one draft, one undo history. */
export interface DraftViewProps {
  draft: Draft;
  /** `chosen`: a word chosen in an input method, one undo step of its own. */
  update: (patch: Partial<Draft>, chosen?: boolean) => void;
  setDraft: Dispatch<SetStateAction<Draft | null>>;
  /** A change that is one undo step of its own (a word chosen in an input method). */
  commit: Dispatch<SetStateAction<Draft | null>>;
  guides: SectionGuides;
  setNumbering: (numbering: Draft['numbering']) => void;
}

/** The parts of a draft outside its sections, each one field in either view. */
export type DraftPart = 'title' | 'opening' | 'closing';

/**
 * A part's field as both views need it: found by its name (checks, focus, tests), its text, and
 * its edits back into the draft.
 */
export const partField = (
  part: DraftPart,
  names: Record<DraftPart, string>,
  { draft, update }: Pick<DraftViewProps, 'draft' | 'update'>,
) => ({
  'aria-label': names[part],
  'data-testid': `draft-${part}`,
  'data-field': part,
  value: draft[part],
  onEdit: (text: string, chosen: boolean) => update({ [part]: text }, chosen),
});

/** The numbering picker of a draft: one choice per heading level the draft uses. */
export const numberingField = ({ draft, setNumbering }: DraftViewProps) => ({
  levels: Math.max(1, ...draft.sections.map((s) => s.level)),
  numbering: draft.numbering,
  onChange: setNumbering,
});
