import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../../electron/rpc/compose';
import { dispatch } from '../../../../electron/rpc/dispatch';
import { OverlapService } from '../../../../electron/services/similarity/overlap-service';
import type { ImportedEssay } from '../../../../electron/services/similarity/source-essays';
import type { DraftReport, OverlapReport } from '../../../../electron/shared/checks';
import type { Draft } from '../../../../electron/shared/model';
import type { Result } from '../../../../electron/shared/result';
import { COPIED, RURAL, SAFETY, TEACHER } from '../../../fixtures/similarity/essays';
import { okValue, useApps, useTempDirs } from '../../support/fixtures';

const tempDir = useTempDirs();
const openApp = useApps();

const SAFETY_PASSAGE = '对危险化学品、道路交通、建筑施工等领域开展拉网式排查';

async function corpusWith(...essays: Array<{ file: string; text: string }>): Promise<string> {
  const dir = await tempDir('corpus');
  for (const e of essays) await writeFile(join(dir, e.file), e.text);
  return dir;
}

const importedOf = (e: typeof TEACHER): ImportedEssay => ({
  id: 'teacher',
  fileName: e.file,
  title: e.title,
  text: e.text,
  importedAt: '2026-03-01T08:00:00.000Z',
});

describe('OverlapService', () => {
  it('compares with the corpus files and the imported essays', async () => {
    const service = new OverlapService({
      dataDir: await tempDir('data'),
      corpusDir: await corpusWith(RURAL, SAFETY),
      imported: { list: () => [importedOf(TEACHER)] },
    });
    const copiedTeacher = '课堂是教师成长的主阵地，只有潜心钻研教材';
    const report = await service.check(`我的体会\n${COPIED}。${copiedTeacher}。`);
    expect(report.sourceEssays).toBe(3);
    expect(report.matches.map((m) => [m.sourceKind, m.sourceFile, m.essayTitle])).toEqual([
      ['corpus', RURAL.file, RURAL.title],
      ['imported', TEACHER.file, TEACHER.title],
    ]);
  });

  it('keeps the index on disk, reuses it, and rebuilds it when a source changes', async () => {
    const dataDir = await tempDir('data');
    const corpusDir = await corpusWith(RURAL, SAFETY);
    const imported: ImportedEssay[] = [];
    const options = { dataDir, corpusDir, imported: { list: () => imported } };
    const first = new OverlapService(options);
    expect((await first.check(SAFETY_PASSAGE)).coveredChars).toBeGreaterThan(20);
    const built = await stat(first.indexPath);

    // a new process (a new service) on the same folder reads the file instead of rebuilding
    const again = new OverlapService(options);
    expect((await again.check(SAFETY_PASSAGE)).matches[0]?.sourceFile).toBe(SAFETY.file);
    const reused = await stat(again.indexPath);
    expect([reused.ino, reused.mtimeMs]).toEqual([built.ino, built.mtimeMs]);

    // a corpus file changes: the passage is gone from it, and the index is rebuilt
    await writeFile(join(corpusDir, SAFETY.file), SAFETY.text.replace('拉网式排查', '全面检查'));
    expect((await again.check(SAFETY_PASSAGE)).matches[0]?.text).toBe(
      '对危险化学品、道路交通、建筑施工等领域开展',
    );
    expect((await stat(again.indexPath)).ino).not.toBe(built.ino);

    // an essay is imported: the next check already sees it
    imported.push(importedOf(TEACHER));
    expect((await again.check('只有潜心钻研教材、用心研究学生')).matches[0]?.sourceKind).toBe(
      'imported',
    );
  });

  it('rebuilds a damaged index file instead of failing', async () => {
    const options = {
      dataDir: await tempDir('data'),
      corpusDir: await corpusWith(RURAL),
      imported: null,
    };
    const first = new OverlapService(options);
    await first.check(COPIED);
    const bytes = await readFile(first.indexPath);
    await writeFile(first.indexPath, bytes.subarray(0, bytes.length >> 1));
    const report = await new OverlapService(options).check(COPIED);
    expect(report.coveredChars).toBe(20);
  });

  it('works without a corpus folder', async () => {
    const service = new OverlapService({
      dataDir: await tempDir('data'),
      corpusDir: join(await tempDir('none'), 'missing'),
      imported: null,
    });
    expect(await service.check(COPIED)).toMatchObject({ sourceEssays: 0, overlapPercent: 0 });
  });
});

describe('checks:overlap and checks:report through dispatch', () => {
  const call = async <T>(
    handlers: AppCore['handlers'],
    channel: string,
    ...args: unknown[]
  ): Promise<T> => okValue((await dispatch(handlers, channel, args)) as Result<T>);

  it('an essay imported from a GBK file is named as the source of a copied passage', async () => {
    const hex = await readFile(
      resolve(__dirname, '../../../fixtures/similarity/rural-village-cadre.gbk.hex'),
      'utf8',
    );
    const gbk = Buffer.from(hex.trim(), 'hex');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const dataDir = await tempDir('data');
    const core = await openApp({ dataDir, corpusDir: await tempDir('empty') });
    const { handlers } = core;
    await call(handlers, 'templates:importEssays', {
      fileName: '村干部学习体会.txt',
      base64: gbk.toString('base64'),
    });
    const draft = await call<Draft>(handlers, 'drafts:create', { title: '我的学习体会' });
    const body = `这几年，我们${COPIED}，群众很满意。`;
    await call(handlers, 'drafts:save', {
      ...draft,
      sections: [{ id: 's1', level: 1, heading: '发展产业', body }],
      numbering: ['一、'],
    });

    const overlap = await call<OverlapReport>(handlers, 'checks:overlap', draft.id);
    expect(overlap.matches).toHaveLength(1);
    expect(overlap.matches[0]).toMatchObject({
      sourceKind: 'imported',
      sourceFile: '村干部学习体会.txt',
      essayTitle: '村干部学习乡村振兴的体会',
      text: COPIED,
    });
    const report = await call<DraftReport>(handlers, 'checks:report', draft.id);
    const m = report.overlap.matches[0];
    expect(report.text.slice(m?.draftStart, m?.draftEnd)).toBe(COPIED);
    expect(report.sections.map((s) => s.label)).toContain('一、发展产业');
  });

  it('an unknown draft is not_found', async () => {
    const core = await openApp({
      dataDir: await tempDir('data'),
      corpusDir: await tempDir('empty'),
    });
    const result = await dispatch(core.handlers, 'checks:overlap', ['no-such-draft']);
    expect(result.ok ? 'ok' : result.error.code).toBe('not_found');
  });
});
