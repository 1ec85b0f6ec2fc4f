/** Outlines: a draft's structure kept under a name, to start new drafts from. */
import { z } from 'zod';
import { storedNumbering } from './draft-schema';

/** One heading of an outline; outlines never hold body text. */
export const outlineSectionSchema = z.object({
  /** 1 = outermost. */
  level: z.number(),
  /** As the writer left it, frame words included, without its number. */
  heading: z.string(),
  /**
   * The source section's id. A template's 范文 hints are keyed by section id, so a draft made
   * from the outline keeps the ids and each hint stays with its heading. Absent in old outlines.
   */
  id: z.string().optional(),
  inline: z.boolean().optional(),
  /** The section's 字数 target: part of the plan, so drafts from the outline aim for it too. */
  target: z.number().optional(),
});
export type OutlineSection = z.infer<typeof outlineSectionSchema>;

/**
 * An outline as the store keeps it: structure only (see draft-schema), so that outlines written
 * before section ids, inline, templateId, targets and times still load.
 */
export const outlineSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  title: z.string(),
  numbering: z.array(storedNumbering),
  sections: z.array(outlineSectionSchema),
  /** The template the source draft came from, for its hints and frames; absent in old outlines. */
  templateId: z.string().nullable().optional(),
  /** The whole draft's 字数 target. */
  target: z.number().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type Outline = z.infer<typeof outlineSchema>;

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
