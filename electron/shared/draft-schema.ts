import { z } from 'zod';
import type { NumberingScheme } from './model';
import { RECORD_ID } from './record-id';

/*
 * The one declaration of a draft's shape and of its saved versions': the types are inferred from
 * these schemas, and the stricter schema a call's arguments pass (rpc/handlers/schemas) is derived
 * from them. They check structure only, never input policy such as length limits: a stricter
 * rule added later must not turn a user's existing file into a "damaged" one. The renderer
 * imports only the types.
 */

/** Draft ids become file names; ours are UUIDs, older or imported ones are plain words. */
export const draftId = z.string().regex(RECORD_ID);

/** Which schemes exist is the editor's list (core/draft/numbering); a file only needs text. */
export const storedNumbering = z.custom<NumberingScheme>((v) => typeof v === 'string');

export const draftSectionSchema = z.object({
  id: z.string(),
  /** 1 = outermost. */
  level: z.number(),
  heading: z.string(),
  /** Paragraphs separated by "\n". */
  body: z.string(),
  /** The heading is the first sentence of the body's first paragraph, not a line of its own. */
  inline: z.boolean().optional(),
  /** 字数 the writer aims for in this section (heading and body), when set. */
  target: z.number().optional(),
});

export const draftSchema = z.object({
  id: draftId,
  title: z.string(),
  templateId: z.string().nullable(),
  /** Paragraphs before the first section, separated by "\n". */
  opening: z.string(),
  sections: z.array(draftSectionSchema),
  /** Paragraphs after the last section, separated by "\n". */
  closing: z.string(),
  /** Numbering prefixed to section headings at each level, outermost first. */
  numbering: z.array(storedNumbering),
  /** 字数 the writer aims for in the whole draft below the title, when set. */
  target: z.number().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type DraftSection = z.infer<typeof draftSectionSchema>;
export type Draft = z.infer<typeof draftSchema>;

/** A draft as the library lists it, and as the store's index keeps it. */
export const draftSummarySchema = z.object({
  id: draftId,
  title: z.string(),
  templateId: z.string().nullable(),
  updatedAt: z.string(),
  /** 字数 below the title, as the editor counts it (core/draft/draft-text CharCounts). */
  chars: z.number(),
  /** The same without punctuation: letters and digits only. */
  charsNoPunct: z.number(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const VERSION_REASONS = ['manual', 'reopen', 'before-restore', 'conflict'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** A saved version of a draft, as history lists it. */
export const draftVersionSchema = z.object({
  id: z.string(),
  draftId,
  savedAt: z.string(),
  reason: z.enum(VERSION_REASONS),
  title: z.string(),
  chars: z.number(),
});
export type DraftVersion = z.infer<typeof draftVersionSchema>;
