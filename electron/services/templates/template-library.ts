import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Template, TemplateSummary } from '../../shared/model';
import { AppFailure } from '../../shared/result';
import { TemplateRenderer, type RenderedParts } from './render-worker';
import { withDefaults } from './template-data';
import type { Collection } from '../store/collection';
import { MAX_TEMPLATE_BYTES, validateTemplate } from './validate-template';
import { NUMBERING_SCHEMES } from '../../core/draft/numbering';

const GENRES = [
  '观后感',
  '读后感',
  '心得体会',
  '党课讲稿',
  '讲话稿',
  '工作总结',
  '述职报告',
  '其他',
] as const;

/** Handlebars identifiers: letters (Chinese included), digits, underscore. */
const slotName = z.string().regex(/^[\p{L}_][\p{L}\p{N}_]*$/u);

const slotSchema = z.object({
  name: slotName,
  label: z.string(),
  kind: z.enum(['text', 'date', 'work', 'name', 'number', 'place', 'phrase']),
  default: z.string(),
  examples: z.array(z.string()),
});

/** A template's metadata file: everything but its Handlebars source. */
export const templateMetadataSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u),
  name: z.string().min(1),
  genre: z.enum(GENRES),
  description: z.string(),
  family: z.string(),
  sourceFile: z.string().nullable(),
  sourceTitle: z.string().nullable(),
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
    }),
  ),
  sections: z.array(
    z.object({
      level: z.number().int().min(1).max(3),
      numbering: z.enum(NUMBERING_SCHEMES),
      frame: z.string().nullable(),
      repeat: z.boolean(),
      heading: z.string(),
      hint: z.string(),
    }),
  ),
});

export type TemplateMetadata = z.infer<typeof templateMetadataSchema>;

/** A user template as stored with the user's library: metadata plus its source. */
export const userTemplateSchema: z.ZodType<Template> = templateMetadataSchema.extend({
  source: z.string().max(MAX_TEMPLATE_BYTES),
  origin: z.literal('user'),
});

export const summaryOf = (t: Template): TemplateSummary => ({
  id: t.id,
  name: t.name,
  genre: t.genre,
  family: t.family,
  origin: t.origin,
  description: t.description,
  sourceFile: t.sourceFile,
  sourceTitle: t.sourceTitle,
  skeleton: t.sections.map(
    (s) => '  '.repeat(s.level - 1) + (s.frame ?? s.heading).replaceAll('…', '____'),
  ),
});

/**
 * The shipped templates (`<id>.json` metadata beside `<id>.hbs` in the templates folder) and the
 * user's own. Rendering happens in a worker (see render-worker): never in the renderer, whose CSP
 * forbids the `new Function` Handlebars compiles with.
 */
export class TemplateLibrary {
  private readonly templates = new Map<string, Template>();
  private readonly renderer = new TemplateRenderer();
  private user: Collection<Template> | null = null;

  constructor(readonly dir: string) {}

  /** The user's own templates, kept with their drafts rather than in the shipped folder. */
  attachUserTemplates(collection: Collection<Template>): void {
    this.user = collection;
  }

  async load(): Promise<void> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(join(this.dir, name), 'utf8'));
      } catch {
        continue; // a damaged file must not keep the other templates from loading
      }
      const parsed = templateMetadataSchema.safeParse(raw);
      if (!parsed.success) continue; // not a template (the formula library lives here too)
      const source = await readFile(join(this.dir, `${parsed.data.id}.hbs`), 'utf8');
      this.templates.set(parsed.data.id, { ...parsed.data, source, origin: 'builtin' });
    }
  }

  list(): TemplateSummary[] {
    const user = [...(this.user?.list() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    return [...user, ...this.templates.values()].map(summaryOf);
  }

  get(id: string): Template {
    const t = this.templates.get(id) ?? this.user?.get(id);
    if (!t) throw new AppFailure('not_found', `找不到模板 ${id}`);
    return t;
  }

  async saveUser(template: Template): Promise<Template> {
    if (!this.user) throw new AppFailure('internal', '用户模板库尚未打开');
    if (this.templates.has(template.id)) {
      throw new AppFailure('invalid_argument', '不能覆盖内置模板,请另存为新模板');
    }
    const problem = validateTemplate(template.source)[0];
    if (problem) {
      throw new AppFailure(
        'template_error',
        `模板第 ${problem.line} 行第 ${problem.column} 列:${problem.message}`,
      );
    }
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
    const problems = validateTemplate(source);
    const first = problems[0];
    if (first) {
      throw new AppFailure(
        'template_error',
        `模板第 ${first.line} 行第 ${first.column} 列:${first.message}`,
      );
    }
    return this.renderer.render(source, data);
  }

  close(): Promise<void> {
    return this.renderer.close();
  }
}
