import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { GENRES } from '../../shared/analysis';
import { FORMULA_ROLES } from '../../shared/formulas';
import type { Template, TemplateSummary } from '../../shared/model';
import { templateSummarySchema } from '../../shared/template-schema';
import { AppFailure } from '../../shared/result';
import { TemplateFailure, TemplateRenderer, type RenderedParts } from './render-worker';
import { withDefaults } from './template-data';
import type { Collection } from '../store/collection';
import { MAX_TEMPLATE_BYTES, validateTemplate, type TemplateProblem } from './validate-template';
import { NUMBERING_SCHEMES } from '../../core/draft/numbering';
import { FRAME_FIELD } from '../../core/draft/section-ops';
import { mergeFormulas, mineFormulas } from '../../core/templates/formulas';
import type { FormulaLibrary } from '../../shared/formulas';

/** Handlebars identifiers: letters (Chinese included), digits, underscore. */
const slotName = z.string().regex(/^[\p{L}_][\p{L}\p{N}_]*$/u);

const slotSchema = z.object({
  name: slotName,
  label: z.string(),
  kind: z.enum(['text', 'date', 'work', 'name', 'number', 'place', 'phrase']),
  default: z.string(),
  examples: z.array(z.string()),
  role: z.enum(FORMULA_ROLES).optional(),
  formula: z.string().optional(),
  reference: z.string().optional(),
});

/**
 * A template's metadata file: everything but its Handlebars source. It holds the summary's fields
 * but those the library works out itself (where it came from, the outline at a glance), with a
 * stricter id and name.
 */
export const templateMetadataSchema = templateSummarySchema
  .omit({
    origin: true,
    skeleton: true,
    frames: true,
  })
  .extend({
    id: z.string().regex(/^[a-z0-9-]+$/u),
    name: z.string().min(1),
    formerId: z.string().optional(),
    slots: z.array(slotSchema),
    blocks: z.array(
      z.object({
        name: slotName,
        label: z.string(),
        level: z.number().int().min(1).max(3),
        numbering: z.enum(NUMBERING_SCHEMES),
        frame: z.string().nullable(),
        fields: z.array(slotSchema),
        rows: z.array(z.record(z.string(), z.string())),
        hints: z.array(z.string()),
        inline: z.boolean(),
        proposed: z
          .object({ frame: z.string(), formula: z.string(), fields: z.array(slotSchema) })
          .nullable()
          .optional(),
      }),
    ),
    sections: z.array(
      z.object({
        level: z.number().int().min(1).max(3),
        numbering: z.enum(NUMBERING_SCHEMES),
        frame: z.string().nullable(),
        repeat: z.boolean(),
        heading: z.string(),
        hint: z.string().optional(),
      }),
    ),
  });

/** A user template as stored with the user's library: metadata plus its source. */
export const userTemplateSchema: z.ZodType<Template> = templateMetadataSchema.extend({
  source: z.string().max(MAX_TEMPLATE_BYTES),
  origin: templateSummarySchema.shape.origin.extract(['user']),
});

/** The formula library mined with the shipped templates, in the templates folder. */
export const FORMULAS_FILE = 'formulas.json';

const formulaSchema = z.object({
  text: z.string(),
  slots: z.array(z.string()),
  count: z.number().int().min(0),
  genres: z.array(z.enum(GENRES)),
  examples: z.array(z.string()),
});

const formulaLibrarySchema = z.object({
  title: z.array(formulaSchema),
  subtitle: z.array(formulaSchema),
  opening: z.array(formulaSchema),
  closing: z.array(formulaSchema),
});

/** The frames a template's parallel headings follow. */
export const framesOf = (t: Pick<Template, 'blocks' | 'sections'>): string[] => [
  ...new Set(
    [...t.blocks.map((b) => b.frame), ...t.sections.map((s) => s.frame)].filter(
      (f): f is string => f !== null && f.includes(FRAME_FIELD),
    ),
  ),
];

const problemFailure = (p: TemplateProblem): AppFailure =>
  new AppFailure('template_error', `模板第 ${p.line} 行第 ${p.column} 列:${p.message}`);

export const summaryOf = (t: Template): TemplateSummary => ({
  id: t.id,
  name: t.name,
  genre: t.genre,
  family: t.family,
  origin: t.origin,
  description: t.description,
  sourceFile: t.sourceFile,
  sourceTitle: t.sourceTitle,
  // a frame all the headings share shows as the frame; any other heading as the source wrote it
  skeleton: t.sections.map((s) => {
    const frame = t.blocks.find((b) => b.frame !== null && b.frame === s.frame)?.frame;
    return '  '.repeat(s.level - 1) + (frame ?? s.heading).replaceAll(FRAME_FIELD, '____');
  }),
  frames: t.blocks.flatMap((b) => (b.frame === null ? [] : [b.frame])),
});

