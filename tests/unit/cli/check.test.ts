import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COPIED, RURAL } from '../../fixtures/similarity/essays';
import { repoRoot, useTempDirs } from '../support/fixtures';

const run = promisify(execFile);
const tempDir = useTempDirs();

async function check(args: string[], corpusDir: string) {
  return run(process.execPath, ['--import', 'tsx', 'electron/cli/check.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, FANSHI_CORPUS_DIR: corpusDir },
  });
}

describe('npm run --silent check -- DRAFT.txt', () => {
  it('prints the report JSON with overlapPercent and each match', async () => {
    const corpus = await tempDir('corpus');
    await writeFile(join(corpus, RURAL.file), RURAL.text);
    const dir = await tempDir('draft');
    const file = join(dir, '草稿.txt');
    await writeFile(file, `我的体会\n一、发展产业\n这几年，我们${COPIED}。\n二、XXX\n`);
    const { stdout } = await check([file, '--data', join(dir, 'data')], corpus);
    const report = JSON.parse(stdout) as Record<string, unknown> & {
      text: string;
      matches: Array<Record<string, unknown> & { draftStart: number; draftEnd: number }>;
    };
    expect(report).toMatchObject({ file: '草稿.txt', encoding: 'utf-8', sourceEssays: 1 });
    expect(report.overlapPercent).toBeGreaterThan(50);
    expect(report.matches).toEqual([
      {
        draftStart: report.text.indexOf(COPIED),
        draftEnd: report.text.indexOf(COPIED) + COPIED.length,
        sourceKind: 'corpus',
        sourceFile: RURAL.file,
        essayTitle: RURAL.title,
        sourceStart: RURAL.text.indexOf(COPIED),
        sourceEnd: RURAL.text.indexOf(COPIED) + COPIED.length,
        text: COPIED,
      },
    ]);
    expect(report.placeholders).toEqual([
      expect.objectContaining({ text: 'XXX', label: '第2节标题' }),
    ]);
  });

  it('refuses a missing file with a Chinese message and a non-zero exit', async () => {
    const corpus = await tempDir('corpus');
    await expect(check(['/no/such/草稿.txt', '--data', corpus], corpus)).rejects.toMatchObject({
      code: 1,
      stderr: 'not_found: 找不到文件：/no/such/草稿.txt\n',
    });
  });
});
