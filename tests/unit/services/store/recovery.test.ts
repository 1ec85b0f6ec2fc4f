import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_MARKER } from '../../../../electron/services/store/atomic-write';
import { SCHEMA_VERSION } from '../../../../electron/services/store/library-store';
import type { Draft } from '../../../../electron/shared/model';
import { draftParts, safetyDraft, useStores, useTempDirs } from '../../support/fixtures';
import { listedSorted, readJson } from '../../support/store-reads';

const tempDir = useTempDirs();
const openStore = useStores();

const newDraft = (title: string, body = '今年以来,我们坚持问题导向。') =>
  draftParts({ title, sections: [{ id: 's1', level: 1, heading: '主要做法', body }] });

const truncated = Buffer.from('{"id":"x","title":"乡村振兴工作总结","opening":"今年以来', 'utf8');

const DAMAGE = [
  { name: 'an empty file', bytes: Buffer.alloc(0) },
  { name: 'a NUL-filled file', bytes: Buffer.alloc(4096) },
  { name: 'truncated JSON', bytes: truncated },
  { name: 'null', bytes: Buffer.from('null') },
  { name: 'the wrong shape', bytes: Buffer.from('{"title":["乡村振兴"],"sections":"一、"}') },
];

/** A new store folder with a draft of each title written to disk; the store stays open. */
async function folderWith(label: string, title: string, ...more: string[]) {
  const dir = await tempDir(label);
  const store = await openStore(dir);
  const draft = await store.insertDraft(newDraft(title));
  const drafts = [draft];
  for (const other of more) drafts.push(await store.insertDraft(newDraft(other)));
  await store.flush();
  return { dir, store, draft, drafts };
}

const asideNames = async (dir: string): Promise<string[]> =>
  (await readdir(dir)).filter((n) => n.includes('.corrupt-'));

