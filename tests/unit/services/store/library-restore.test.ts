import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../../../electron/rpc/compose';
import { dispatch } from '../../../../electron/rpc/dispatch';
import { MAX_NAME_CHARS } from '../../../../electron/core/record-name';
import { BACKUP_FORMAT } from '../../../../electron/services/store/library-backup';
import type { ExportedFile } from '../../../../electron/shared/model';
import type { Phrase } from '../../../../electron/shared/phrases';
import type { Result } from '../../../../electron/shared/result';
import { draftParts, okValue, templatesDir, useStores, useTempDirs } from '../../support/fixtures';

const tempDir = useTempDirs();
const openStore = useStores();

/** A backup file as another copy (or a hand) wrote it: these outlines and nothing else. */
async function backupWithOutlines(names: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('fanshi-backup.json', JSON.stringify({ format: BACKUP_FORMAT, createdAt: '' }));
  names.forEach((name, i) => {
    const outline = { id: `o${i}`, name, title: '标题', numbering: [], sections: [] };
    zip.file(`outlines/o${i}.json`, JSON.stringify(outline));
  });
  return zip.generateAsync({ type: 'uint8array' });
}

describe('restoring the library from a backup', () => {
  it('replaces the outlines with the backup’s, not merging them, and their names stay unique', async () => {
    const store = await openStore(await tempDir('restore-outlines'));
    const draft = await store.insertDraft(draftParts());
    const kept = await store.saveOutline(draft.id, '安全生产讲话提纲');
    await store.saveOutline(draft.id, '述职报告提纲');
    const zip = await store.exportLibrary();

    await store.renameOutline(kept.id, '改过名的提纲');
    await store.saveOutline(draft.id, '备份之后的提纲');
    const result = await store.importLibrary(zip);

    expect(result).toMatchObject({ drafts: 1, outlines: 2, skipped: 0 });
    expect(store.listOutlines().map((o) => o.name)).toEqual(['安全生产讲话提纲', '述职报告提纲']);
    const [first] = store.listOutlines();
    await expect(store.renameOutline(first?.id ?? '', '述职报告提纲')).rejects.toMatchObject({
      code: 'invalid_argument',
    });
  });

  it('gives outlines of a backup that break the name rule names that keep it', async () => {
    const store = await openStore(await tempDir('restore-names'));
    const long = '关于进一步加强和改进新时代基层社区志愿服务工作的实施意见'.repeat(3);
    await store.importLibrary(
      await backupWithOutlines(['学习提纲', ' 学习提纲 ', '', long, '学习\n提纲']),
    );
    const names = store
      .listOutlines()
      .map((o) => o.name)
      .sort();
    expect(names).toHaveLength(5);
    expect(new Set(names).size).toBe(5);
    expect(names).toEqual(
      expect.arrayContaining(['学习提纲', '学习提纲（2）', '提纲', '学习 提纲']),
    );
    const cut = names.find((n) => n.startsWith('关于'));
    expect(cut).toHaveLength(MAX_NAME_CHARS);
    expect(cut?.endsWith('…')).toBe(true);
  });
});

describe('the user’s own 素材 in backups', () => {
  it('are backed up, and a restore brings back exactly the backup’s', async () => {
    const dataDir = await tempDir('restore-phrases');
    const corpus = await tempDir('no-corpus');
    const core = await composeApp({ dataDir, templatesDir, corpusDir: corpus });
    const call = async <T>(channel: Parameters<typeof dispatch>[1], args: unknown[]) =>
      okValue((await dispatch(core.handlers, channel, args)) as Result<T>);

    const mine = await call<Phrase>('phrases:save', [
      { kind: 'quote', text: '志愿服务，贵在坚持。', source: null },
    ]);
    const backup = await call<ExportedFile>('library:backup', []);
    const zip = await JSZip.loadAsync(Buffer.from(backup.base64, 'base64'));
    const files = Object.values(zip.files).filter((f) => !f.dir);
    expect(files.filter((f) => f.name.startsWith('phrases/'))).toHaveLength(1);

    await call('phrases:delete', [mine.id]);
    await call('phrases:save', [{ kind: 'four', text: '备份之后', source: null }]);
    await call('library:restore', [{ fileName: backup.fileName, base64: backup.base64 }]);

    const own = (await call<Phrase[]>('phrases:search', [{ limit: 50 }])).filter((p) => p.own);
    expect(own.map((p) => p.text)).toEqual(['志愿服务，贵在坚持。']);

    // and a new start on the folder finds the same
    const again = await composeApp({ dataDir, templatesDir, corpusDir: corpus });
    const reopened = okValue(
      (await dispatch(again.handlers, 'phrases:search', [{ limit: 50 }])) as Result<Phrase[]>,
    );
    expect(reopened.filter((p) => p.own).map((p) => p.text)).toEqual(['志愿服务，贵在坚持。']);
    await again.store.flush();
    await core.store.flush();
  });

  it('a backup made before 素材 were kept in backups leaves the user’s own as they are', async () => {
    const dataDir = await tempDir('restore-old');
    const core = await composeApp({
      dataDir,
      templatesDir,
      corpusDir: join(dataDir, 'no-corpus'),
    });
    okValue(
      await dispatch(core.handlers, 'phrases:save', [
        { kind: 'quote', text: '贵在坚持。', source: null },
      ]),
    );
    const zip = Buffer.from(await backupWithOutlines([])).toString('base64');
    okValue(await dispatch(core.handlers, 'library:restore', [{ fileName: 'a.zip', base64: zip }]));
    const own = okValue(
      (await dispatch(core.handlers, 'phrases:search', [{ limit: 50 }])) as Result<Phrase[]>,
    ).filter((p) => p.own);
    expect(own.map((p) => p.text)).toEqual(['贵在坚持。']);
    await core.store.flush();
  });
});
