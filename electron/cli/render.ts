/**
 * `npm run --silent render -- TEMPLATE_ID DATA.json`: prints the filled text of a shipped template.
 * `--all` renders every template from its defaults (a quick check that none leaves `{{`).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { partsToText } from '../services/templates/template-data';
import { TemplateLibrary } from '../services/templates/template-library';
import { AppFailure } from '../shared/result';
import { runCli } from './run-cli';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { templates: { type: 'string' }, all: { type: 'boolean' } },
    allowPositionals: true,
  });
  const library = new TemplateLibrary(values.templates ?? resolve(__dirname, '../../templates'));
  try {
    await library.load();
    if (values.all) {
      for (const t of library.list()) {
        console.log(`### ${t.id} ${t.name}\n${partsToText(await library.render(t.id, {}))}\n`);
      }
      return 0;
    }
    const [id, dataFile] = positionals;
    if (!id || !dataFile) {
      console.error('用法:npm run --silent render -- 模板ID 数据.json');
      return 2;
    }
    const data: unknown = JSON.parse(await readFile(dataFile, 'utf8'));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      console.error('invalid_argument: 数据文件必须是一个 JSON 对象');
      return 1;
    }
    console.log(partsToText(await library.render(id, data as Record<string, unknown>)));
    return 0;
  } catch (e) {
    if (e instanceof AppFailure) console.error(`${e.code}: ${e.message}`);
    else if (e instanceof SyntaxError) console.error(`invalid_argument: 数据文件不是合法的 JSON`);
    else throw e;
    return 1;
  } finally {
    await library.close();
  }
}

runCli(main, '渲染失败');
