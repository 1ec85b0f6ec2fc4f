import { z } from 'zod';
import type { Draft, DraftVersion, NumberingScheme } from '../../shared/model';
import type { Outline } from '../../shared/outline';
import { RECORD_ID } from '../../shared/record-id';

export type { Outline } from '../../shared/outline';

/**
 * The shapes the store recognises on disk. They check structure only, never input policy such
 * as length limits (those live in the handlers' schemas): a stricter rule added later must not
 * turn a user's existing file into a "damaged" one.
 */

/** Draft ids become file names; ours are UUIDs, older or imported ones are plain words. */
export const draftId = z.string().regex(RECORD_ID);

const numbering = z.custom<NumberingScheme>((v) => typeof v === 'string');

export const storedDraft: z.ZodType<Draft> = z.object({
  id: draftId,
  title: z.string(),
  templateId: z.string().nullable(),
  opening: z.string(),
  sections: z.array(
    z.object({
      id: z.string(),
      level: z.number(),
      heading: z.string(),
      body: z.string(),
      inline: z.boolean().optional(),
      target: z.number().optional(),
    }),
  ),
  closing: z.string(),
  numbering: z.array(numbering),
  target: z.number().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A draft's summary in the index; an older index has no 字数 without punctuation. */
const storedSummary = z.object({
  id: draftId,
  title: z.string(),
  templateId: z.string().nullable(),
  updatedAt: z.string(),
  chars: z.number(),
  charsNoPunct: z.number().optional(),
});

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

/** Outlines written before section ids, inline, templateId, targets and times still load. */
export const outline: z.ZodType<Outline> = z.object({
  id: z.string().min(1),
  name: z.string(),
  title: z.string(),
  numbering: z.array(numbering),
  sections: z.array(
    z.object({
      level: z.number(),
      heading: z.string(),
      id: z.string().optional(),
      inline: z.boolean().optional(),
      target: z.number().optional(),
    }),
  ),
  templateId: z.string().nullable().optional(),
  target: z.number().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});

/** meta.json: which layout the folder is in. */
export const libraryMeta = z.object({ schemaVersion: z.number().int().min(1) });
export type LibraryMeta = z.infer<typeof libraryMeta>;

export const versionFile = z.object({
  version: z.object({
    id: z.string(),
    draftId,
    savedAt: z.string(),
    reason: z.enum(['manual', 'reopen', 'before-restore', 'conflict']),
    title: z.string(),
    chars: z.number(),
  }) satisfies z.ZodType<DraftVersion>,
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
