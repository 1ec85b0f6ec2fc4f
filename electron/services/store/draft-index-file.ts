import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import type { DraftSummary } from '../../shared/model';
import { AppFailure } from '../../shared/result';
import { setAside } from './atomic-write';
import { COUNTING } from './draft-summary';
import { AtomicJsonFile, CorruptFileError } from './json-file';
import { draftIndex, type DraftIndex } from './record-schemas';

/** Real time even under a test's fake Date: compared with file times the OS stamps. */
export const wallClock = (): number => performance.timeOrigin + performance.now();

/**
 * `index.json`: the summaries the home page lists, a cache of what the draft files say. It
 * records when it was written and whether the app closed cleanly, so that start-up knows which
 * draft files it must read again.
 */
export class DraftIndexFile {
  private low: Low<DraftIndex> | null = null;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly now: () => Date,
  ) {}

  /** The index as last written; a damaged one is set aside and read as none. */
  async read(): Promise<DraftIndex | null> {
    const adapter = new AtomicJsonFile(this.path, draftIndex);
    let stored: DraftIndex | null = null;
    try {
      stored = await adapter.read();
    } catch (e) {
      if (!(e instanceof CorruptFileError)) throw e;
      // The index only repeats what the draft files say: rebuild it, no need to alarm the user.
      await setAside(adapter.path, this.now());
    }
    this.low = new Low(adapter, { drafts: [] });
    return stored;
  }

  get isOpen(): boolean {
    return this.low !== null;
  }

  requireOpen(): void {
    this.file();
  }

  private file(): Low<DraftIndex> {
    if (!this.low) throw new AppFailure('internal', '数据库尚未打开');
    return this.low;
  }

  async write(summaries: Iterable<DraftSummary>, closed = false): Promise<void> {
    const file = this.file();
    file.data = { closed, asOf: wallClock(), counting: COUNTING, drafts: [...summaries] };
    await file.write();
  }

  /**
   * The index is written behind the save, not before it resolves: the draft file is the truth
   * and a stale index is repaired at the next start. A failed index write is retried by the next
   * one; a failed draft write fails the save.
   */
  writeSoon(summaries: Iterable<DraftSummary>): void {
    this.pending = this.write(summaries).catch(() => undefined);
  }

  /** Resolves once the last write behind a save has ended. */
  settled(): Promise<void> {
    return this.pending;
  }
}
