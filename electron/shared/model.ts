/** Plain data that crosses host boundaries. */
import type { Genre } from './analysis';

export type SlotKind = 'text' | 'date' | 'work' | 'name' | 'number' | 'place' | 'phrase';

export interface TemplateSlot {
  name: string;
  /** Chinese label shown in the fill form. */
  label: string;
  kind: SlotKind;
  default: string;
  examples: string[];
}

/**
 * What the gallery shows of a template: kept to its outline, because the home page lists every
 * template at start-up. The slots, their defaults and examples come with the template itself.
 */
export interface TemplateSummary {
  id: string;
  name: string;
  genre: Genre;
  /** Templates of the same shape share a family id. */
  family: string;
  origin: 'builtin' | 'user';
  description: string;
  sourceFile: string | null;
  sourceTitle: string | null;
  /** The outline at a glance: each heading, with ____ where the user writes. */
  skeleton: string[];
}

export interface Template extends Omit<TemplateSummary, 'skeleton'> {
  slots: TemplateSlot[];
  /** Handlebars source. */
  source: string;
  description: string;
  /** Where the template was mined from, by base name only. */
  sourceFile: string | null;
  sourceTitle: string | null;
  /** Repeatable blocks: a parallel group's sections, filled as rows. */
  blocks: TemplateBlock[];
  /** The outline as mined: one entry per section of the source essay. */
  sections: TemplateSection[];
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
  /** Default rows: the corpus headings' values. */
  rows: Array<Record<string, string>>;
  /** The corpus paragraph of each default row, shown beside the editor as a reference. */
  hints: string[];
  /** Whether the heading is the first sentence of its paragraph rather than a line of its own. */
  inline: boolean;
}

export interface TemplateSection {
  level: number;
  numbering: NumberingScheme;
  frame: string | null;
  /** True when the section belongs to a repeatable block. */
  repeat: boolean;
  heading: string;
  hint: string;
}

export type NumberingScheme =
  'none' | '一、' | '(一)' | '1.' | '1、' | '(1)' | '①' | '一是' | '第一' | '其一' | '首先';

export interface DraftSection {
  id: string;
  /** 1 = outermost. */
  level: number;
  heading: string;
  /** Paragraphs separated by "\n". */
  body: string;
  /** The heading is the first sentence of the body's first paragraph, not a line of its own. */
  inline?: boolean;
  /** 字数 the writer aims for in this section (heading and body), when set. */
  target?: number;
}

export interface Draft {
  id: string;
  title: string;
  templateId: string | null;
  /** Paragraphs before the first section, separated by "\n". */
  opening: string;
  sections: DraftSection[];
  /** Paragraphs after the last section, separated by "\n". */
  closing: string;
  /** Numbering prefixed to section headings at each level, outermost first. */
  numbering: NumberingScheme[];
  /** 字数 the writer aims for in the whole draft below the title, when set. */
  target?: number;
  createdAt: string;
  updatedAt: string;
}

export interface DraftSummary {
  id: string;
  title: string;
  templateId: string | null;
  updatedAt: string;
  chars: number;
}

export type CreateDraftInput =
  { templateId: string; data: Record<string, unknown> } | { outlineId: string } | { title: string };

export type ExportPreset = 'gbt9704' | 'plain';

export interface DocxOptions {
  preset?: ExportPreset;
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

/** Why a version of a draft was kept. */
export type VersionReason = 'manual' | 'reopen' | 'before-restore';

/** One kept version of a draft (history), without its text. */
export interface DraftVersion {
  id: string;
  draftId: string;
  savedAt: string;
  reason: VersionReason;
  title: string;
  chars: number;
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
  }>;
  templates: TemplateSummary[];
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
