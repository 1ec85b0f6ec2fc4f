/**
 * The store with a big library: 5,000 drafts of 3,000 characters (≈ 45 MB of JSON).
 * store.list_ms: a fresh process opening the folder and listing every draft (goal ≤ 200), after
 * a clean shutdown; store.list_after_crash_ms: the same after a kill, when every draft file's
 * time is checked against the index.
 * store.save_p95_ms: one draft saved, on disk when the call resolves (goal ≤ 30).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LibraryStore } from '../../electron/services/store/library-store';
import { BIG_LIBRARY, writeDrafts } from '../fixtures/big-library';
import type { Figure } from './run';
import { percentile } from './stats';

const DRAFTS = BIG_LIBRARY.drafts;
const SAVES = 200;

export default async function bench(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'fanshi-bench-store-'));
  try {
    // Set-up, not measured: the draft files written directly, the index built by a first open.
    const ids = await writeDrafts(dataDir, DRAFTS);

    const t0 = performance.now();
    const store = new LibraryStore(dataDir);
    await store.open();
    const listed = store.listDrafts();
    const listMs = performance.now() - t0;
    if (listed.length !== DRAFTS) throw new Error(`listed ${listed.length} drafts`);

    const times: number[] = [];
    for (let n = 0; n < SAVES; n++) {
      const id = ids[Math.floor(Math.random() * ids.length)] ?? '';
      const current = await store.getDraft(id);
      const edited = { ...current, closing: `${current.closing}再接再厉。` };
      const t = performance.now();
      await store.saveDraft(edited);
      times.push(performance.now() - t);
    }

    // As after a crash: the index was not closed cleanly, so every draft file's time is checked.
    await store.flush();
    const t1 = performance.now();
    const afterCrash = new LibraryStore(dataDir, { autoBackup: false });
    await afterCrash.open();
    afterCrash.listDrafts();
    const afterCrashMs = performance.now() - t1;
    return [
      { name: 'store.list_ms', value: listMs, unit: 'ms' },
      { name: 'store.list_after_crash_ms', value: afterCrashMs, unit: 'ms' },
      { name: 'store.save_p95_ms', value: percentile(times, 95), unit: 'ms' },
      { name: 'store.save_p50_ms', value: percentile(times, 50), unit: 'ms' },
    ];
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
