import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftCharCounts } from '../../../../electron/core/draft/draft-text';
import { LibraryStore } from '../../../../electron/services/store/library-store';
import type { Draft } from '../../../../electron/shared/model';
import type { ErrorCode } from '../../../../electron/shared/result';
import { draftParts, safetyDraft, useStores, useTempDirs } from '../../support/fixtures';
import { listedSorted, readJson } from '../../support/store-reads';
import { appFailure } from '../../support/app-failure';

const tempDir = useTempDirs();

const openStore = useStores();

/** The code of the AppFailure `action` threw or rejected with. */
const failureCode = async (action: () => unknown): Promise<ErrorCode> =>
  (await appFailure(action)).code;

const at = (iso: string): void => {
  vi.setSystemTime(new Date(iso));
};

beforeEach(() => {
  // Only Date is faked: lowdb's file writes keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2026-03-01T08:00:00.000Z');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('LibraryStore persistence', () => {
  it('writes an inserted draft to disk, where a new store instance finds it unchanged', async () => {
    const dir = await tempDir('store');
    const first = await openStore(dir);
    const inserted = await first.insertDraft(draftParts());

    expect(inserted.id).toMatch(/^[0-9a-f-]{36}$/u);
    expect(inserted.createdAt).toBe('2026-03-01T08:00:00.000Z');
    expect(inserted.updatedAt).toBe(inserted.createdAt);

    // One file per draft, plus the index the home page lists from (written behind the save).
    await first.flush();
    const onDisk = await readJson<Draft>(join(dir, 'drafts', `${inserted.id}.json`));
    expect(onDisk).toEqual(inserted);
    const index = await readJson<{ drafts: Array<{ id: string; title: string }> }>(
      join(dir, 'index.json'),
    );
    expect(index.drafts).toEqual([
      expect.objectContaining({ id: inserted.id, title: '在全县安全生产工作会议上的讲话' }),
    ]);

    const second = await openStore(dir);
    expect(await second.getDraft(inserted.id)).toEqual(inserted);
    expect(second.warnings).toEqual([]);
  });

  it('save stamps a new updatedAt, keeps createdAt and persists the edit', async () => {
    const dir = await tempDir('store');
    const store = await openStore(dir);
    const draft = await store.insertDraft(draftParts());

    at('2026-03-02T09:30:00.000Z');
    const edited: Draft = {
      ...draft,
      title: '在全县安全生产暨消防工作会议上的讲话',
      closing: '让我们齐心协力，坚决守住安全生产底线。',
    };
    const saved = await store.saveDraft(edited);
    expect(saved.updatedAt).toBe('2026-03-02T09:30:00.000Z');
    expect(saved.createdAt).toBe('2026-03-01T08:00:00.000Z');

    const reopened = await openStore(dir);
    expect(await reopened.getDraft(draft.id)).toEqual(saved);
    expect(reopened.listDrafts()).toHaveLength(1);
  });

  it('keeps run-in headings and 字数 targets through a reopen', async () => {
    const dir = await tempDir('store');
    const base = draftParts();
    const [first, ...rest] = base.sections;
    if (!first) throw new Error('fixture has sections');
    const draft = await (
      await openStore(dir)
    ).insertDraft({
      ...base,
      target: 2000,
      sections: [{ ...first, inline: true, target: 450 }, ...rest],
    });
    const reopened = await (await openStore(dir)).getDraft(draft.id);
    expect(reopened.target).toBe(2000);
    expect(reopened.sections[0]).toMatchObject({ inline: true, target: 450 });
  });

  it('delete removes only that draft, on disk too', async () => {
    const dir = await tempDir('store');
    const store = await openStore(dir);
    const keep = await store.insertDraft(draftParts({ title: '教师培训心得体会' }));
    const drop = await store.insertDraft(draftParts({ title: '乡村振兴工作总结' }));

    await store.deleteDraft(drop.id);
    expect(await failureCode(() => store.getDraft(drop.id))).toBe('not_found');

    const reopened = await openStore(dir);
    expect(reopened.listDrafts().map((d) => d.id)).toEqual([keep.id]);
  });

  it('keeps every draft when many are inserted at once through one store', async () => {
    const dir = await tempDir('store');
    const store = await openStore(dir);
    const titles = Array.from({ length: 20 }, (_, i) => `第${i + 1}期教师培训班学习心得`);
    await Promise.all(titles.map((title) => store.insertDraft(draftParts({ title }))));

    const reopened = await openStore(dir);
    expect(listedSorted(reopened, 'title')).toEqual([...titles].sort());
  });
});

describe('LibraryStore errors', () => {
  it('reports an unknown draft or outline as not_found', async () => {
    const store = await openStore(await tempDir('store'));
    const ghost = { ...safetyDraft(), id: 'no-such-draft' };
    expect(await failureCode(() => store.getDraft('no-such-draft'))).toBe('not_found');
    expect(await failureCode(() => store.saveDraft(ghost))).toBe('not_found');
    expect(await failureCode(() => store.deleteDraft('no-such-draft'))).toBe('not_found');
    expect(await failureCode(() => store.getOutline('no-such-outline'))).toBe('not_found');
    expect(store.listDrafts()).toEqual([]);
  });

  it('refuses calls before open with an internal error instead of crashing', async () => {
    const store = new LibraryStore(await tempDir('store'));
    expect(await failureCode(() => store.listDrafts())).toBe('internal');
  });
});

