/** Plain data that crosses host boundaries. */
import type { FormulaRole } from './formulas';
import type { TemplateSummary } from './template-schema';

export type SlotKind = 'text' | 'date' | 'work' | 'name' | 'number' | 'place' | 'phrase';

export interface TemplateSlot {
  name: string;
  /** Chinese label shown in the fill form. */
  label: string;
  kind: SlotKind;
  default: string;
  examples: string[];
  /**
   * The part of the essay this slot writes, when it is one the fill form offers formulas for
   * (title, subtitle, opening, closing).
   */
  role?: FormulaRole;
  /** The formula the slot starts with, `{{hole}}` for each part the writer fills. */
  formula?: string;
  /** The source essay's own sentence: shown beside the field, never put in a draft. */
  reference?: string;
}

export type { TemplateSummary } from './template-schema';

export interface Template extends Omit<TemplateSummary, 'skeleton' | 'frames'> {
  slots: TemplateSlot[];
  /** Handlebars source. */
  source: string;
  /** Repeatable blocks: a parallel group's sections, filled as rows. */
  blocks: TemplateBlock[];
  /** The outline as mined: one entry per section of the source essay. */
  sections: TemplateSection[];
  /** A shipped template's id before ids said what a template is: older drafts carry it. */
  formerId?: string;
}

/** A repeatable run of sibling sections sharing one heading frame. */
export interface TemplateBlock {
  /** The data key holding the rows. */
  name: string;
  label: string;
  level: number;
  numbering: NumberingScheme;
  /** The shared heading frame, with "…" for each field. */
  frame: string | null;
  /** The fields each row fills (the frame's varying parts, or the whole heading). */
  fields: TemplateSlot[];
  /** Default rows: what each row holds until the writer types (blank for a mined template). */
  rows: Array<Record<string, string>>;
  /** The source paragraphs of each default row, shown beside the editor as a reference. */
  hints: string[];
  /** Whether the heading is the first sentence of its paragraph rather than a line of its own. */
  inline: boolean;
  /**
   * A frame the headings share that the writer may turn on (`…，…之…`), when the block has none of
   * its own: each row then fills the frame's parts, and its heading is the frame filled.
   */
  proposed?: ProposedFrame | null;
}

export interface ProposedFrame {
  /** The frame, "…" for each part. */
  frame: string;
  /** The same as a formula, `{{field}}` for each part: what a row's values fill. */
  formula: string;
  /** The parts, with the source headings' words as examples (one per row, in order). */
  fields: TemplateSlot[];
}

export interface TemplateSection {
  level: number;
  numbering: NumberingScheme;
  frame: string | null;
  /** True when the section belongs to a repeatable block. */
  repeat: boolean;
  heading: string;
  /** Older templates kept each section's hint here too; the block's hints are the ones read. */
  hint?: string;
}

export type NumberingScheme =
  'none' | '一、' | '(一)' | '1.' | '1、' | '(1)' | '①' | '一是' | '第一' | '其一' | '首先';

/** Declared once, as schemas, in draft-schema. */
export type {
  Draft,
  DraftSection,
  DraftSummary,
  DraftVersion,
  VersionReason,
} from './draft-schema';

export type CreateDraftInput =
  | { templateId: string; data: Record<string, unknown> }
  | { outlineId: string }
  | { title: string }
  /** A text file read back into a draft (the copy 另存为 makes when the library is out of reach). */
  | { file: InputFile };

export type ExportPreset = 'gbt9704' | 'plain';

/**
 * The names the GB/T 9704 preset gives its fonts: the GB ones the standard names (方正小标宋简体,
 * 仿宋_GB2312, 楷体_GB2312) or the ones every Chinese Windows has (宋体, 仿宋, 楷体). The plain
 * preset has its own fonts and ignores this.
 */
export type FontScheme = 'gb' | 'windows';

export interface DocxOptions {
  preset?: ExportPreset;
  /** 'gb' unless given. */
  fontScheme?: FontScheme;
  /** The author or unit, on one line under the title with the date. */
  author?: string;
  date?: string;
}

export interface TxtOptions {
  lineEnding?: 'crlf' | 'lf';
  encoding?: 'utf-8' | 'gb18030';
}

export interface ExportedFile {
  fileName: string;
  base64: string;
  /** Things the user may want to fix (unfilled placeholders); the file is complete regardless. */
  warnings: string[];
}

export interface HtmlOptions {
  preset?: ExportPreset;
  fontScheme?: FontScheme;
}

/** A draft for the clipboard: rich text in the preset's fonts, and the same as plain text. */
export interface ClipboardExport {
  html: string;
  text: string;
  warnings: string[];
}

export interface InputFile {
  fileName: string;
  base64: string;
}

/**
 * A save names the `updatedAt` of the copy it was based on; when the draft has changed since
 * (another tab saved it), the save is refused as `stale` unless it says how to settle it.
 * Either way the version that loses is kept in the draft's history.
 */
export interface SaveOptions {
  /** 'mine' saves this copy over the other; 'theirs' keeps the other and returns it. */
  conflict?: 'mine' | 'theirs';
}

/** A deleted draft waiting in the trash; it can be restored until `purgeAt`. */
export interface TrashedDraft {
  id: string;
  title: string;
  chars: number;
  deletedAt: string;
  purgeAt: string;
}

/** One run of a comparison between two texts: kept, added in the newer, or removed from it. */
export interface DiffPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

export interface LibraryRestoreResult {
  drafts: number;
  outlines: number;
  /** Records in the file that were damaged and left out. */
  skipped: number;
}

/** What importing one essay file found, for the mining report. */
export interface ImportReport {
  fileName: string;
  encoding: string | null;
  junkLines: number[];
  essays: Array<{
    title: string | null;
    genre: string;
    headings: number;
    groups: number;
    /** The user template made from this essay, when it had two or more headings. */
    templateId: string | null;
    /** Why it gave no template, in Chinese, when it gave none. */
    note?: string;
  }>;
  templates: TemplateSummary[];
  /** Why the file gave no template, doubts about its encoding (Chinese). */
  notes?: string[];
  /** What the import left out and why, in Chinese (an essay too long to keep for 查重). */
  warnings: string[];
}

/** What the user corrected before the templates are made: each essay's title, in order. */
export interface ImportOptions {
  /** A title per essay; null or empty for none. Essays past the list keep the miner's. */
  titles?: Array<string | null>;
}

/** Where a long import stands: reading the file, mining it, making templates, saving them. */
export type ImportStage = 'read' | 'mine' | 'templates' | 'save';

export interface ImportProgress {
  fileName: string;
  stage: ImportStage;
  /** Templates and essays saved so far, of `total`, in the 'save' stage; 0 of 0 before it. */
  done: number;
  total: number;
}

export interface TemplateProblem {
  line: number;
  column: number;
  message: string;
}

export interface UserTemplateInput {
  /** The template whose slots and blocks the new one keeps. */
  basedOn: string | null;
  name: string;
  source: string;
}
