/** What the overlap check (查重) and the draft report return. Plain data, shared by every host. */

/** One passage of a draft that also occurs in a source essay. Spans are end-exclusive. */
export interface OverlapMatch {
  /** Offsets in the draft's plain text (title, then one paragraph per line). */
  draftStart: number;
  draftEnd: number;
  /** 'corpus' for the shipped sample essays, 'imported' for the user's own. */
  sourceKind: 'corpus' | 'imported';
  sourceFile: string;
  essayTitle: string;
  /** Offsets in the source essay's text (its title, then one paragraph per line). */
  sourceStart: number;
  sourceEnd: number;
  /** The draft's words in the passage, as written. */
  text: string;
}

export interface OverlapReport {
  /** Share of the draft's characters (not counting spaces and punctuation) inside a match, 0–100. */
  overlapPercent: number;
  /** Characters counted (not counting spaces and punctuation). */
  checkedChars: number;
  coveredChars: number;
  matches: OverlapMatch[];
  /** How many source essays the check compared against. */
  sourceEssays: number;
}

/** 字数 of one part of the text below the title, counted as the editor counts it. */
export interface SectionCount {
  part: 'opening' | 'section' | 'closing';
  /** For a section: its index in the draft's sections. */
  section: number | null;
  /** A section's numbered heading as written ('' when it has none); '' for the opening and closing. */
  label: string;
  /** Characters without white space. */
  chars: number;
  /** Letters and digits only: without white space or punctuation. */
  charsNoPunct: number;
  /** The target 字数, when the user or the template has one. */
  target: number | null;
}

/** One field of the draft editor, so a report entry can take the writer to it. */
export type DraftField =
  { part: 'title' | 'opening' | 'closing' } | { part: 'heading' | 'body'; sectionId: string };

/** A stretch of one field: offsets in the field's value, end-exclusive. */
export interface FieldSpot {
  field: DraftField;
  from: number;
  to: number;
}

/**
 * A part of the draft with nothing written in it: the title, the opening, the closing, a
 * section (no heading and no body), a heading, or the body of a section with nothing under it.
 */
export interface EmptyPart {
  kind: 'title' | 'opening' | 'closing' | 'section' | 'heading' | 'body';
  /** For a section's parts: its index in the draft's sections. */
  section: number | null;
  field: DraftField;
}

/** A 查重 passage with where the writer typed its start, when that is in a field. */
export interface LocatedMatch extends OverlapMatch {
  spot: FieldSpot | null;
}

export interface ParallelismIssue {
  /** Index into the draft's sections. */
  section: number;
  sectionId: string;
  heading: string;
  message: string;
}

export interface PlaceholderHit extends FieldSpot {
  /** Where in the draft, as the editor names it: 标题, 开头, 第2节标题, 第2节正文, 结尾. */
  label: string;
  text: string;
}

export interface DraftReport {
  draftId: string;
  /** The text below the title (the title is not counted). */
  total: { chars: number; charsNoPunct: number; target: number | null };
  sections: SectionCount[];
  parallelism: ParallelismIssue[];
  placeholders: PlaceholderHit[];
  /** The parts still empty, in reading order. */
  empty: EmptyPart[];
  overlap: Omit<OverlapReport, 'matches'> & { matches: LocatedMatch[] };
  /** The draft's plain text, which every offset above indexes. */
  text: string;
}
