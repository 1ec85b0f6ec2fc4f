/**
 * The store with a big library: 5,000 drafts of 3,000 characters (≈ 45 MB of JSON).
 * store.list_ms: a fresh process opening the folder and listing every draft (goal ≤ 200), after
 * a clean shutdown; store.list_after_crash_ms: the same after a kill, when every draft file's
 * time is checked against the index.
 * store.save_p95_ms: one draft saved, on disk when the call resolves (goal ≤ 30).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LibraryStore } from '../../electron/services/store/library-store';
import type { Draft } from '../../electron/shared/model';
import type { Figure } from './run';

const DRAFTS = 5_000;
const SAVES = 200;
const PARAGRAPH = '坚持把安全生产责任落实到每一个岗位、每一名职工,做到警钟长鸣、常抓不懈。'.repeat(
  5,
);

function draft(i: number): Draft {
  const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  // 3 sections × 5 paragraphs of ~190 characters ≈ 3,000 characters.
  return {
    id: randomUUID(),
    title: `第${i + 1}期干部培训班学习心得`,
    templateId: null,
    opening: PARAGRAPH,
    sections: [1, 2, 3].map((n) => ({
      id: `s${n}`,
      level: 1,
      heading: `第${n}部分`,
      body: Array.from({ length: 5 }, () => PARAGRAPH)
        .join('\n')
        .slice(0, 950),
    })),
    closing: PARAGRAPH.slice(0, 100),
    numbering: ['一、'],
    createdAt: now,
    updatedAt: now,
  };
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export default async function bench(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'fanshi-bench-store-'));
  try {
    // Set-up, not measured: the draft files written directly, the index built by a first open.
    await mkdir(join(dataDir, 'drafts'), { recursive: true });
    await writeFile(join(dataDir, 'meta.json'), JSON.stringify({ schemaVersion: 2 }));
    const ids: string[] = [];
    for (let i = 0; i < DRAFTS; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, DRAFTS - i) }, (_, k) => {
          const d = draft(i + k);
          ids.push(d.id);
          return writeFile(join(dataDir, 'drafts', `${d.id}.json`), JSON.stringify(d));
        }),
      );
    }
    const first = new LibraryStore(dataDir);
    await first.open();
    await first.close(); // leaves the daily backup, so the measured opens do not start one

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
    times.sort((a, b) => a - b);

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
