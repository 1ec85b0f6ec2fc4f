import type { Dispatch, SetStateAction } from 'react';
import type { Draft } from '../../../../electron/shared/model';
import type { SectionGuides } from './use-section-hints';

/** What either view of the draft (page or outline) edits it with: one draft, one undo history. */
export interface DraftViewProps {
  draft: Draft;
  /** `chosen`: a word chosen in an input method, one undo step of its own. */
  update: (patch: Partial<Draft>, chosen?: boolean) => void;
  setDraft: Dispatch<SetStateAction<Draft | null>>;
  commit: Dispatch<SetStateAction<Draft | null>>;
  guides: SectionGuides;
  setNumbering: (numbering: Draft['numbering']) => void;
}
