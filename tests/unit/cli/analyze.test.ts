import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../electron/shared/analysis';
import { repoRoot, useTempDirs } from '../support/fixtures';

const run = promisify(execFile);
const tempDir = useTempDirs();

const body = '我们要把这项工作放在心上、抓在手上,一步一个脚印推进,确保取得实实在在的成效。';
const essay = (title: string): string =>
  [
    title,
    '今年以来,我们扎实推进各项工作。' + body,
    '一、提高认识',
    body,
    '二、狠抓落实',
    body,
  ].join('\n');

async function analyze(args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'electron/cli/analyze.ts', ...args], {
    cwd: repoRoot,
  });
}

describe('npm run --silent analyze -- FILE... [--out DIR]', () => {
  it('writes one analysis per file, named after it, in one run', async () => {
    const dir = await tempDir('essays');
    const files = ['防汛工作总结.txt', '读书心得.txt', '消防讲话.txt'];
    for (const f of files) await writeFile(join(dir, f), essay(f.replace('.txt', '')));
    const out = join(await tempDir('out'), 'nested');
    const { stdout } = await analyze([...files.map((f) => join(dir, f)), '--out', out]);
    expect(stdout).toBe('');
    expect((await readdir(out)).sort()).toEqual(
      ['防汛工作总结.json', '消防讲话.json', '读书心得.json'].sort(),
    );
    const a = JSON.parse(await readFile(join(out, '读书心得.json'), 'utf8')) as Analysis;
    expect(a.file).toBe('读书心得.txt');
    expect(a.essays[0]?.title).toBe('读书心得');
    expect(a.essays[0]?.headings.map((h) => h.text)).toEqual(['一、提高认识', '二、狠抓落实']);
  });

  it('reports a file it cannot read, writes the others, and exits 1', async () => {
    const dir = await tempDir('essays');
    await writeFile(join(dir, '读书心得.txt'), essay('读书心得'));
    const out = await tempDir('out');
    const failed = analyze([
      join(dir, '没有这个文件.txt'),
      join(dir, '读书心得.txt'),
      '--out',
      out,
    ]);
    await expect(failed).rejects.toMatchObject({
      code: 1,
      stderr: `没有这个文件.txt: not_found: 找不到文件：${join(dir, '没有这个文件.txt')}\n`,
    });
    expect(await readdir(out)).toEqual(['读书心得.json']);
  });

  it('prints one file’s analysis, or an array for several, without --out', async () => {
    const dir = await tempDir('essays');
    await writeFile(join(dir, 'a.txt'), essay('读书心得'));
    await writeFile(join(dir, 'b.txt'), essay('学习体会'));
    const one = JSON.parse((await analyze([join(dir, 'a.txt')])).stdout) as Analysis;
    expect(one.file).toBe('a.txt');
    const two = JSON.parse(
      (await analyze([join(dir, 'a.txt'), join(dir, 'b.txt')])).stdout,
    ) as Analysis[];
    expect(two.map((x) => x.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses a call without files', async () => {
    await expect(analyze(['--out'])).rejects.toMatchObject({
      code: 2,
      stderr: 'invalid_argument: 用法：npm run --silent analyze -- 文件... [--out 目录]\n',
    });
  });
});