/**
 * The shipped templates (`<id>.json` metadata beside `<id>.hbs` in the templates folder) and the
 * user's own. Rendering happens in a worker (see render-worker): never in the renderer, whose CSP
 * forbids the `new Function` Handlebars compiles with.
 */
export class TemplateLibrary {
  private readonly templates = new Map<string, Template>();
  /** Shipped templates by the ids they had before (see formerTemplateId). */
  private readonly formerIds = new Map<string, string>();
  private readonly renderer = new TemplateRenderer();
  private user: Collection<Template> | null = null;
  private formulas: FormulaLibrary = mineFormulas([]);

  constructor(readonly dir: string) {}

  /** The user's own templates, kept with their drafts rather than in the shipped folder. */
  attachUserTemplates(collection: Collection<Template>): void {
    this.user = collection;
  }

  async load(): Promise<void> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      if (name === FORMULAS_FILE) {
        await this.loadFormulas();
        continue;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(join(this.dir, name), 'utf8'));
      } catch {
        continue; // a damaged file must not keep the other templates from loading
      }
      const parsed = templateMetadataSchema.safeParse(raw);
      if (!parsed.success) continue; // not a template
      const source = await readFile(join(this.dir, `${parsed.data.id}.hbs`), 'utf8');
      this.templates.set(parsed.data.id, { ...parsed.data, source, origin: 'builtin' });
      if (parsed.data.formerId) this.formerIds.set(parsed.data.formerId, parsed.data.id);
    }
  }

  private async loadFormulas(): Promise<void> {
    try {
      const parsed = formulaLibrarySchema.safeParse(
        JSON.parse(await readFile(join(this.dir, FORMULAS_FILE), 'utf8')),
      );
      // a damaged library leaves the fields the formulas the app offers of its own
      if (parsed.success) this.formulas = mergeFormulas(mineFormulas([]), parsed.data);
    } catch {
      return;
    }
  }

  /** The formulas of the essays the shipped templates were mined from. */
  shippedFormulas(): FormulaLibrary {
    return this.formulas;
  }

  list(): TemplateSummary[] {
    const user = [...(this.user?.list() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    return [...user, ...this.templates.values()].map(summaryOf);
  }

  /** A template by its id, or by the id it had before ids said what a template is. */
  get(id: string): Template {
    const t =
      this.templates.get(id) ??
      this.templates.get(this.formerIds.get(id) ?? '') ??
      this.user?.get(id);
    if (!t) throw new AppFailure('not_found', `找不到模板 ${id}`);
    return t;
  }

  /**
   * Everything wrong with a source, with line and column: the static checks, then one render
   * in the worker with the same helpers and options as every render, filled with `data` (a
   * template's own defaults when it has them). Empty when the template can be used.
   */
  async validate(source: string, data: Record<string, unknown> = {}): Promise<TemplateProblem[]> {
    const problems = validateTemplate(source);
    if (problems.length > 0) return problems;
    try {
      await this.renderer.render(source, data);
      return [];
    } catch (e) {
      if (!(e instanceof TemplateFailure)) throw e;
      return [{ line: e.at?.line ?? 1, column: e.at?.column ?? 1, message: e.problem }];
    }
  }

  /** Saves a user template once it has rendered against its own defaults. */
  async saveUser(template: Template): Promise<Template> {
    if (!this.user) throw new AppFailure('internal', '用户模板库尚未打开');
    if (this.templates.has(template.id)) {
      throw new AppFailure('invalid_argument', '不能覆盖内置模板,请另存为新模板');
    }
    const problem = (await this.validate(template.source, withDefaults(template, {})))[0];
    if (problem) throw problemFailure(problem);
    return this.user.put({ ...template, origin: 'user' });
  }

  async deleteUser(id: string): Promise<void> {
    if (!(await this.user?.delete(id))) throw new AppFailure('not_found', `找不到用户模板 ${id}`);
  }

  /** Fills a template, empty slots taking their defaults. */
  render(id: string, data: Record<string, unknown>): Promise<RenderedParts> {
    const template = this.get(id);
    return this.renderSource(template.source, withDefaults(template, data));
  }

  /** Renders any source, shipped or the user's, after the safety checks. */
  renderSource(source: string, data: Record<string, unknown>): Promise<RenderedParts> {
    const first = validateTemplate(source)[0];
    if (first) throw problemFailure(first);
    return this.renderer.render(source, data);
  }

  close(): Promise<void> {
    return this.renderer.close();
  }
}
