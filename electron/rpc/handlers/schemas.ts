import { z } from 'zod';
import { NUMBERING_SCHEMES } from '../../core/draft/numbering';
import { draftSchema, draftSectionSchema } from '../../shared/draft-schema';
import { RECORD_ID } from '../../shared/record-id';
import type {
  CreateDraftInput,
  DocxOptions,
  HtmlOptions,
  ImportOptions,
  InputFile,
  SaveOptions,
  TxtOptions,
} from '../../shared/model';

/** Every id a call names (draft, version, outline, template): the one rule for file names. */
export const id = z.string().regex(RECORD_ID, '编号格式不正确');

export const slotData = z.record(z.string(), z.unknown());

/** Base64 of at most ~100 MB. */
export const inputFile: z.ZodType<InputFile> = z.object({
  fileName: z.string().min(1).max(260),
  base64: z.string().max(140_000_000),
});

export const createDraftInput: z.ZodType<CreateDraftInput> = z.union([
  z.object({ templateId: id, data: slotData }).strict(),
  z.object({ outlineId: id }).strict(),
  z.object({ title: z.string().max(500) }).strict(),
  z.object({ file: inputFile }).strict(),
]);

export const numberingScheme = z.enum(NUMBERING_SCHEMES);

/** A 字数 target: whole characters, and more than any speech or report runs to is a typo. */
const charTarget = z.number().int().min(1).max(1_000_000);

/** A draft a call hands in: the stored shape, with the limits the editor keeps to. */
export const draft = draftSchema.extend({
  id,
  title: z.string().max(500),
  sections: z.array(
    draftSectionSchema.extend({
      id: z.string().min(1),
      level: z.number().int().min(1).max(3),
      target: charTarget.optional(),
    }),
  ),
  numbering: z.array(numberingScheme).max(3),
  target: charTarget.optional(),
});

export const saveOptions: z.ZodType<SaveOptions> = z
  .object({ conflict: z.enum(['mine', 'theirs']).optional() })
  .strict();

export const exportPreset = z.enum(['gbt9704', 'plain']);

export const fontScheme = z.enum(['gb', 'windows']);

export const docxOptions: z.ZodType<DocxOptions> = z.object({
  preset: exportPreset.optional(),
  fontScheme: fontScheme.optional(),
  author: z.string().max(200).optional(),
  date: z.string().max(100).optional(),
});

export const htmlOptions: z.ZodType<HtmlOptions> = z.object({
  preset: exportPreset.optional(),
  fontScheme: fontScheme.optional(),
});

export const txtOptions: z.ZodType<TxtOptions> = z.object({
  lineEnding: z.enum(['crlf', 'lf']).optional(),
  encoding: z.enum(['utf-8', 'gb18030']).optional(),
});

export const importOptions: z.ZodType<ImportOptions> = z
  .object({ titles: z.array(z.string().max(200).nullable()).max(1000).optional() })
  .strict();

/**
 * Any text up to a sane size: the store trims and limits names itself, with a message the user
 * can act on, where a schema failure could only say "参数不正确".
 */
export const name = z.string().max(1_000);
