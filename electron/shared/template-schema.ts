import { z } from 'zod';
import { GENRES } from './analysis';

/*
 * The one declaration of a template summary's shape: the type is inferred from it, and the
 * schemas of a template's files on disk (services/templates/template-library) are derived from
 * it. The renderer imports only the type.
 */

/**
 * What the gallery shows of a template: kept to its outline, because the home page lists every
 * template at start-up. The slots, their defaults and examples come with the template itself.
 */
export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  genre: z.enum(GENRES),
  description: z.string(),
  /** Templates of the same shape share a family id. */
  family: z.string(),
  origin: z.enum(['builtin', 'user']),
  /** Where the template was mined from, by base name only. */
  sourceFile: z.string().nullable(),
  /** The source essay's title, or its collection's title and its place there; never a file name. */
  sourceTitle: z.string().nullable(),
  /** The outline at a glance: each heading as its source wrote it, or their frame with ____. */
  skeleton: z.array(z.string()),
  /** The frame its repeated headings share, if they share one (… for each varying part). */
  frames: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
