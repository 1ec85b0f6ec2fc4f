import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../../../electron/rpc/compose';
import { dispatch } from '../../../../electron/rpc/dispatch';
import { analyzeBytes } from '../../../../electron/services/miner-service';
import {
  analysisEssays,
  OWN_PHRASES,
  ownPhraseSchema,
  PhraseService,
} from '../../../../electron/services/phrases/phrase-service';
import {
  IMPORTED_ESSAYS,
  importedEssaySchema,
  rememberImportedEssays,
} from '../../../../electron/services/similarity/source-essays';
import { openCollection } from '../../../../electron/services/store/collection';
import { TemplateLibrary } from '../../../../electron/services/templates/template-library';
import type { FormulaLibrary } from '../../../../electron/shared/formulas';
import type { Phrase } from '../../../../electron/shared/phrases';
import { corpusDir, okValue, templatesDir, useTempDirs } from '../../support/fixtures';

const tempDir = useTempDirs();

async function serviceOn(dataDir: string, corpus: string | null) {
  const imported = await openCollection(dataDir, IMPORTED_ESSAYS, importedEssaySchema);
  const own = await openCollection(dataDir, OWN_PHRASES, ownPhraseSchema);
  // the shipped formulas come with the corpus; without it there are none
  const library = new TemplateLibrary(templatesDir);
  await library.load();
  const none: FormulaLibrary = { title: [], subtitle: [], opening: [], closing: [] };
  const formulas = (): FormulaLibrary => (corpus ? library.shippedFormulas() : none);
  return { imported, service: new PhraseService({ corpusDir: corpus, imported, own, formulas }) };
}

describe('the phrase bank of the seed corpus', () => {
  it('finds at least 30 金句, 20 排比句 and 50 四字短语 runs, each a span of its source essay', async () => {
    const { service } = await serviceOn(await tempDir('phrases'), corpusDir);
    const all = await service.search({ limit: 500 });
    const count = (kind: Phrase['kind']) => all.filter((p) => p.kind === kind).length;
    expect(count('quote')).toBeGreaterThanOrEqual(30);
    expect(count('parallel')).toBeGreaterThanOrEqual(20);
    expect(count('four')).toBeGreaterThanOrEqual(50);

    const essays = [];
    for (const f of (await readdir(corpusDir)).filter((n) => n.endsWith('.txt'))) {
      const bytes = new Uint8Array(await readFile(join(corpusDir, f)));
      essays.push(...analysisEssays(await analyzeBytes(f, bytes)));
    }
    for (const p of all) {
      const [first] = p.sources;
      // an opening or closing is a formula of the library, its holes blank; its example is a
      // sentence of some corpus essay (the library keeps no file)
      const formula = p.kind === 'opening' || p.kind === 'closing';
      // several essays of a collection may have no title: any of them may be the source
      const sources = formula
        ? essays
        : essays.filter((e) => e.file === first?.file && e.title === first.title);
      const span = formula ? p.context : p.text;
      const inSource = sources.some((e) => e.paragraphs.some((para) => para.includes(span)));
      expect(inSource, p.text).toBe(true);
      if (formula) expect(p.text, p.context).toContain('____');
      else expect(p.context).toContain(p.text.replace(/[。！？]$/u, ''));
    }
  }, 60_000);
});

describe('the user’s essays and phrases', () => {
  it('takes in a newly imported essay at the next search', async () => {
    const { service, imported } = await serviceOn(await tempDir('phrases'), null);
    expect(await service.search({})).toEqual([]);
    await rememberImportedEssays(imported, '教师培训心得.txt', [
      { title: '教师培训心得体会', text: '教师培训心得体会\n我们要立德树人、潜心育人、教书育人。' },
    ]);
    expect(await service.search({ text: '育人' })).toEqual([
      expect.objectContaining({
        kind: 'four',
        text: '立德树人、潜心育人、教书育人',
        genres: ['心得体会'],
        sources: [{ file: '教师培训心得.txt', title: '教师培训心得体会' }],
      }),
    ]);
  });

  it('keeps a starred phrase across a restart, lists it first, and deletes it', async () => {
    const dataDir = await tempDir('phrases');
    const paths = { dataDir, templatesDir, corpusDir };
    const core = await composeApp(paths);
    const saved = okValue(
      await dispatch(core.handlers, 'phrases:save', [
        { kind: 'quote', text: ' 功成不必在我，功成必定有我。 ', source: null },
      ]),
    ) as Phrase;
    expect(saved).toMatchObject({ own: true, text: '功成不必在我，功成必定有我。' });
    await core.store.close();

    const again = await composeApp(paths);
    const found = okValue(
      await dispatch(again.handlers, 'phrases:search', [{ kind: 'quote', limit: 5 }]),
    ) as Phrase[];
    expect(found[0]).toMatchObject({ id: saved.id, own: true });
    expect(found).toHaveLength(5);
    okValue(await dispatch(again.handlers, 'phrases:delete', [saved.id]));
    const after = okValue(
      await dispatch(again.handlers, 'phrases:search', [{ kind: 'quote' }]),
    ) as Phrase[];
    expect(after.some((p) => p.own)).toBe(false);
    const missing = await dispatch(again.handlers, 'phrases:delete', [saved.id]);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await again.store.close();
  }, 60_000);
});