describe('a damaged draft file', () => {
  it.each(DAMAGE)(
    '$name: set aside, the newest version restored, the user told',
    async ({ bytes }) => {
      const dir = await tempDir('damaged');
      const store = await openStore(dir);
      const draft = await store.insertDraft(newDraft('教师培训心得体会', '第一版正文。'));
      await store.saveDraft({ ...draft, closing: '第二版结尾。' });
      await store.snapshotDraft(draft.id); // Ctrl+S keeps the second version
      await store.flush();
      const file = join(dir, 'drafts', `${draft.id}.json`);
      await writeFile(file, bytes);

      const reopened = await openStore(dir);
      // A damaged draft is found when opened, not at start-up: start-up reads only the index.
      const restored = await reopened.getDraft(draft.id);
      expect(restored.closing).toBe('第二版结尾。');
      const asides = await asideNames(join(dir, 'drafts'));
      expect(asides).toHaveLength(1);
      expect(await readFile(join(dir, 'drafts', asides[0] ?? ''))).toEqual(bytes);
      expect(reopened.takeWarnings()).toEqual([
        expect.stringMatching(/教师培训心得体会.*已损坏.*corrupt-\d+.*历史版本恢复/u),
      ]);
      // Handed out once.
      expect(reopened.takeWarnings()).toEqual([]);
      // The restored copy is on disk again.
      expect((await readJson<Draft>(file)).closing).toBe('第二版结尾。');
    },
  );

  it('without any version, falls back to the newest backup', async () => {
    const dir = await tempDir('from-backup');
    const first = await openStore(dir, { autoBackup: true });
    const draft = await first.insertDraft(newDraft('乡村振兴工作总结'));
    await first.close(); // leaves a backup
    await writeFile(join(dir, 'drafts', `${draft.id}.json`), 'null');

    const store = await openStore(dir);
    expect((await store.getDraft(draft.id)).title).toBe('乡村振兴工作总结');
    expect(store.warnings[0]).toMatch(/备份 library-\d{8}T\d{9}Z\.zip/u);
  });

  it('with no copy anywhere, sets it aside, says so and drops it from the list', async () => {
    const { dir, draft } = await folderWith('no-copy', '述职报告');
    await writeFile(join(dir, 'drafts', `${draft.id}.json`), Buffer.alloc(100));

    const store = await openStore(dir);
    await expect(store.getDraft(draft.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(store.warnings[0]).toContain('没有找到可用的副本');
    expect(store.listDrafts()).toEqual([]);
    expect(await asideNames(join(dir, 'drafts'))).toHaveLength(1);
  });
});

describe('the index (a cache of the draft files)', () => {
  it.each(DAMAGE)(
    '$name index.json is set aside and rebuilt from the drafts',
    async ({ bytes }) => {
      const { dir, drafts } = await folderWith('index', '学习心得一', '学习心得二');
      await writeFile(join(dir, 'index.json'), bytes);

      const store = await openStore(dir);
      expect(listedSorted(store)).toEqual(drafts.map((d) => d.id).sort());
      expect(await asideNames(dir)).toEqual([expect.stringMatching(/^index\.json\.corrupt-\d+$/u)]);
    },
  );

  it('a draft saved after the index was written (killed in between) is listed as saved', async () => {
    const { dir, store: first, draft } = await folderWith('stale', '旧标题');
    const staleIndex = await readFile(join(dir, 'index.json'));
    await first.saveDraft({ ...draft, title: '新标题' });
    await first.flush();
    // What a kill between the draft's write and the index's leaves behind.
    await writeFile(join(dir, 'index.json'), staleIndex);

    const store = await openStore(dir);
    expect(store.listDrafts().map((d) => d.title)).toEqual(['新标题']);
  });

  it('a clean close lets the next start trust the index without reading draft files', async () => {
    const dir = await tempDir('clean');
    const first = await openStore(dir);
    await first.insertDraft(newDraft('工作总结'));
    await first.close();
    const index = join(dir, 'index.json');
    expect((await readJson<{ closed: boolean }>(index)).closed).toBe(true);

    await openStore(dir);
    // Open again marks it in use: a kill from now on must not leave a "clean" index behind.
    expect((await readJson<{ closed: boolean }>(index)).closed).toBe(false);
  });
});

describe('other damaged files', () => {
  it('a damaged outline is set aside and reported, the others load', async () => {
    const dir = await tempDir('outline');
    await mkdir(join(dir, 'outlines'), { recursive: true });
    const good = { id: 'o1', name: '三段式', title: '心得体会', numbering: ['一、'], sections: [] };
    await writeFile(join(dir, 'outlines', 'o1.json'), JSON.stringify(good));
    await writeFile(join(dir, 'outlines', 'o2.json'), '{"id":"o2"');

    const store = await openStore(dir);
    expect(store.getOutline('o1')).toEqual(good);
    expect(store.warnings).toEqual([expect.stringContaining('o2.json')]);
    expect(await asideNames(join(dir, 'outlines'))).toHaveLength(1);
  });

  it.each(DAMAGE)('$name meta.json is set aside, the layout is recognised', async ({ bytes }) => {
    const { dir, draft } = await folderWith('meta', '调研报告');
    await writeFile(join(dir, 'meta.json'), bytes);

    const store = await openStore(dir);
    expect((await store.getDraft(draft.id)).title).toBe('调研报告');
    expect(store.warnings[0]).toContain('meta.json.corrupt-');
    const meta = await readJson<{ schemaVersion: number }>(join(dir, 'meta.json'));
    expect(meta.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('start-up clean-up', () => {
  it('removes temp files a killed writer left in every store folder, and nothing else', async () => {
    const dir = await tempDir('temps');
    const first = await openStore(dir);
    const draft = await first.insertDraft(newDraft('讲话稿'));
    await first.snapshotDraft(draft.id);
    await first.flush();
    const leftovers = [
      join(dir, `.index.json${TEMP_MARKER}123-abcdef`),
      join(dir, 'drafts', `.${draft.id}.json${TEMP_MARKER}123-abcdef`),
      join(dir, 'history', draft.id, `.000000000000001-aa.json${TEMP_MARKER}9-ff`),
      join(dir, 'trash', `.x.json${TEMP_MARKER}9-ff`),
      join(dir, 'backups', `.library-x.zip${TEMP_MARKER}9-ff`),
    ];
    for (const f of leftovers) await writeFile(f, '{"half":');
    const userFile = join(dir, 'drafts', 'notes.txt');
    await writeFile(userFile, '我的笔记');

    await openStore(dir);
    const all = (await readdir(dir, { recursive: true })).map(String);
    expect(all.filter((n) => n.includes(TEMP_MARKER))).toEqual([]);
    expect(await readFile(userFile, 'utf8')).toBe('我的笔记');
  });
});

describe('migration from schema 1 (one library.json)', () => {
  const v1 = {
    schemaVersion: 1,
    drafts: [
      safetyDraft({ id: 'a1' }),
      safetyDraft({ id: 'a2', title: '乡村振兴工作总结', updatedAt: '2026-03-02T08:00:00.000Z' }),
    ],
    outlines: [{ id: 'o1', name: '三段式', title: '心得', numbering: ['一、'], sections: [] }],
  };

  it('moves every draft and outline into its own file and keeps library.json renamed', async () => {
    const dir = await tempDir('v1');
    await writeFile(join(dir, 'library.json'), JSON.stringify(v1));

    const store = await openStore(dir);
    expect(store.warnings).toEqual([]);
    expect(store.listDrafts().map((d) => d.id)).toEqual(['a2', 'a1']);
    expect(await store.getDraft('a1')).toEqual(v1.drafts[0]);
    expect(store.getOutline('o1').name).toBe('三段式');
    const names = await readdir(dir);
    expect(names).not.toContain('library.json');
    expect(names.filter((n) => /^library\.v1-\d+\.json$/u.test(n))).toHaveLength(1);
    const meta = await readJson<{ schemaVersion: number }>(join(dir, 'meta.json'));
    expect(meta.schemaVersion).toBe(2);
    expect((await readdir(join(dir, 'drafts'))).sort()).toEqual(['a1.json', 'a2.json']);
  });

  it('a migration cut short (no meta.json yet) runs again and completes', async () => {
    const dir = await tempDir('v1-partial');
    await writeFile(join(dir, 'library.json'), JSON.stringify(v1));
    // As if killed after the first draft file: one draft written, nothing else.
    await mkdir(join(dir, 'drafts'));
    await writeFile(join(dir, 'drafts', 'a1.json'), JSON.stringify(v1.drafts[0]));

    const store = await openStore(dir);
    expect(listedSorted(store)).toEqual(['a1', 'a2']);
  });

  it('refuses a folder written by a newer Fanshi, touching nothing', async () => {
    const dir = await tempDir('newer');
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ schemaVersion: 99 }));
    await expect(openStore(dir)).rejects.toThrow(/更新版本的范式/u);
    expect(await readdir(dir)).toEqual(['meta.json']);
  });
});
