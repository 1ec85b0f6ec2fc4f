/**
 * Many saves of one draft at once, over HTTP: what the app shows, what the list says, what is on
 * disk and what a restart brings back must be one and the same version, every round.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../electron/shared/model';
import { okValue, safetyDraft, useStores, useTempDirs } from '../support/fixtures';
import { useHttpHost, type HttpHost } from '../support/http-host';
import { readJson } from '../support/store-reads';

const tempDir = useTempDirs();
const httpHost = useHttpHost(tempDir);
// Registered last, so its stores' writes end before the host stops and the folders go.
const openStore = useStores();

const ROUNDS = 30;
const WRITERS = 20;

/** What the app shows, what its list says and what is on disk are all this version. */
async function expectOneVersion(h: HttpHost, saved: Draft): Promise<void> {
  const shown = okValue((await h.call('drafts:get', saved.id)).result);
  const listed = okValue((await h.call('drafts:list')).result).find((d) => d.id === saved.id);
  const onDisk = await readJson<Draft>(join(h.dataDir, 'drafts', `${saved.id}.json`));
  expect(shown).toEqual(saved);
  expect(listed).toMatchObject({ title: saved.title, updatedAt: saved.updatedAt });
  expect(onDisk).toEqual(saved);
}

describe('simultaneous saves of one draft', () => {
  it(`${WRITERS} at once × ${ROUNDS} rounds: shown = listed = on disk = after a restart`, async () => {
    const h = await httpHost();
    let base = okValue((await h.call('drafts:create', { title: '草稿' })).result);
    for (let round = 1; round <= ROUNDS; round++) {
      // Every writer starts from the same saved copy, as two tabs on one draft would.
      const replies = await Promise.all(
        Array.from({ length: WRITERS }, (_, w) =>
          h.call('drafts:save', {
            ...safetyDraft({ id: base.id, createdAt: base.createdAt, updatedAt: base.updatedAt }),
            title: `第${round}轮第${w + 1}位`,
          }),
        ),
      );
      const won = replies.flatMap((r) => (r.result.ok ? [r.result.value] : []));
      const codes = replies.flatMap((r) => (r.result.ok ? [] : [r.result.error.code]));
      // One save wins; the others were based on a copy that is no longer the saved one.
      expect(won).toHaveLength(1);
      expect(codes).toEqual(Array<string>(WRITERS - 1).fill('stale'));
      const winner = won[0] as Draft;
      await expectOneVersion(h, winner);
      base = winner;
    }

    // A restart brings back what the app showed last.
    await h.core.store.flush();
    const again = await openStore(h.dataDir);
    expect(await again.getDraft(base.id)).toEqual(base);
    expect(again.listDrafts()).toMatchObject([{ id: base.id, title: base.title }]);
  }, 120_000);

  it(`${WRITERS} at once that each keep their own × ${ROUNDS} rounds: applied one after another`, async () => {
    const h = await httpHost();
    const created = okValue((await h.call('drafts:create', { title: '草稿' })).result);
    let last = created;
    for (let round = 1; round <= ROUNDS; round++) {
      const saved = await Promise.all(
        Array.from({ length: WRITERS }, async (_, w) =>
          okValue(
            (
              await h.call(
                'drafts:save',
                { ...created, title: `第${round}轮第${w + 1}位`, opening: '正文'.repeat(w * 50) },
                { conflict: 'mine' },
              )
            ).result,
          ),
        ),
      );
      // Each save got its own stamp; the latest stamp is the one applied last.
      const stamps = saved.map((d) => d.updatedAt);
      expect(new Set(stamps).size).toBe(WRITERS);
      last = saved.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
      await expectOneVersion(h, last);
    }
    await h.core.store.flush();
    const again = await openStore(h.dataDir);
    expect(await again.getDraft(created.id)).toEqual(last);
  }, 180_000);

  it('settling a conflict keeps the other version in the history, either way', async () => {
    const h = await httpHost();
    const created = okValue((await h.call('drafts:create', { title: '两个标签页' })).result);
    const tabA = { ...created, title: '甲标签页的标题' };
    const tabB = { ...created, title: '乙标签页的标题' };
    const savedA = okValue((await h.call('drafts:save', tabA)).result);

    // Tab B saves from the copy it loaded: refused, nothing changes.
    const refused = await h.call('drafts:save', tabB);
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(okValue((await h.call('drafts:get', created.id)).result)).toEqual(savedA);

    // "Keep mine": B's text is saved, A's goes into the history.
    const mine = okValue((await h.call('drafts:save', tabB, { conflict: 'mine' })).result);
    expect(mine.title).toBe('乙标签页的标题');
    const versions = okValue((await h.call('history:list', created.id)).result);
    expect(versions).toMatchObject([{ reason: 'conflict', title: '甲标签页的标题' }]);

    // Tab A, still on its old copy, takes the other version ("reload"): its own goes to history.
    const theirs = okValue(
      (await h.call('drafts:save', { ...savedA, title: '甲又改了' }, { conflict: 'theirs' }))
        .result,
    );
    expect(theirs).toEqual(mine);
    const after = okValue((await h.call('history:list', created.id)).result);
    expect(after.map((v) => v.title)).toEqual(['甲又改了', '甲标签页的标题']);
    expect(okValue((await h.call('drafts:get', created.id)).result)).toEqual(mine);
  });
});
