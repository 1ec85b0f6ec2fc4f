/**
 * Ids become file names. A path-shaped id sent to the host must never reach a file outside the
 * data folder: refused at the contract boundary, and refused again by the store.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../electron/shared/contract';
import { AppFailure } from '../../../electron/shared/result';
import { safetyDraft, useStores, useTempDirs } from '../support/fixtures';
import { useHttpHost } from '../support/http-host';

const tempDir = useTempDirs();
const httpHost = useHttpHost(tempDir);
const openStore = useStores();

const VERSION = '000000000000001-abcdef';

/** A file beside the data folder, shaped like a trashed draft and like a kept version. */
async function plantVictim(dataDir: string): Promise<string> {
  const victim = join(dirname(dataDir), 'outside', 'victim.json');
  await mkdir(dirname(victim), { recursive: true });
  const draft = safetyDraft({ id: 'victim', title: '别人的机密文件' });
  await writeFile(victim, JSON.stringify({ deletedAt: new Date().toISOString(), draft }));
  await writeFile(
    join(dirname(victim), `${VERSION}.json`),
    JSON.stringify({
      version: {
        id: VERSION,
        draftId: 'victim',
        savedAt: draft.updatedAt,
        reason: 'manual',
        title: draft.title,
        chars: 10,
      },
      draft,
    }),
  );
  return victim;
}

const HOSTILE = [
  '../../outside/victim',
  '../outside',
  'a/b',
  'a\\b',
  '..',
  'a\u0000b',
  'victim.json',
  '',
  'x'.repeat(101),
  'C:\\Windows\\win',
];

describe('path-shaped ids over HTTP', () => {
  it('trash:restore of ../../outside/victim is refused; the file outside stays', async () => {
    const h = await httpHost();
    const victim = await plantVictim(h.dataDir);
    const before = await readFile(victim, 'utf8');
    const { result } = await h.call('trash:restore', '../../outside/victim');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await readFile(victim, 'utf8')).toBe(before);
    const list = await h.call('drafts:list');
    expect(list.result).toEqual({ ok: true, value: [] });
  });

  it('history:compare never reads a version outside the data folder', async () => {
    const h = await httpHost();
    await plantVictim(h.dataDir);
    const { result } = await h.call('history:compare', '../../outside', VERSION, 'current');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(JSON.stringify(result)).not.toContain('机密');
  });

  const calls: Array<[Channel, (bad: string) => unknown[]]> = [
    ['drafts:get', (bad) => [bad]],
    ['drafts:delete', (bad) => [bad]],
    ['drafts:save', (bad) => [{ ...safetyDraft(), id: bad }]],
    ['trash:restore', (bad) => [bad]],
    ['history:list', (bad) => [bad]],
    ['history:snapshot', (bad) => [bad]],
    ['history:compare', (bad) => ['draft-safety', bad, 'current']],
    ['history:restore', (bad) => ['draft-safety', bad]],
    ['outlines:delete', (bad) => [bad]],
    ['templates:get', (bad) => [bad]],
    ['templates:deleteUser', (bad) => [bad]],
    ['export:docx', (bad) => [bad, {}]],
    ['checks:report', (bad) => [bad]],
  ];
  it.each(calls)('%s refuses every path-shaped id with invalid_argument', async (channel, args) => {
    const h = await httpHost();
    for (const bad of HOSTILE) {
      const reply = await h.core.handlers[channel].args.safeParseAsync(args(bad));
      expect(reply.success, `${channel} ${JSON.stringify(bad)}`).toBe(false);
    }
    const { result } = await (h.call as (c: Channel, ...a: unknown[]) => ReturnType<typeof h.call>)(
      channel,
      ...args('../../outside/victim'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});

describe('path-shaped ids in the store', () => {
  const refused = async (p: Promise<unknown>): Promise<void> => {
    await expect(p).rejects.toBeInstanceOf(AppFailure);
    await expect(p).rejects.toMatchObject({ code: 'invalid_argument' });
  };

  it('refuses them behind the contract too, and touches nothing outside', async () => {
    const dataDir = join(await tempDir('ids'), 'data');
    const store = await openStore(dataDir);
    const victim = await plantVictim(dataDir);
    const before = await readFile(victim, 'utf8');
    for (const bad of HOSTILE) {
      await refused(store.restoreFromTrash(bad));
      await refused(store.getDraft(bad));
      await refused(store.deleteDraft(bad));
      await refused(store.snapshotDraft(bad));
      await refused(store.listVersions(bad));
      await refused(store.compareVersions(bad, VERSION, 'current'));
    }
    expect(await readFile(victim, 'utf8')).toBe(before);
  });
});
