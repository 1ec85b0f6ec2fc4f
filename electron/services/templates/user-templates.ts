import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { importedFileName } from '../../core/draft/file-name';
import { checkedName } from '../../core/record-name';
import { SLOT_MARK } from '../../core/templates/frame-fields';
import { templateFromDraft } from '../../core/templates/from-draft';
import { mineTemplates, stableHash } from '../../core/templates/library';
import type { Analysis } from '../../shared/analysis';
import type { Draft, ImportReport, Template, UserTemplateInput } from '../../shared/model';
import { AppFailure } from '../../shared/result';
import { summaryOf, templateMetadataSchema } from './template-library';
import { MAX_TEMPLATE_BYTES } from './validate-template';

const PACK_FORMAT = 'fanshi-template-pack';

const newUserId = (): string => `u-${randomBytes(6).toString('hex')}`;

/**
 * The most of a section's corpus paragraph kept as its hint. A hint is a reference shown beside
 * the editor; an essay the miner could not split well has "paragraphs" of megabytes.
 */
export const MAX_HINT_CHARS = 2_000;

const clip = (hint: string): string =>
  hint.length <= MAX_HINT_CHARS ? hint : `${hint.slice(0, MAX_HINT_CHARS)}…`;

/** The user's imported essay → user templates: same generator, same families as the built-ins. */
export function templatesFromAnalysis(analysis: Analysis): Template[] {
  return mineTemplates([analysis]).map((t) => ({
    ...t,
    blocks: t.blocks.map((b) => ({ ...b, hints: b.hints.map(clip) })),
    sections: t.sections.map((s) => ({ ...s, hint: clip(s.hint) })),
    id: `u-${stableHash(`${analysis.file}\n${t.source}`)}`,
    origin: 'user',
  }));
}

export function importReport(analysis: Analysis, made: Template[]): Omit<ImportReport, 'warnings'> {
  return {
    fileName: analysis.file,
    encoding: analysis.encoding ?? null,
    junkLines: analysis.junk_lines,
    essays: analysis.essays.map((e) => ({
      title: e.title,
      genre: e.genre,
      headings: e.headings.length,
      groups: e.parallel_groups.length,
      templateId:
        made.find((t) => t.sourceTitle === e.title && t.sections.length === e.headings.length)
          ?.id ?? null,
    })),
    templates: made.map(summaryOf),
  };
}

/** Placeholders a source uses that no slot or block declares become plain text slots. */
function slotsFor(source: string, base: Template | null): Template['slots'] {
  const declared = new Set([
    ...(base?.slots.map((s) => s.name) ?? []),
    ...(base?.blocks.flatMap((b) => [b.name, ...b.fields.map((f) => f.name)]) ?? []),
    '正文',
    '层级',
  ]);
  const used = [...source.matchAll(/\{\{(?![#/!>*^])\s*([\p{L}_][\p{L}\p{N}_]*)\s*\}\}/gu)]
    .map((m) => m[1] ?? '')
    .filter((n, i, all) => n !== '' && !declared.has(n) && all.indexOf(n) === i && n !== 'else');
  return [
    ...(base?.slots ?? []),
    ...used.map((name) => ({
      name,
      label: name,
      kind: 'text' as const,
      default: '',
      examples: [],
    })),
  ];
}

/** A template the user wrote or edited, saved as a new template of their own. */
export function userTemplateFrom(input: UserTemplateInput, base: Template | null): Template {
  return {
    id: newUserId(),
    name: input.name.trim() || '我的模板',
    genre: base?.genre ?? '其他',
    description: base ? `基于“${base.name}”修改` : '自定义模板',
    family: base?.family ?? `f-${stableHash(input.source)}`,
    origin: 'user',
    sourceFile: base?.sourceFile ?? null,
    sourceTitle: base?.sourceTitle ?? null,
    slots: slotsFor(input.source, base),
    blocks: base?.blocks ?? [],
    sections: base?.sections ?? [],
    source: input.source,
  };
}

/** The frames a template's parallel headings follow. */
const framesOf = (t: Template): string[] => [
  ...new Set(
    [...t.blocks.map((b) => b.frame), ...t.sections.map((s) => s.frame)].filter(
      (f): f is string => f !== null && f.includes(SLOT_MARK),
    ),
  ),
];

/**
 * A draft saved as a template of the user's own. `base` is the template the draft was made from,
 * when it still exists: the new one keeps its genre and its frames, and so joins its family.
 */
export function userTemplateFromDraft(draft: Draft, name: string, base: Template | null): Template {
  const { shapeKey, ...made } = templateFromDraft(
    draft,
    checkedName(name, '模板'),
    base ? { genre: base.genre, frames: framesOf(base) } : null,
  );
  return {
    ...made,
    id: newUserId(),
    family: `f-${stableHash(shapeKey)}`,
    origin: 'user',
    sourceFile: null,
  };
}

const packSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  templates: z
    .array(templateMetadataSchema.extend({ source: z.string().max(MAX_TEMPLATE_BYTES) }))
    .max(500),
});

export function packOf(templates: Template[]): string {
  return `${JSON.stringify({ format: PACK_FORMAT, version: 1, templates }, null, 2)}\n`;
}

/** A template pack file → templates to save as the user's, each with a fresh id. */
export function unpack(text: string): Template[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppFailure('unsupported_input', '模板包不是合法的 JSON 文件');
  }
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppFailure('unsupported_input', '这不是范式的模板包,或版本不受支持');
  return parsed.data.templates.map((t) => ({
    ...t,
    id: newUserId(),
    // A pack is any file: the name it claims is kept as a base name, nothing invisible in it.
    sourceFile: t.sourceFile === null ? null : importedFileName(t.sourceFile),
    origin: 'user',
  }));
}
