import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { z } from 'zod';
import type { Template, TemplateSummary } from '../../shared/model';
import { AppFailure } from '../../shared/result';

const GENRES = ['观后感', '读后感', '心得体会', '党课讲稿', '讲话稿', '工作总结', '述职报告', '其他'] as const;

const metadataSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u),
  name: z.string().min(1),
  genre: z.enum(GENRES),
  description: z.string(),
  sourceFile: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  slots: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/u),
      label: z.string(),
      kind: z.enum(['text', 'date', 'work', 'name', 'number', 'place', 'phrase']),
      default: z.string(),
      examples: z.array(z.string()),
    }),
  ),
});

type Render = (data: Record<string, unknown>) => string;

/**
 * Templates shipped in the templates folder: `<id>.json` metadata beside `<id>.hbs`. Compiled here,
 * in the host process, because Handlebars compiles with `new Function`, which the renderer's CSP
 * forbids.
 */
export class TemplateLibrary {
  private readonly templates = new Map<string, Template>();
  private readonly compiled = new Map<string, Render>();
  private readonly hbs = Handlebars.create();

  constructor(readonly dir: string) {}

  async load(): Promise<void> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      const raw: unknown = JSON.parse(await readFile(join(this.dir, name), 'utf8'));
      const parsed = metadataSchema.safeParse(raw);
      if (!parsed.success) continue; // not a template's metadata (e.g. a formula library)
      const source = await readFile(join(this.dir, `${parsed.data.id}.hbs`), 'utf8');
      this.templates.set(parsed.data.id, { ...parsed.data, source });
    }
  }

  list(): TemplateSummary[] {
    return [...this.templates.values()].map(({ id, name, genre, slots }) => ({
      id,
      name,
      genre,
      slots,
    }));
  }

  get(id: string): Template {
    const t = this.templates.get(id);
    if (!t) throw new AppFailure('not_found', `找不到模板 ${id}`);
    return t;
  }

  /** Fills the template; a slot left empty takes its default so the text never shows `{{`. */
  render(id: string, data: Record<string, unknown>): string {
    const template = this.get(id);
    const filled: Record<string, unknown> = {};
    for (const slot of template.slots) {
      const v = data[slot.name];
      filled[slot.name] = typeof v === 'string' && v.trim() !== '' ? v : slot.default;
    }
    let render = this.compiled.get(id);
    if (!render) {
      render = this.hbs.compile(template.source, { noEscape: true, strict: false });
      this.compiled.set(id, render);
    }
    try {
      return render(filled);
    } catch (e) {
      throw new AppFailure('template_error', `模板渲染失败:${e instanceof Error ? e.message : ''}`);
    }
  }
}
