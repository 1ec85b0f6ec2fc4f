/**
 * A read-only data folder and a full disk, for real: a read-only bind mount and a small tmpfs.
 * Tests run as root in CI, and root ignores file permissions, so chmod would prove nothing;
 * mounts do bind root too. Mounting needs root (or CAP_SYS_ADMIN): elsewhere these tests skip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEMP_MARKER } from '../../../../electron/services/store/atomic-write';
import type { Draft } from '../../../../electron/shared/model';
import { draftParts, useStores, useTempDirs } from '../../support/fixtures';

const run = (cmd: string, args: string[]): boolean => spawnSync(cmd, args).status === 0;

/** Whether this process may mount a tmpfs: probed once on a throwaway folder. */
const canMount = ((): boolean => {
  const probe = mkdtempSync(join(tmpdir(), 'fanshi-mount-probe-'));
  const ok = run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
  if (ok) run('umount', [probe]);
  rmdirSync(probe);
  return ok;
})();

const tempDir = useTempDirs();
const mounted: string[] = [];

const mount = (args: string[], target: string): void => {
  if (!run('mount', [...args, target])) throw new Error(`mount ${args.join(' ')} failed`);
  mounted.push(target);
};

afterEach(() => {
  for (const target of mounted.splice(0).reverse()) run('umount', [target]);
});
// Registered last, so it runs first after each test: a save's index write, which goes on after the
// save has resolved, must be done before the folder is unmounted and removed (rm would otherwise
// meet the index's temp file appearing and fail with ENOTEMPTY).
const openStore = useStores();

const newDraft = (title: string) =>
  draftParts({
    title,
    // About 3,000 characters, as a real draft.
    closing: '坚持以人民为中心的发展思想,把群众满意作为工作的出发点和落脚点。'.repeat(100),
  });

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe.skipIf(!canMount)('a data folder that cannot be written', () => {
  it('read-only: a save fails with read_only and a Chinese message; nothing changes', async () => {
    const dir = await tempDir('readonly');
    const store = await openStore(dir);
    const draft = await store.insertDraft(newDraft('教师培训心得体会'));
    await store.flush();
    const before = await readFile(join(dir, 'drafts', `${draft.id}.json`), 'utf8');

    mount(['--bind', dir], dir);
    mount(['-o', 'remount,bind,ro'], dir);

    const edited: Draft = { ...draft, title: '改过的标题' };
    await expect(store.saveDraft(edited)).rejects.toMatchObject({
      code: 'read_only',
      message: expect.stringContaining('只读') as unknown,
    });
    await expect(store.insertDraft(newDraft('新草稿'))).rejects.toMatchObject({
      code: 'read_only',
    });
    await expect(store.deleteDraft(draft.id)).rejects.toMatchObject({ code: 'read_only' });
    // Memory still says what the disk says: the failed save is not shown as saved.
    expect(store.listDrafts().map((d) => d.title)).toEqual(['教师培训心得体会']);
    expect((await store.getDraft(draft.id)).title).toBe('教师培训心得体会');
    expect(await readFile(join(dir, 'drafts', `${draft.id}.json`), 'utf8')).toBe(before);

    // Writable again: the same save now succeeds.
    run('umount', [dir]);
    mounted.pop();
    expect((await store.saveDraft(edited)).title).toBe('改过的标题');
  });

  it('full disk: a save fails with disk_full, leaves no half file, and works once space is freed', async () => {
    const dir = await tempDir('full');
    mount(['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs'], dir);
    // Ballast, removed at the end to free space.
    await writeFile(join(dir, 'ballast'), Buffer.alloc(60 * 1024, 1));
    const store = await openStore(dir);

    const saved: Draft[] = [];
    let failure: unknown = null;
    for (let i = 0; i < 100 && failure === null; i++) {
      try {
        saved.push(await store.insertDraft(newDraft(`第${i + 1}篇学习心得`)));
      } catch (e) {
        failure = e;
      }
    }
    expect(failure).toMatchObject({
      code: 'disk_full',
      message: expect.stringContaining('磁盘空间不足') as unknown,
    });
    expect(saved.length).toBeGreaterThan(3);

    // Every file is whole and no temp file is left behind.
    await store.flush().catch(() => undefined);
    const files = await allFiles(dir);
    expect(files.filter((f) => f.includes(TEMP_MARKER))).toEqual([]);
    const texts = new Map<string, string>();
    for (const f of files) texts.set(f, await readFile(f, 'utf8'));
    const text = (f: string): string => texts.get(f) ?? '';
    for (const f of files.filter((n) => n.endsWith('.json'))) {
      expect(() => JSON.parse(text(f)) as unknown, f).not.toThrow();
    }

    // A new start on the still-full disk shows every draft that was saved.
    const again = await openStore(dir);
    expect(again.listDrafts()).toHaveLength(saved.length);

    // Free some space: saving works again.
    const [first] = saved;
    if (!first) throw new Error('nothing saved');
    await unlink(join(dir, 'ballast'));
    const resaved = await again.saveDraft({ ...first, title: '腾出空间后保存' });
    expect(resaved.title).toBe('腾出空间后保存');
    await again.flush();
  });
  it('full disk: deleting still works, by moving the file into the trash, and so does 撤销', async () => {
    const dir = await tempDir('full-delete');
    mount(['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs'], dir);
    const store = await openStore(dir);
    const drafts: Draft[] = [];
    for (let i = 0; i < 100; i++) {
      try {
        drafts.push(await store.insertDraft(newDraft(`第${i + 1}篇学习心得`)));
      } catch (e) {
        expect(e).toMatchObject({ code: 'disk_full' });
        break;
      }
    }
    // Fill what is left to the last byte.
    for (let size = 64 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (let n = 0; ; n++) {
        try {
          await writeFile(join(dir, `ballast-${size}-${n}`), Buffer.alloc(size, 1));
        } catch {
          break;
        }
      }
    }
    await expect(store.insertDraft(newDraft('再写一篇'))).rejects.toMatchObject({
      code: 'disk_full',
    });

    const [victim] = drafts;
    if (!victim) throw new Error('nothing saved');
    await store.deleteDraft(victim.id);
    expect(store.listDrafts().map((d) => d.id)).not.toContain(victim.id);
    expect(await readdir(join(dir, 'trash'))).toContain(`${victim.id}.json`);
    expect(await store.listTrash()).toMatchObject([{ id: victim.id, title: victim.title }]);

    await store.restoreFromTrash(victim.id);
    expect(await store.getDraft(victim.id)).toEqual(victim);
    expect(await readdir(join(dir, 'trash'))).toEqual([]);
    // The index may not fit on the full disk; its writes must end before the unmount.
    await store.flush().catch(() => undefined);
  });
});
