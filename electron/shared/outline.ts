/** Outlines: a draft's structure kept under a name, to start new drafts from. */
import type { NumberingScheme } from './model';

/** One heading of an outline; outlines never hold body text. */
export interface OutlineSection {
  /** 1 = outermost. */
  level: number;
  /** As the writer left it, frame words included, without its number. */
  heading: string;
  /**
   * The source section's id. A template's 范文 hints are keyed by section id, so a draft made
   * from the outline keeps the ids and each hint stays with its heading. Absent in old outlines.
   */
  id?: string;
  inline?: boolean;
  /** The section's 字数 target: part of the plan, so drafts from the outline aim for it too. */
  target?: number;
}

export interface Outline {
  id: string;
  name: string;
  title: string;
  numbering: NumberingScheme[];
  sections: OutlineSection[];
  /** The template the source draft came from, for its hints and frames; absent in old outlines. */
  templateId?: string | null;
  /** The whole draft's 字数 target. */
  target?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** An outline as the home page lists it. */
export interface OutlineSummary {
  id: string;
  name: string;
  title: string;
  /** How many headings, at every level. */
  headings: number;
  /** Each heading with its number, indented by level: the outline at a glance. */
  skeleton: string[];
  updatedAt: string | null;
}

/**
 * The longest name of an outline or of a template saved from a draft: a list row's worth. A type,
 * so the renderer (which imports only types from here) and the host are held to the same number.
 */
export type MaxNameChars = 60;
