import { z } from 'zod';
import { draftSchema, draftSummarySchema, draftVersionSchema } from '../../shared/draft-schema';
import { outlineSchema } from '../../shared/outline';

export type { Outline } from '../../shared/outline';

/**
 * The shapes the store recognises on disk. They check structure only, never input policy such
 * as length limits (those live in the handlers' schemas): a stricter rule added later must not
 * turn a user's existing file into a "damaged" one.
 */

/** A draft file: the draft's one schema (shared/draft-schema). */
export const storedDraft = draftSchema;

/** A draft's summary in the index; an older index has no 字数 without punctuation. */
const storedSummary = draftSummarySchema.extend({ charsNoPunct: z.number().optional() });

/**
 * index.json: a cache of every draft's summary, so that listing reads one file. `closed` is true
 * only when the last process using the folder shut down cleanly, so the cache can be trusted.
 */
export const draftIndex = z.object({
  closed: z.boolean().optional(),
  /** Wall-clock ms when the summaries were taken; draft files changed since may be newer. */
  asOf: z.number().optional(),
  /** Which definition of 字数 the summaries were counted by; another one has them counted again. */
  counting: z.number().optional(),
  drafts: z.array(storedSummary),
});
export type DraftIndex = z.infer<typeof draftIndex>;

export const outline = outlineSchema;

/** meta.json: which layout the folder is in. */
export const libraryMeta = z.object({ schemaVersion: z.number().int().min(1) });
export type LibraryMeta = z.infer<typeof libraryMeta>;

export const versionFile = z.object({
  version: draftVersionSchema,
  draft: storedDraft,
});
export type VersionFile = z.infer<typeof versionFile>;

export const trashFile = z.object({ deletedAt: z.string(), draft: storedDraft });
export type TrashFile = z.infer<typeof trashFile>;

/** The library.json of schema 1: everything in one lowdb file. */
export const libraryV1 = z.object({
  schemaVersion: z.number().optional(),
  drafts: z.array(storedDraft),
  outlines: z.array(outline),
});
