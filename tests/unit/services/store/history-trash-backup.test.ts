import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { KEEP_VERSIONS } from '../../../../electron/services/store/draft-history';
import { KEEP_BACKUPS } from '../../../../electron/services/store/library-backup';
import { draftParts, useStores, useTempDirs } from '../../support/fixtures';
import { listedSorted } from '../../support/store-reads';

const tempDir = useTempDirs();
const openLibrary = useStores();

/** A store whose clock the test moves. */
async function openStore(dir: string, autoBackup = false) {
  const clock = { now: new Date('2026-03-01T08:00:00.000Z') };
  const store = await openLibrary(dir, { autoBackup, now: () => clock.now });
  const advance = (ms: number): void => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  return { store, clock, advance };
}

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

const newDraft = (title: string, closing = '让我们齐心协力,再创佳绩。') =>
  draftParts({ title, closing });

describe('history', () => {
  it('Ctrl+S keeps a version; the same content twice is one version', async () => {
    const { store, advance } = await openStore(await tempDir('history'));
    const draft = await store.insertDraft(newDraft('教师培训心得体会'));
    const v1 = await store.snapshotDraft(draft.id);
    advance(MIN);
    expect((await store.snapshotDraft(draft.id)).id).toBe(v1.id);
    await store.saveDraft({ ...draft, closing: '改过的结尾。' });
    const v2 = await store.snapshotDraft(draft.id);
    expect(v2).toMatchObject({ reason: 'manual', title: '教师培训心得体会' });
    expect((await store.listVersions(draft.id)).map((v) => v.id)).toEqual([v2.id, v1.id]);
  });

  it(`keeps the newest ${KEEP_VERSIONS} versions`, async () => {
    const { store, advance } = await openStore(await tempDir('keep'));
    let draft = await store.insertDraft(newDraft('工作总结'));
    for (let i = 0; i < KEEP_VERSIONS + 5; i++) {
      advance(1000);
      draft = await store.saveDraft({ ...draft, closing: `第${i}稿` });
      await store.snapshotDraft(draft.id);
    }
    const versions = await store.listVersions(draft.id);
    expect(versions).toHaveLength(KEEP_VERSIONS);
    const newest = await store.compareVersions(draft.id, versions[0]?.id ?? '', 'current');
    expect(newest).toEqual([expect.objectContaining({ op: 'same' })]);
  });

  it('reopening a draft idle for 5 minutes keeps a version first; sooner does not', async () => {
    const { store, advance } = await openStore(await tempDir('reopen'));
    const draft = await store.insertDraft(newDraft('述职报告'));
    advance(4 * MIN);
    await store.openDraft(draft.id);
    expect(await store.listVersions(draft.id)).toEqual([]);
    advance(MIN);
    await store.openDraft(draft.id);
    expect((await store.listVersions(draft.id)).map((v) => v.reason)).toEqual(['reopen']);
  });

  it('compares two versions and restores one, keeping what it replaced', async () => {
    const { store, advance } = await openStore(await tempDir('restore'));
    const draft = await store.insertDraft(newDraft('安全生产讲话', '守住安全底线。'));
    const old = await store.snapshotDraft(draft.id);
    advance(MIN);
    await store.saveDraft({ ...draft, closing: '守住安全红线。' });

    const diff = await store.compareVersions(draft.id, old.id, 'current');
    expect(diff.filter((p) => p.op === 'del').map((p) => p.text)).toEqual(['底']);
    expect(diff.filter((p) => p.op === 'add').map((p) => p.text)).toEqual(['红']);

    const restored = await store.restoreVersion(draft.id, old.id);
    expect(restored.closing).toBe('守住安全底线。');
    expect(restored.createdAt).toBe(draft.createdAt);
    const reasons = (await store.listVersions(draft.id)).map((v) => v.reason);
    expect(reasons).toEqual(['before-restore', 'manual']);
    await expect(store.restoreVersion(draft.id, '../../etc')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('versions that differ only in 字数 targets or a run-in heading are two, and a restore keeps them', async () => {
    const { store, advance } = await openStore(await tempDir('targets'));
    const draft = await store.insertDraft(newDraft('安全生产讲话'));
    const plain = await store.snapshotDraft(draft.id);
    advance(MIN);
    const [first, ...rest] = draft.sections;
    if (!first) throw new Error('fixture has sections');
    const aimed = await store.saveDraft({
      ...draft,
      target: 1500,
      sections: [{ ...first, target: 400, inline: true }, ...rest],
    });
    const withTargets = await store.snapshotDraft(draft.id);
    expect(withTargets.id).not.toBe(plain.id);
    advance(MIN);
    await store.saveDraft({ ...aimed, sections: [{ ...first, inline: true }, ...rest] });
    expect((await store.snapshotDraft(draft.id)).id).not.toBe(withTargets.id);

    const back = await store.restoreVersion(draft.id, withTargets.id);
    expect(back.target).toBe(1500);
    expect(back.sections[0]).toMatchObject({ target: 400, inline: true });
    const none = await store.restoreVersion(draft.id, plain.id);
    expect(none.target).toBeUndefined();
    expect(none.sections[0]?.inline).toBeUndefined();
    const again = await store.restoreVersion(draft.id, withTargets.id);
    expect(again).toMatchObject({ target: 1500 });
    expect(again.sections[0]).toMatchObject({ target: 400, inline: true });
  });

  it('the same content read back with its keys in another order is one version', async () => {
    const { store, advance } = await openStore(await tempDir('order'));
    const draft = await store.insertDraft(newDraft('安全生产讲话'));
    const v1 = await store.snapshotDraft(draft.id);
    advance(MIN);
    const reordered = Object.fromEntries(Object.entries(draft).reverse()) as typeof draft;
    await store.saveDraft(reordered);
    expect((await store.snapshotDraft(draft.id)).id).toBe(v1.id);
  });
});

describe('trash', () => {
  it('delete moves a draft to the trash; restore brings it back whole', async () => {
    const dir = await tempDir('trash');
    const { store } = await openStore(dir);
    const draft = await store.insertDraft(newDraft('乡村振兴工作总结'));
    await store.deleteDraft(draft.id);
    expect(store.listDrafts()).toEqual([]);
    const trashed = await store.listTrash();
    expect(trashed).toEqual([
      expect.objectContaining({
        id: draft.id,
        title: '乡村振兴工作总结',
        purgeAt: '2026-03-31T08:00:00.000Z',
      }),
    ]);

    await store.restoreFromTrash(draft.id);
    expect(await store.getDraft(draft.id)).toEqual(draft);
    expect(await store.listTrash()).toEqual([]);
    await expect(store.restoreFromTrash(draft.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('purges what was deleted more than 30 days ago at start, with its history', async () => {
    const dir = await tempDir('purge');
    const { store, advance } = await openStore(dir);
    const old = await store.insertDraft(newDraft('旧草稿'));
    await store.snapshotDraft(old.id);
    await store.deleteDraft(old.id);
    advance(29 * DAY);
    const recent = await store.insertDraft(newDraft('新草稿'));
    await store.deleteDraft(recent.id);
    await store.flush();

    const later = await openLibrary(dir, { now: () => new Date('2026-04-01T08:00:00.000Z') });
    expect((await later.listTrash()).map((t) => t.id)).toEqual([recent.id]);
    expect(await readdir(join(dir, 'history'))).not.toContain(old.id);
  });
});

describe('backups', () => {
  it(`a daily backup at start and one on close, the newest ${KEEP_BACKUPS} kept`, async () => {
    const dir = await tempDir('backups');
    for (let i = 0; i < 7; i++) {
      const store = await openLibrary(dir, {
        autoBackup: true,
        backupDelayMs: 0,
        now: () => new Date(Date.UTC(2026, 2, 1 + i, 8)),
      });
      await store.insertDraft(newDraft(`第${i + 1}天的草稿`));
      await store.idle();
      await store.close();
    }
    const names = await readdir(join(dir, 'backups'));
    expect(names).toHaveLength(KEEP_BACKUPS);
    expect(names.every((n) => /^library-\d{8}T\d{9}Z\.zip$/u.test(n))).toBe(true);
    const newest = [...names].sort().at(-1) ?? '';
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'backups', newest)));
    const drafts = Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('drafts/'));
    expect(drafts).toHaveLength(7);
  });

  it('backs the library up to a zip and restores it into another folder', async () => {
    const { store: source } = await openStore(await tempDir('source'));
    const a = await source.insertDraft(newDraft('教师培训心得体会'));
    const b = await source.insertDraft(newDraft('乡村振兴工作总结'));
    const zip = await source.exportLibrary();

    const targetDir = await tempDir('target');
    const { store: target } = await openStore(targetDir);
    const existing = await target.insertDraft(newDraft('只在目标里的草稿'));
    const result = await target.importLibrary(zip);
    expect(result).toEqual({ drafts: 2, outlines: 0, skipped: 0 });
    expect(listedSorted(target)).toEqual([a.id, b.id].sort());
    expect(await target.getDraft(a.id)).toEqual(a);
    // Nothing is lost by restoring: what was there went to the trash, and a backup was made.
    expect((await target.listTrash()).map((t) => t.id)).toEqual([existing.id]);
    expect(await readdir(join(targetDir, 'backups'))).toHaveLength(1);
  });

  it('refuses a file that is not a Fanshi backup, changing nothing', async () => {
    const dir = await tempDir('not-backup');
    const { store } = await openStore(dir);
    await store.insertDraft(newDraft('讲话稿'));
    const other = new JSZip();
    other.file('word/document.xml', '<w:document/>');
    const bytes = await other.generateAsync({ type: 'uint8array' });
    await expect(store.importLibrary(bytes)).rejects.toMatchObject({ code: 'unsupported_input' });
    await expect(store.importLibrary(Buffer.from('不是压缩包'))).rejects.toMatchObject({
      code: 'unsupported_input',
    });
    expect(store.listDrafts()).toHaveLength(1);
  });
});
