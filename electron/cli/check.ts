import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftReport } from '../core/checks/draft-report';
import { decodeBytes, MAX_TEXT_BYTES } from '../core/decode';
import { draftToText } from '../core/draft/draft-text';
import { textToDraftParts } from '../core/draft/text-to-draft';
import { resolveCorpusDir, resolveDataDir } from '../services/paths';
import { OverlapService } from '../services/similarity/overlap-service';
import { IMPORTED_ESSAYS, importedEssaySchema } from '../services/similarity/source-essays';
import { openCollection } from '../services/store/collection';
import type { Draft } from '../shared/model';
import { AppFailure } from '../shared/result';
import { runCli } from './run-cli';

/**
 * `npm run --silent check -- DRAFT.txt [--data DIR]`: the draft report as JSON on stdout, with
 * the overlap (查重) against the corpus essays and the imported essays of the data folder. The
 * file is read as a draft (first line the title, numbered short lines the headings); every
 * offset indexes the report's `text`, the draft as plain text.
 */
const repoRoot = resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  let file: string | undefined;
  let data: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      options: { data: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new Error('usage');
    file = positionals[0];
    data = values.data;
  } catch {
    process.stderr.write(
      'invalid_argument: 用法：npm run --silent check -- 草稿.txt [--data 数据文件夹]\n',
    );
    return 2;
  }
  if (!file) throw new AppFailure('invalid_argument', '缺少草稿文件');
  const path = file;
  const info = await stat(path).catch(() => {
    throw new AppFailure('not_found', `找不到文件：${path}`);
  });
  if (!info.isFile()) throw new AppFailure('invalid_argument', `不是普通文件：${path}`);
  if (info.size > MAX_TEXT_BYTES) throw new AppFailure('too_large', '文件过大，无法检查');
  const { text, encoding } = decodeBytes(new Uint8Array(await readFile(path)));
  const now = new Date().toISOString();
  const draft: Draft = {
    id: basename(path),
    templateId: null,
    createdAt: now,
    updatedAt: now,
    ...textToDraftParts(text),
  };
  const dataDir = resolveDataDir(data);
  const overlap = new OverlapService({
    dataDir,
    corpusDir: resolveCorpusDir({ repoRoot }),
    imported: await openCollection(dataDir, IMPORTED_ESSAYS, importedEssaySchema),
  });
  const report = draftReport(draft, await overlap.check(draftToText(draft)));
  const { overlap: found, ...rest } = report;
  const out = { file: basename(path), encoding, ...found, ...rest };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  if (found.sourceEssays === 0) {
    process.stderr.write(
      'warning: 没有找到可比对的范文（范文库为空或缺失，也没有导入的范文），重复率 0% 不代表没有重复\n',
    );
  }
  return 0;
}

runCli(main, '检查失败');
