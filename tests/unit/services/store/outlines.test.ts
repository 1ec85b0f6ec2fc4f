import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LibraryStore } from '../../../../electron/services/store/library-store';
import type { Draft } from '../../../../electron/shared/model';
import { draftParts, useStores, useTempDirs } from '../../support/fixtures';
import { GUANHOUGAN } from '../../../fixtures/template-ids';
import { appFailure } from '../../support/app-failure';

const tempDir = useTempDirs();
const openStore = useStores();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-04-01T08:00:00.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

async function withDraft(store: LibraryStore, overrides: Partial<Draft> = {}): Promise<Draft> {
  return store.insertDraft(draftParts(overrides));
}

/** The AppFailure a call threw: its code and its message for the user. */
async function failure(action: () => unknown): Promise<[string, string]> {
  const { code, message } = await appFailure(action);
  return [code, message];
}

describe('outlines in the library store', () => {
  it('save → list → rename → delete, each on disk when it resolves', async () => {
    const dir = await tempDir('outlines');
    const store = await openStore(dir);
    const draft = await withDraft(store);

    const saved = await store.saveOutline(draft.id, '  安全生产讲话  ');
    expect(saved).toMatchObject({
      name: '安全生产讲话',
      title: draft.title,
      headings: 3,
      updatedAt: '2026-04-01T08:00:00.000Z',
    });
    expect(store.listOutlines()).toEqual([saved]);

    // A second store on the folder reads the outline back from its file.
    expect((await openStore(dir)).listOutlines()).toEqual([saved]);

    vi.setSystemTime(new Date('2026-04-02T08:00:00.000Z'));
    const renamed = await store.renameOutline(saved.id, '全县安全生产会议讲话');
    expect(renamed).toMatchObject({ id: saved.id, name: '全县安全生产会议讲话' });
    expect(renamed.updatedAt).toBe('2026-04-02T08:00:00.000Z');
    expect((await openStore(dir)).listOutlines().map((o) => o.name)).toEqual([
      '全县安全生产会议讲话',
    ]);

    await store.deleteOutline(saved.id);
    expect(store.listOutlines()).toEqual([]);
    expect((await openStore(dir)).listOutlines()).toEqual([]);
    expect(await failure(() => store.deleteOutline(saved.id))).toEqual([
      'not_found',
      `找不到提纲 ${saved.id}`,
    ]);
  });

  it('writes headings and numbering to the file, and none of the body text', async () => {
    const dir = await tempDir('outline-file');
    const store = await openStore(dir);
    const draft = await withDraft(store, { templateId: GUANHOUGAN });
    const saved = await store.saveOutline(draft.id, '讲话提纲');
    const files = await readdir(join(dir, 'outlines'));
    expect(files).toEqual([`${saved.id}.json`]);
    const text = await readFile(join(dir, 'outlines', `${saved.id}.json`), 'utf8');
    expect(JSON.parse(text)).toEqual({
      id: saved.id,
      name: '讲话提纲',
      title: draft.title,
      numbering: ['一、', '(一)'],
      templateId: GUANHOUGAN,
      sections: draft.sections.map(({ id, level, heading }) => ({ id, level, heading })),
      createdAt: '2026-04-01T08:00:00.000Z',
      updatedAt: '2026-04-01T08:00:00.000Z',
    });
    for (const s of draft.sections) expect(text).not.toContain(s.body.split('\n')[0]);
    expect(text).not.toContain('今天召开全县安全生产工作会议');
    expect(text).not.toContain('安全生产只有起点没有终点');
  });

  it.each([
    { name: '', message: '提纲名称不能为空' },
    { name: ' \n\t ', message: '提纲名称不能为空' },
    { name: '提'.repeat(61), message: '提纲名称最多 60 个字,现在有 61 个字' },
  ])('refuses the name $name.length chars long with “$message”', async ({ name, message }) => {
    const store = await openStore(await tempDir('outline-names'));
    const draft = await withDraft(store);
    expect(await failure(() => store.saveOutline(draft.id, name))).toEqual([
      'invalid_argument',
      message,
    ]);
    expect(store.listOutlines()).toEqual([]);
  });

  it('takes a name of exactly 60 characters, and a pasted line break as a space', async () => {
    const store = await openStore(await tempDir('outline-60'));
    const draft = await withDraft(store);
    expect((await store.saveOutline(draft.id, '纲'.repeat(60))).name).toBe('纲'.repeat(60));
    expect((await store.saveOutline(draft.id, '安全\n讲话')).name).toBe('安全 讲话');
  });

  it('refuses a name another outline has, and a bad rename leaves the outline as it was', async () => {
    const dir = await tempDir('outline-dupes');
    const store = await openStore(dir);
    const draft = await withDraft(store);
    const a = await store.saveOutline(draft.id, '甲');
    const b = await store.saveOutline(draft.id, '乙');
    expect(await failure(() => store.saveOutline(draft.id, ' 甲 '))).toEqual([
      'invalid_argument',
      '已有名为“甲”的提纲,请换一个名称',
    ]);
    expect(await failure(() => store.renameOutline(b.id, '甲'))).toEqual([
      'invalid_argument',
      '已有名为“甲”的提纲,请换一个名称',
    ]);
    expect(await failure(() => store.renameOutline(b.id, ''))).toEqual([
      'invalid_argument',
      '提纲名称不能为空',
    ]);
    // Renaming to its own name is no clash.
    expect((await store.renameOutline(a.id, '甲')).name).toBe('甲');
    expect((await openStore(dir)).listOutlines().map((o) => o.name)).toEqual(['甲', '乙']);
    expect(await failure(() => store.renameOutline('no-such-outline', '丙'))).toEqual([
      'not_found',
      '找不到提纲 no-such-outline',
    ]);
  });

  it('lists outlines by name in pinyin order', async () => {
    const store = await openStore(await tempDir('outline-order'));
    const draft = await withDraft(store);
    for (const name of ['主题教育', '安全生产', '党课提纲'])
      await store.saveOutline(draft.id, name);
    expect(store.listOutlines().map((o) => o.name)).toEqual(['安全生产', '党课提纲', '主题教育']);
  });

  it('refuses a draft that does not exist or has no headings, and saves nothing', async () => {
    const store = await openStore(await tempDir('outline-missing'));
    expect((await failure(() => store.saveOutline('no-such-draft', '提纲')))[0]).toBe('not_found');
    const empty = await withDraft(store, { sections: [] });
    expect(await failure(() => store.saveOutline(empty.id, '提纲'))).toEqual([
      'invalid_argument',
      '这篇草稿还没有小标题,没有可保存的提纲',
    ]);
    expect(store.listOutlines()).toEqual([]);
  });

  it('still reads an outline written before ids, templates and times were kept', async () => {
    const dir = await tempDir('outline-old');
    await mkdir(join(dir, 'outlines'), { recursive: true });
    const old = {
      id: 'o1',
      name: '三段式',
      title: '学习心得',
      numbering: ['一、'],
      sections: [
        { level: 1, heading: '学' },
        { level: 1, heading: '思' },
      ],
    };
    await writeFile(join(dir, 'outlines', 'o1.json'), JSON.stringify(old));
    const store = await openStore(dir);
    expect(store.warnings).toEqual([]);
    expect(store.getOutline('o1')).toEqual(old);
    expect(store.listOutlines()).toEqual([
      {
        id: 'o1',
        name: '三段式',
        title: '学习心得',
        headings: 2,
        skeleton: ['一、学', '二、思'],
        updatedAt: null,
      },
    ]);
  });
});
