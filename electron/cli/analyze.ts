import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_TEXT_BYTES } from '../core/decode';
import { analyzeBytes } from '../services/miner-service';
import type { Analysis } from '../shared/analysis';
import { AppFailure } from '../shared/result';
import { runCli } from './run-cli';

const USAGE = 'invalid_argument: 用法：npm run --silent analyze -- 文件... [--out 目录]\n';

async function analyzeFile(file: string): Promise<Analysis> {
  const info = await stat(file).catch(() => {
    throw new AppFailure('not_found', `找不到文件：${file}`);
  });
  if (!info.isFile()) throw new AppFailure('invalid_argument', `不是普通文件：${file}`);
  if (info.size > MAX_TEXT_BYTES) {
    throw new AppFailure(
      'too_large',
      `文件过大（超过 ${MAX_TEXT_BYTES / 1024 / 1024} MB），无法分析`,
    );
  }
  const bytes = await readFile(file);
  return analyzeBytes(basename(file), new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

/**
 * `npm run --silent analyze -- FILE...`: one file's analysis as JSON on stdout; with several files
 * and no `--out`, a JSON array. `--out DIR` writes `DIR/<base name>.json` per file instead, all in
 * one process; a file that cannot be read is reported on stderr and the others are still written.
 */
async function main(): Promise<number> {
  let parsed: { values: { out?: string }; positionals: string[] };
  try {
    parsed = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  } catch {
    process.stderr.write(USAGE);
    return 2;
  }
  const { out } = parsed.values;
  const { positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (out === undefined) {
    if (positionals.length === 1) {
      process.stdout.write(json(await analyzeFile(positionals[0] ?? '')));
      return 0;
    }
    const all: Analysis[] = [];
    for (const file of positionals) all.push(await analyzeFile(file));
    process.stdout.write(json(all));
    return 0;
  }
  await mkdir(out, { recursive: true });
  let failed = 0;
  for (const file of positionals) {
    try {
      const analysis = await analyzeFile(file);
      await writeFile(join(out, `${basename(file, extname(file))}.json`), json(analysis));
    } catch (e) {
      const failure = e instanceof AppFailure ? e : null;
      const message = failure ? `${failure.code}: ${failure.message}` : String(e);
      process.stderr.write(`${basename(file)}: ${message}\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

runCli(main, '分析失败');
