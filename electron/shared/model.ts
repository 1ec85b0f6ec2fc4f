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

export interface TemplateSummary {
  id: string;
  name: string;
  genre: Genre;
  slots: TemplateSlot[];
}

export interface Template extends TemplateSummary {
  /** Handlebars source. */
  source: string;
  description: string;
  /** Where the template was mined from, by base name only. */
  sourceFile: string | null;
  sourceTitle: string | null;
}

export type NumberingScheme = 'none' | '一、' | '(一)' | '1.' | '1、' | '(1)' | '一是' | '第一';

export interface DraftSection {
  id: string;
  /** 1 = outermost. */
  level: number;
  heading: string;
  /** Paragraphs separated by "\n". */
  body: string;
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
}

export interface InputFile {
  fileName: string;
  base64: string;
}
