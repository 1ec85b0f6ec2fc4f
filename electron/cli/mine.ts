/**
 * `npm run mine -- FILES... --out DIR`: analyses essays and writes one `<id>.hbs` + `<id>.json`
 * per template and `formulas.json` (the titles, subtitles, openings and closings of every essay
 * as formulas, which the templates' fields offer). The output depends only on the files' contents and base
 * names, so re-mining the corpus gives identical bytes.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formulaEssaysOf, mineFormulas } from '../core/templates/formulas';
import { mineTemplates, type MinedFile } from '../core/templates/library';
import { analyzeFile } from '../services/miner-service';
import { AppFailure } from '../shared/result';
import { FORMULAS_FILE } from '../services/templates/template-library';
import { runCli } from './run-cli';

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' } },
    allowPositionals: true,
  });
  if (!values.out || positionals.length === 0) {
    console.error('用法:npm run mine -- 文件... --out 目录');
    return 2;
  }
  const files: MinedFile[] = [];
  for (const file of [...positionals].sort((a, b) => basename(a).localeCompare(basename(b)))) {
    try {
      files.push(await analyzeFile(basename(file), await readFile(file)));
    } catch (e) {
      const msg = e instanceof AppFailure ? `${e.code}: ${e.message}` : String(e);
      console.error(`${basename(file)}: ${msg}`);
      return 1;
    }
  }
  const formulas = mineFormulas(files.flatMap((f) => formulaEssaysOf(f.analysis, f.lines)));
  const templates = mineTemplates(files, formulas);
  await mkdir(values.out, { recursive: true });
  // Replace what an earlier run wrote; leave anything else in the folder alone.
  for (const name of await readdir(values.out)) {
    if (name.endsWith('.hbs')) {
      await rm(join(values.out, name));
      await rm(join(values.out, name.replace(/\.hbs$/u, '.json')), { force: true });
    }
  }
  for (const t of templates) {
    const { source, ...metadata } = t;
    await writeFile(join(values.out, `${t.id}.hbs`), source);
    await writeFile(join(values.out, `${t.id}.json`), json(metadata));
  }
  await writeFile(join(values.out, FORMULAS_FILE), json(formulas));
  console.error(`已生成 ${templates.length} 个模板 → ${values.out}`);
  return 0;
}

runCli(main, '生成模板失败');
