import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/rpc/dispatch';
import type { Draft } from '../../../electron/shared/model';
import { useApps, useTempDirs } from '../support/fixtures';

const tempDir = useTempDirs();
const openApp = useApps();

describe('library warnings come back with the answer to the call that found them', () => {
  it('a damaged draft, restored when opened: that answer carries the warning, the next none', async () => {
    const dataDir = await tempDir('library-warnings');
    const first = await openApp({ dataDir });
    const created = await dispatch(first.handlers, 'drafts:create', [
      { title: '社区书屋志愿服务小结' },
    ]);
    if (!created.ok) throw new Error(created.error.message);
    const draft = created.value as Draft;
    await dispatch(first.handlers, 'drafts:save', [{ ...draft, opening: '每周六上午开放。' }]);
    await dispatch(first.handlers, 'history:snapshot', [draft.id]);
    await first.store.close();
    await writeFile(join(dataDir, 'drafts', `${draft.id}.json`), Buffer.alloc(256));

    const second = await openApp({ dataDir });
    const listed = await dispatch(second.handlers, 'drafts:list', [], second.warnings);
    expect(listed.libraryWarnings).toBeUndefined();

    const opened = await dispatch(second.handlers, 'drafts:get', [draft.id], second.warnings);
    expect(opened.ok && (opened.value as Draft).opening).toBe('每周六上午开放。');
    expect(opened.libraryWarnings?.join('')).toMatch(/社区书屋志愿服务小结.*已损坏/u);

    const again = await dispatch(second.handlers, 'drafts:get', [draft.id], second.warnings);
    expect(again.libraryWarnings).toBeUndefined();
  });

  it('what start-up had to repair goes with the first answer, even a refusal', async () => {
    const dataDir = await tempDir('library-warnings-start');
    const first = await openApp({ dataDir });
    const created = await dispatch(first.handlers, 'drafts:create', [{ title: '读书会小结' }]);
    if (!created.ok) throw new Error(created.error.message);
    await first.store.close();
    await rm(join(dataDir, 'drafts', `${(created.value as Draft).id}.json`));

    const second = await openApp({ dataDir });
    const refused = await dispatch(second.handlers, 'drafts:get', ['../x'], second.warnings);
    expect(refused.ok).toBe(false);
    // closing left a backup, which start-up restored the lost file from
    expect(refused.libraryWarnings).toHaveLength(1);
    expect(refused.libraryWarnings?.[0]).toMatch(
      /^草稿《读书会小结》的文件不见了,已从备份 .*恢复。$/u,
    );
    const next = await dispatch(second.handlers, 'drafts:list', [], second.warnings);
    expect(next.libraryWarnings).toBeUndefined();
  });
});
