import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COPIED, RURAL } from '../../fixtures/similarity/essays';
import { analyzeBytes } from '../../../electron/services/miner-service';
import { corpusDir, repoRoot, useTempDirs } from '../support/fixtures';

const run = promisify(execFile);
const tempDir = useTempDirs();

/** Runs the check CLI; without `corpus` it uses the app's own corpus, as a fresh clone does. */
async function check(args: string[], corpus?: string) {
  const { FANSHI_CORPUS_DIR: _ignored, ...env } = process.env;
  return run(process.execPath, ['--import', 'tsx', 'electron/cli/check.ts', ...args], {
    cwd: repoRoot,
    env: corpus === undefined ? env : { ...env, FANSHI_CORPUS_DIR: corpus },
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
        // where the passage is in the draft's first section body, for the checks panel to go to
        spot: {
          field: { part: 'body', sectionId: 's1' },
          from: '这几年，我们'.length,
          to: '这几年，我们'.length + COPIED.length,
        },
      },
    ]);
    expect(report.placeholders).toEqual([
      expect.objectContaining({ text: 'XXX', label: '第2节标题' }),
    ]);
  });

  it('finds a sentence copied from a shipped corpus essay, with no corpus folder given', async () => {
    const [name] = (await readdir(corpusDir)).filter((f) => f.endsWith('.txt')).sort();
    if (!name) throw new Error('no corpus essay in assets/corpus');
    const analysis = await analyzeBytes(
      name,
      new Uint8Array(await readFile(join(corpusDir, name))),
    );
    const sentence = analysis.essays
      .flatMap((e) => e.paragraphs ?? [])
      .flatMap((p) => p.text.split(/(?<=。)/u))
      .find((s) => s.length >= 30);
    if (!sentence) throw new Error('no long sentence in the corpus essay');
    const dir = await tempDir('draft');
    const file = join(dir, '草稿.txt');
    await writeFile(file, `我的体会\n今天我想说：${sentence}\n`);
    const { stdout, stderr } = await check([file, '--data', join(dir, 'data')]);
    const report = JSON.parse(stdout) as {
      sourceEssays: number;
      matches: Array<{ sourceFile: string; sourceKind: string; text: string }>;
    };
    expect(report.sourceEssays).toBeGreaterThan(10);
    expect(stderr).toBe('');
    expect(report.matches).toContainEqual(
      expect.objectContaining({ sourceKind: 'corpus', sourceFile: name }),
    );
  }, 60_000);

  it('warns when there was nothing to compare with', async () => {
    const empty = await tempDir('empty-corpus');
    const dir = await tempDir('draft');
    const file = join(dir, '草稿.txt');
    await writeFile(file, '我的体会\n这是一段自己写的话。\n');
    const { stdout, stderr } = await check([file, '--data', join(dir, 'data')], empty);
    expect(JSON.parse(stdout)).toMatchObject({ sourceEssays: 0, overlapPercent: 0 });
    expect(stderr).toMatch(/^warning: 没有找到可比对的范文/u);
  });

  it('refuses a missing file with a Chinese message and a non-zero exit', async () => {
    const corpus = await tempDir('corpus');
    await expect(check(['/no/such/草稿.txt', '--data', corpus], corpus)).rejects.toMatchObject({
      code: 1,
      stderr: 'not_found: 找不到文件：/no/such/草稿.txt\n',
    });
  });
});
