import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { importedFileName } from '../../core/draft/file-name';
import { checkedName, fittedName } from '../../core/record-name';
import { templateFromDraft } from '../../core/templates/from-draft';
import { mineTemplates, type MinedFile } from '../../core/templates/library';
import { letterHash } from '../../core/templates/template-identity';
import type { FormulaLibrary } from '../../shared/formulas';
import type { Analysis } from '../../shared/analysis';
import type { Draft, ImportReport, Template, UserTemplateInput } from '../../shared/model';
import { AppFailure } from '../../shared/result';
import { framesOf, summaryOf, templateMetadataSchema } from './template-library';
import { MAX_TEMPLATE_BYTES } from './validate-template';

const PACK_FORMAT = 'fanshi-template-pack';

const newUserId = (): string => `u-${randomBytes(6).toString('hex')}`;

/**
/**
 * The most of a section's corpus paragraph kept as its hint. A hint is a reference shown beside
 * the editor; an essay the miner could not split well has "paragraphs" of megabytes.
 */
export const MAX_HINT_CHARS = 2_000;

const clip = (hint: string): string =>
  hint.length <= MAX_HINT_CHARS ? hint : `${hint.slice(0, MAX_HINT_CHARS)}…`;

/**
 * The user's imported essay → user templates: same generator, same families as the built-ins;
 * `formulas` are what a field falls back to when the essay's own sentence follows none.
 */
export function templatesFromAnalysis(file: MinedFile, formulas: FormulaLibrary): Template[] {
  return mineTemplates([file], formulas).map(({ formerId: _formerId, ...t }) => ({
    ...t,
    name: fittedName(t.name, '我的模板'),
    blocks: t.blocks.map((b) => ({ ...b, hints: b.hints.map(clip) })),
    id: `u-${letterHash(`${file.analysis.file}\n${t.source}`, 8)}`,
    origin: 'user',
  }));
}

/** What importing found; `made` holds one template per essay with two or more headings, in order. */
export function importReport(analysis: Analysis, made: Template[]): Omit<ImportReport, 'warnings'> {
  let next = 0;
  return {
    fileName: analysis.file,
    encoding: analysis.encoding ?? null,
    junkLines: analysis.junk_lines,
    essays: analysis.essays.map((e) => ({
      title: e.title,
      genre: e.genre,
      headings: e.headings.length,
      groups: e.parallel_groups.length,
      templateId: e.headings.length >= 2 ? (made[next++]?.id ?? null) : null,
      ...(e.template_note ? { note: e.template_note.message } : {}),
    })),
    templates: made.map(summaryOf),
    ...(analysis.notes ? { notes: analysis.notes.map((n) => n.message) } : {}),
  };
}

/** The analysis with the titles the user corrected (blank means none). */
export function withTitles(analysis: Analysis, titles: ReadonlyArray<string | null>): Analysis {
  return {
    ...analysis,
    essays: analysis.essays.map((e, i) => {
      if (i >= titles.length) return e;
      const t = titles[i]?.trim() ?? '';
      return { ...e, title: t.length > 0 ? t : null };
    }),
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
    name: checkedName(input.name, '模板'),
    genre: base?.genre ?? '其他',
    description: base ? `基于“${base.name}”修改` : '自定义模板',
    family: base?.family ?? `f-${letterHash(input.source)}`,
    origin: 'user',
    sourceFile: base?.sourceFile ?? null,
    sourceTitle: base?.sourceTitle ?? null,
    slots: slotsFor(input.source, base),
    blocks: base?.blocks ?? [],
    sections: base?.sections ?? [],
    source: input.source,
  };
}

/**
 * A draft saved as a template of the user's own. `base` is the template the draft was made from,
 * when it still exists: the new one keeps its genre and its frames, and so joins its family.
 */
export function userTemplateFromDraft(draft: Draft, name: string, base: Template | null): Template {
  const {
    shapeKey,
    headings: _headings,
    ...made
  } = templateFromDraft(
    draft,
    checkedName(name, '模板'),
    base ? { genre: base.genre, frames: framesOf(base) } : null,
  );
  return {
    ...made,
    id: newUserId(),
    family: `f-${letterHash(shapeKey)}`,
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
    name: fittedName(t.name, '我的模板'),
    // A pack is any file: the name it claims is kept as a base name, nothing invisible in it.
    sourceFile: t.sourceFile === null ? null : importedFileName(t.sourceFile),
    origin: 'user',
  }));
}
