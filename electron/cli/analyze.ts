import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_TEXT_BYTES } from '../core/decode';
import { analyzeBytes } from '../services/miner-service';
import { AppFailure } from '../shared/result';
import { runCli } from './run-cli';

/** `npm run --silent analyze -- FILE`: the file's structure analysis as JSON on stdout. */
async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    process.stderr.write('invalid_argument: 用法：npm run --silent analyze -- 文件路径\n');
    return 2;
  }
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
  const analysis = await analyzeBytes(
    basename(file),
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
  );
  process.stdout.write(JSON.stringify(analysis, null, 2) + '\n');
  return 0;
}

runCli(main, '分析失败');