describe('LibraryStore with a damaged library.json', () => {
  const truncated = Buffer.from(
    '{"schemaVersion":1,"drafts":[{"id":"a1","title":"乡村振兴工作总结","opening":"今年以来',
    'utf8',
  );

  it.each([
    { name: 'an empty file', bytes: Buffer.alloc(0) },
    { name: 'a NUL-filled file', bytes: Buffer.alloc(4096) },
    { name: 'truncated JSON', bytes: truncated },
    { name: 'null', bytes: Buffer.from('null') },
    { name: 'false', bytes: Buffer.from('false') },
    { name: 'an array', bytes: Buffer.from('[]') },
    { name: 'the wrong shape', bytes: Buffer.from('{"drafts":"全部草稿","outlines":[]}') },
    { name: 'an object without drafts', bytes: Buffer.from('{"schemaVersion":1}') },
  ])('sets $name aside with its bytes intact, warns and opens empty', async ({ bytes }) => {
    const dir = await tempDir('corrupt');
    await writeFile(join(dir, 'library.json'), bytes);

    const store = await openStore(dir);
    expect(store.listDrafts()).toEqual([]);

    const asides = (await readdir(dir)).filter((n) => n.startsWith('library.json.corrupt-'));
    expect(asides).toHaveLength(1);
    const aside = asides[0] ?? '';
    expect(aside).toMatch(/^library\.json\.corrupt-\d+$/u);
    expect(store.warnings).toHaveLength(1);
    expect(store.warnings[0]).toContain(aside);

    // The next write creates a fresh library and never touches the set-aside copy.
    const draft = await store.insertDraft(draftParts());
    expect(await readFile(join(dir, aside))).toEqual(bytes);
    expect((await (await openStore(dir)).getDraft(draft.id)).title).toBe(draft.title);
  });

  it('treats a missing file as a first start: no warning, nothing set aside', async () => {
    const dir = await tempDir('fresh');
    const store = await openStore(dir);
    expect(store.warnings).toEqual([]);
    const names = await readdir(dir);
    expect(names.filter((n) => n.includes('corrupt') || n.startsWith('library'))).toEqual([]);
  });
});

describe('LibraryStore.listDrafts', () => {
  it('lists newest first, a re-saved draft moving to the top', async () => {
    const store = await openStore(await tempDir('list'));
    const a = await store.insertDraft(draftParts({ title: '乡村振兴工作总结' }));
    at('2026-03-02T08:00:00.000Z');
    await store.insertDraft(draftParts({ title: '安全生产月活动总结' }));
    at('2026-03-03T08:00:00.000Z');
    await store.insertDraft(draftParts({ title: '教师培训心得体会' }));
    expect(store.listDrafts().map((d) => d.title)).toEqual([
      '教师培训心得体会',
      '安全生产月活动总结',
      '乡村振兴工作总结',
    ]);

    at('2026-03-04T08:00:00.000Z');
    await store.saveDraft({ ...a, opening: '今年以来，我镇紧紧围绕乡村振兴战略。' });
    const list = store.listDrafts();
    expect(list.map((d) => d.title)).toEqual([
      '乡村振兴工作总结',
      '教师培训心得体会',
      '安全生产月活动总结',
    ]);
    expect(list[0]).toMatchObject({ id: a.id, updatedAt: '2026-03-04T08:00:00.000Z' });
  });

  it('counts the characters of the body, numbering included, without title or white space', async () => {
    const store = await openStore(await tempDir('count'));
    await store.insertDraft(
      draftParts({
        title: '乡村振兴',
        // 4 + 6 (一、产业兴旺) + 7 characters; spaces and line breaks do not count.
        opening: '乡村 振兴',
        sections: [{ id: 's1', level: 1, heading: '产业兴旺', body: '发展特色\n产业。' }],
        numbering: ['一、'],
        closing: '',
      }),
    );
    expect(store.listDrafts()[0]).toMatchObject({ chars: 17, charsNoPunct: 15 });
  });

  it('counts again the drafts an older index counted by another rule', async () => {
    const dir = await tempDir('recount');
    const first = await openStore(dir);
    const draft = await first.insertDraft(draftParts());
    await first.close();
    // as an older version left it: no 字数 without punctuation, and a count by another rule
    const indexPath = join(dir, 'index.json');
    const index = await readJson<{ counting?: number; drafts: Array<Record<string, unknown>> }>(
      indexPath,
    );
    delete index.counting;
    index.drafts = index.drafts.map(({ charsNoPunct: _, ...d }) => ({ ...d, chars: 999 }));
    await writeFile(indexPath, JSON.stringify(index));

    const second = await openStore(dir);
    const counts = draftCharCounts(draft).total;
    expect(second.listDrafts()).toEqual([
      expect.objectContaining({
        id: draft.id,
        chars: counts.all,
        charsNoPunct: counts.withoutPunctuation,
      }),
    ]);
    expect(counts.all).not.toBe(999);
  });
});
