import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partsToDraft, partsToText } from '../../../../electron/services/templates/template-data';
import { rankFormulas } from '../../../../electron/core/templates/formulas';
import { TemplateLibrary } from '../../../../electron/services/templates/template-library';
import { GUANHOUGAN, GUANHOUGAN_BEFORE, IDS_BEFORE } from '../../../fixtures/template-ids';
import { corpusDir, repoRoot, templatesDir, useTempDirs } from '../../support/fixtures';
import { appFailure } from '../../support/app-failure';

/** Names used as `{{name}}` in a Handlebars source (helpers' block tags excluded). */
const placeholders = (source: string): string[] =>
  [...source.matchAll(/\{\{(?![#/])\s*([^\s{}]+)\s*\}\}/gu)].map((m) => m[1] ?? '');

describe('the shipped templates, mined from the corpus', () => {
  const library = new TemplateLibrary(templatesDir);
  beforeAll(() => library.load());
  afterAll(() => library.close());

  it('are at least 15, in every genre the corpus essays with headings have', () => {
    const list = library.list();
    expect(list.length).toBeGreaterThanOrEqual(15);
    expect(new Set(list.map((t) => t.genre))).toEqual(new Set(['观后感', '心得体会', '党课讲稿']));
    for (const t of list) {
      expect(t.origin).toBe('builtin');
      expect(t.sourceFile).toMatch(/^[^/\\]+\.txt$/u); // a base name, never a path
    }
  });

  it('fill every {{name}} from a slot, a block field or the body', () => {
    for (const { id } of library.list()) {
      const t = library.get(id);
      const known = new Set([
        ...t.slots.map((s) => s.name),
        ...t.blocks.flatMap((b) => [
          b.name,
          ...b.fields.map((f) => f.name),
          ...Object.keys(b.rows[0] ?? {}),
        ]),
        '正文',
      ]);
      expect(
        placeholders(t.source).filter((n) => !known.has(n)),
        id,
      ).toEqual([]);
    }
  });

  it('render from their defaults with nothing left in braces, and as many sections as rows', async () => {
    for (const { id } of library.list()) {
      const t = library.get(id);
      const parts = await library.render(id, {});
      const text = partsToText(parts);
      expect(text, id).not.toMatch(/\{\{|\}\}/u);
      expect(parts.sections.length, id).toBe(t.blocks[0]?.rows.length);
      for (const slot of t.slots) expect(text, `${id}.${slot.name}`).toContain(slot.default);
    }
  });

  it('put a fourth row of a parallel group into the frame, numbered after the others', async () => {
    const framed = library.list().find((t) => library.get(t.id).blocks[0]?.frame);
    if (!framed) throw new Error('no framed template shipped');
    const t = library.get(framed.id);
    const block = t.blocks[0];
    if (!block) throw new Error('no block');
    const rows = [
      ...block.rows.map(() => ({})),
      Object.fromEntries(block.fields.map((f) => [f.name, '新词'])),
    ];
    const draft = partsToDraft(await library.render(t.id, { [block.name]: rows }));
    expect(draft.sections).toHaveLength(block.rows.length + 1);
    const literals = (block.frame ?? '').split('…').filter((l) => l.length > 0);
    for (const lit of literals) expect(draft.sections.at(-1)?.heading).toContain(lit);
    expect(draft.sections.at(-1)?.heading).toContain('新词');
  });

  it('insert the user’s text literally, without HTML escaping or template evaluation', async () => {
    const t = library
      .list()
      .map((s) => library.get(s.id))
      .find((s) => s.slots.length > 0);
    const slot = t?.slots[0];
    if (!t || !slot) throw new Error('no template with a slot');
    const typed = '安全生产"三年行动"&<隐患排查>{{正文}}';
    const text = partsToText(await library.render(t.id, { [slot.name]: typed }));
    expect(text).toContain(typed);
    expect(text).not.toContain('&amp;');
  });

  it('are found by the ids they had before ids said what a template is', () => {
    expect(library.get(GUANHOUGAN_BEFORE).id).toBe(GUANHOUGAN);
    const resolved = IDS_BEFORE.map((old) => library.get(old).id);
    expect(new Set(resolved).size).toBe(IDS_BEFORE.length);
  });

  it('offer the formulas they were mined with, the genre’s own first', () => {
    const formulas = rankFormulas(library.shippedFormulas(), '观后感');
    expect(formulas.title[0]?.genres).toContain('观后感');
    expect(formulas.opening.some((f) => f.count >= 2)).toBe(true);
  });

  it('report an unknown template as not_found', async () => {
    expect((await appFailure(() => library.get('no-such-template'))).code).toBe('not_found');
    expect((await appFailure(() => library.render('no-such-template', {}))).code).toBe('not_found');
  });
});

describe('npm run mine', () => {
  const tempDir = useTempDirs();

  it('re-mines the corpus into exactly the bytes in templates/', async () => {
    const out = await tempDir('mine');
    const files = (await readdir(corpusDir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join('assets', 'corpus', f));
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/mine.ts', ...files, '--out', out],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const shipped = (await readdir(templatesDir)).sort();
    expect((await readdir(out)).sort()).toEqual(shipped);
    for (const name of shipped) {
      expect(await readFile(join(out, name), 'utf8'), name).toBe(
        await readFile(join(templatesDir, name), 'utf8'),
      );
    }
  }, 60_000);
});

describe('a templates folder with other files in it', () => {
  const tempDir = useTempDirs();

  it('skips JSON that is not template metadata, and a damaged file', async () => {
    const dir = await tempDir('templates');
    const [first] = (await readdir(templatesDir)).filter((n) => n.endsWith('.hbs'));
    if (!first) throw new Error('no shipped template');
    const id = first.replace(/\.hbs$/u, '');
    for (const ext of ['.hbs', '.json']) {
      await writeFile(join(dir, id + ext), await readFile(join(templatesDir, id + ext)));
    }
    await writeFile(join(dir, 'formulas.json'), JSON.stringify({ openings: [], closings: [] }));
    await writeFile(join(dir, 'broken.json'), '{ "id": "broken", ');
    const library = new TemplateLibrary(dir);
    await library.load();
    expect(library.list().map((t) => t.id)).toEqual([id]);
    await library.close();
  });
});
