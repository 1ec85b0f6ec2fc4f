import { randomUUID } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { draftCharCounts, draftToText } from '../../core/draft/draft-text';
import { assertDraftSize } from '../../core/draft/draft-size';
import { outlineOfDraft, outlineSummary } from '../../core/draft/outline';
import { checkedName } from '../../core/record-name';
import { diffTexts } from '../../core/draft/text-diff';
import type {
  DiffPart,
  Draft,
  DraftSummary,
  DraftVersion,
  LibraryRestoreResult,
  SaveOptions,
  TrashedDraft,
} from '../../shared/model';
import type { OutlineSummary } from '../../shared/outline';
import { AppFailure } from '../../shared/result';
import {
  removeFileDurably,
  removeTempFiles,
  setAside,
  storeFailure,
  TEMP_MARKER,
  writeFileAtomic,
} from './atomic-write';
import { openCollection, type Collection } from './collection';
import { DraftHistory } from './draft-history';
import { DraftTrash } from './draft-trash';
import { KeyedQueue } from './keyed-queue';
import {
  outlinesWithUniqueNames,
  recordsIn,
  replaceRecords,
  type BackedUpCollection,
} from './backup-records';
import { AtomicJsonFile, CorruptFileError, parseJson, readJsonFile } from './json-file';
import { BackupRotation, buildLibraryZip, holdsCollection, readLibraryZip } from './library-backup';
import { migrate } from './migrations';
import { recordPath } from './record-path';
import { draftIndex, outline, storedDraft, type DraftIndex, type Outline } from './record-schemas';

export { SCHEMA_VERSION } from './migrations';
export type { Outline } from './record-schemas';

/** A draft opened after this long without a save gets a version first. */
export const REOPEN_IDLE_MS = 5 * 60_000;
const DAY_MS = 86_400_000;
const BACKUP_DELAY_MS = 60_000;
/**
 * File times are coarse (a kernel tick; 2 s on FAT) and a save's file lands a moment before its
 * summary reaches the index: any draft this close to the index's time is re-read after a crash.
 */
const MTIME_SLACK_MS = 3_000;

/** Real time even under a test's fake Date: compared with file times the OS stamps. */
const wallClock = (): number => performance.timeOrigin + performance.now();

export interface StoreOptions {
  /** The clock; tests move it. */
  now?: () => Date;
  /** Daily and on-close backups into <data>/backups (default on). */
  autoBackup?: boolean;
  /** How long after start the daily backup waits (default a minute). */
  backupDelayMs?: number;
}

type NewDraft = Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>;

/** A collection kept in backups, with how a backup's copy replaces it. */
interface KeptCollection {
  folder: string;
  /** Replaces the collection with the backup's records; answers how many it could not read. */
  restore: (entries: ReadonlyMap<string, string>) => Promise<{ skipped: number }>;
}

async function restoreCollection<T extends { id: string }>(
  kept: BackedUpCollection<T>,
  entries: ReadonlyMap<string, string>,
): Promise<{ skipped: number }> {
  // a backup made before the collection was kept in backups leaves it as it is
  if (!holdsCollection(entries, kept.folder)) return { skipped: 0 };
  const { records, skipped } = recordsIn(entries, kept.folder, kept.schema);
  await replaceRecords(kept.collection, records);
  return { skipped };
}

/** Bumped when the definition of 字数 changes: summaries counted by another are counted again. */
const COUNTING = 2;

const summaryFields = (d: Draft): { title: string; chars: number } => ({
  title: d.title,
  chars: draftCharCounts(d).total.all,
});

function summarize(d: Draft): DraftSummary {
  const { all, withoutPunctuation } = draftCharCounts(d).total;
  return {
    id: d.id,
    templateId: d.templateId,
    updatedAt: d.updatedAt,
    title: d.title,
    chars: all,
    charsNoPunct: withoutPunctuation,
  };
}

const localTime = (iso: string): string => new Date(iso).toLocaleString('zh-CN');

const staleDraft = (): AppFailure =>
  new AppFailure(
    'stale',
    '这篇草稿已在另一个窗口或标签页中修改并保存过,这里的修改没有覆盖它。请选择保留哪一份。',
  );

const collator = new Intl.Collator('zh-CN');

/**
 * The user's library in the data folder: one file per draft (`drafts/<id>.json`) plus
 * `index.json`, the summaries the home page lists; outlines, history, trash and backups in their
 * own folders. Every write is atomic (see writeFileAtomic) and has reached the disk when its
 * promise resolves. Exactly one process may use a folder: the hosts take `instance-lock` first.
 *
 * index.json is a cache. A kill between a draft's write and the index's leaves a draft file newer
 * than the index; open() re-reads exactly those, so the index never has to be trusted blindly.
 *
 * Everything that reads a draft into memory or changes it runs in that draft's queue, one at a
 * time: the file, the copy in memory and the index then change in the same order, whatever the
 * order in which concurrent calls arrive.
 */
export class LibraryStore {
  /** What start-up had to repair, in Chinese, for the UI to tell the user once. */
  readonly warnings: string[] = [];
  private index: Low<DraftIndex> | null = null;
  private summaries = new Map<string, DraftSummary>();
  private drafts = new Map<string, Draft>();
  private outlines: Collection<Outline> | null = null;
  private readonly history: DraftHistory;
  private readonly trash: DraftTrash;
  private readonly backups: BackupRotation;
  private readonly kept: KeptCollection[] = [];
  private background: Promise<unknown> = Promise.resolve();
  private pendingIndex: Promise<void> = Promise.resolve();
  private backupTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => Date;
  private readonly queue = new KeyedQueue();

  constructor(
    readonly dataDir: string,
    private readonly options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.history = new DraftHistory(join(dataDir, 'history'), summaryFields);
    this.trash = new DraftTrash(join(dataDir, 'trash'), summaryFields);
    this.backups = new BackupRotation(dataDir, () => this.kept.map((k) => k.folder));
  }

  private get draftsDir(): string {
    return join(this.dataDir, 'drafts');
  }

  private draftFile(id: string): string {
    return recordPath(this.draftsDir, id);
  }

  async open(): Promise<void> {
    await migrate(this.dataDir, this.warnings);
    await mkdir(this.draftsDir, { recursive: true });
    for (const dir of [this.trash.dir, this.history.dir, this.backups.dir]) {
      await mkdir(dir, { recursive: true });
      await removeTempFiles(dir);
    }
    await removeTempFiles(this.dataDir);
    await this.history.removeTempFiles();
    await this.loadIndex();
    this.outlines = await openCollection(this.dataDir, 'outlines', outline);
    this.warnings.push(...this.outlines.warnings);
    for (const id of await this.trash.purge(this.now())) await this.history.removeAll(id);
    if (this.options.autoBackup !== false) this.backupIfDue();
  }

  private async loadIndex(): Promise<void> {
    const adapter = new AtomicJsonFile(join(this.dataDir, 'index.json'), draftIndex);
    let stored: DraftIndex | null = null;
    try {
      stored = await adapter.read();
    } catch (e) {
      if (!(e instanceof CorruptFileError)) throw e;
      // The index only repeats what the draft files say: rebuild it, no need to alarm the user.
      await setAside(adapter.path, this.now());
    }
    this.index = new Low(adapter, { drafts: [] });
    // Summaries counted by an older definition of 字数 are read again from their drafts.
    const counted = stored?.counting === COUNTING;
    const recount = new Set<string>();
    for (const s of stored?.drafts ?? []) {
      this.summaries.set(s.id, { ...s, charsNoPunct: s.charsNoPunct ?? 0 });
      if (!counted || s.charsNoPunct === undefined) recount.add(s.id);
    }

    const names = await readdir(this.draftsDir);
    const temps = names.filter((n) => n.includes(TEMP_MARKER));
    await Promise.all(temps.map((n) => removeFileDurably(join(this.draftsDir, n))));
    const onDisk = names
      .filter((n) => /^[A-Za-z0-9_-]+\.json$/u.test(n))
      .map((n) => n.slice(0, -'.json'.length));
    // After a clean shutdown the index is exact. After a crash, a draft file written around or
    // after the moment the index's summaries were taken may hold a save the index never saw.
    const trusted = stored?.closed === true;
    const since = (stored?.asOf ?? Number.NEGATIVE_INFINITY) - MTIME_SLACK_MS;
    const times = trusted ? [] : await Promise.all(onDisk.map((id) => stat(this.draftFile(id))));
    const present = new Set(onDisk);
    const reread = onDisk.filter(
      (id, i) =>
        !this.summaries.has(id) ||
        recount.has(id) ||
        (!trusted && (times[i]?.mtimeMs ?? Infinity) >= since),
    );
    const gone = [...this.summaries.keys()].filter((id) => !present.has(id));
    // Always rewritten when it said `closed`: from now on this process may be killed any time.
    let changed = stored?.closed !== false || !counted || reread.length > 0 || gone.length > 0;

    for (const id of reread) {
      const draft = await this.readDraftFile(id);
      if (draft) this.summaries.set(id, summarize(draft));
      else this.summaries.delete(id);
    }
    for (const id of gone) {
      const title = this.summaries.get(id)?.title ?? id;
      this.summaries.delete(id);
      if (await this.trash.get(id)) continue; // deleted, killed before the index said so
      const copy = await this.newestCopy(id);
      if (copy) {
        await writeFileAtomic(this.draftFile(id), JSON.stringify(copy.draft));
        this.summaries.set(id, summarize(copy.draft));
        this.warnings.push(`草稿《${title}》的文件不见了,已从${copy.source}恢复。`);
      } else {
        this.warnings.push(`草稿《${title}》的文件不见了,也没有找到备份副本。`);
      }
      changed = true;
    }
    // Best effort: on a full disk the app must still start and show the drafts it has.
    if (changed) await this.writeIndex().catch(() => undefined);
  }

  /** Reads a draft file; a damaged one is set aside and replaced by its newest good copy. */
  private async readDraftFile(id: string): Promise<Draft | null> {
    const path = this.draftFile(id);
    const file = await readJsonFile(path, storedDraft);
    if (file.kind === 'ok' && file.data.id === id) {
      this.drafts.set(id, file.data);
      return file.data;
    }
    if (file.kind === 'missing') return null;
    const aside = await setAside(path, this.now());
    const copy = await this.newestCopy(id);
    if (!copy) {
      this.warnings.push(`草稿文件 drafts/${id}.json 已损坏,已移至 ${aside};没有找到可用的副本。`);
      return null;
    }
    await writeFileAtomic(path, JSON.stringify(copy.draft));
    this.drafts.set(id, copy.draft);
    this.warnings.push(
      `草稿《${copy.draft.title}》的文件已损坏,已移至 ${aside},并从${copy.source}恢复。`,
    );
    return copy.draft;
  }

  /** The most recently saved good copy among the draft's history and the rotating backups. */
  private async newestCopy(id: string): Promise<{ draft: Draft; source: string } | null> {
    const candidates: Array<{ draft: Draft; source: string }> = [];
    const version = await this.history.newest(id);
    if (version) {
      candidates.push({
        draft: version.draft,
        source: `${localTime(version.version.savedAt)}的历史版本`,
      });
    }
    for await (const copy of this.backups.copiesOf(`drafts/${id}.json`)) {
      const parsed = parseJson(copy.text, storedDraft);
      if (parsed.kind === 'ok' && parsed.data.id === id) {
        candidates.push({ draft: parsed.data, source: `备份 ${copy.backup}` });
        break;
      }
    }
    candidates.sort((a, b) => b.draft.updatedAt.localeCompare(a.draft.updatedAt));
    return candidates[0] ?? null;
  }

  private requireOpen(): Low<DraftIndex> {
    if (!this.index) throw new AppFailure('internal', '数据库尚未打开');
    return this.index;
  }

  private async writeIndex(closed = false): Promise<void> {
    const index = this.requireOpen();
    index.data = {
      closed,
      asOf: wallClock(),
      counting: COUNTING,
      drafts: [...this.summaries.values()],
    };
    await index.write();
  }

  /**
   * The index is written behind the save, not before it resolves: the draft file is the truth
   * and a stale index is repaired at the next start (see loadIndex). A failed index write is
   * retried by the next one; a failed draft write fails the save.
   */
  private updateIndexSoon(): void {
    this.pendingIndex = this.writeIndex().catch(() => undefined);
  }

  /** Call only inside the draft's queue. */
  private async writeDraft(draft: Draft): Promise<void> {
    this.requireOpen();
    await writeFileAtomic(this.draftFile(draft.id), JSON.stringify(draft));
    this.remember(draft);
  }

  private remember(draft: Draft): void {
    this.drafts.set(draft.id, draft);
    this.summaries.set(draft.id, summarize(draft));
    this.updateIndexSoon();
  }

  private forget(id: string): void {
    this.drafts.delete(id);
    this.summaries.delete(id);
    this.updateIndexSoon();
  }

  /** Resolves once the index on disk reflects every save so far. */
  async flush(): Promise<void> {
    await this.queue.idle();
    await this.pendingIndex;
    await this.writeIndex();
  }

  listDrafts(): DraftSummary[] {
    this.requireOpen();
    // ISO times in UTC order by plain comparison, many times faster than localeCompare.
    return [...this.summaries.values()].sort((a, b) =>
      a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
    );
  }

  async getDraft(id: string): Promise<Draft> {
    this.requireOpen();
    return this.drafts.get(id) ?? this.queue.run(id, () => this.current(id));
  }

  /** The draft as saved; call only inside its queue. */
  private async current(id: string): Promise<Draft> {
    this.draftFile(id); // refuses a path-shaped id before anything else
    const cached = this.drafts.get(id);
    if (cached) return cached;
    const draft = this.summaries.has(id) ? await this.readDraftFile(id) : null;
    if (!draft) {
      if (this.summaries.delete(id)) this.updateIndexSoon();
      throw new AppFailure('not_found', '找不到这篇草稿,它可能已被删除。');
    }
    return draft;
  }

  /** getDraft for the editor: a draft left alone for REOPEN_IDLE_MS gets a version first. */
  openDraft(id: string): Promise<Draft> {
    this.requireOpen();
    return this.queue.run(id, async () => {
      const draft = await this.current(id);
      if (this.now().getTime() - Date.parse(draft.updatedAt) >= REOPEN_IDLE_MS) {
        await this.history.add(draft, 'reopen', this.now());
      }
      return draft;
    });
  }

  async insertDraft(parts: NewDraft): Promise<Draft> {
    assertDraftSize(parts);
    const now = this.now().toISOString();
    const draft: Draft = { ...parts, id: randomUUID(), createdAt: now, updatedAt: now };
    await this.queue.run(draft.id, () => this.writeDraft(draft));
    return draft;
  }

  /** A save stamp later than the draft's last one, even within one millisecond. */
  private stampAfter(previous: Draft): string {
    return new Date(
      Math.max(this.now().getTime(), Date.parse(previous.updatedAt) + 1),
    ).toISOString();
  }

  /**
   * Saves a copy of the draft that was based on `draft.updatedAt`. When the draft has been saved
   * since, the save is refused as `stale`, unless `options.conflict` settles it: see SaveOptions.
   * Resolves once the draft is on disk; on failure nothing in memory changed.
   */
  saveDraft(draft: Draft, options: SaveOptions = {}): Promise<Draft> {
    this.requireOpen();
    assertDraftSize(draft);
    return this.queue.run(draft.id, () => this.saveQueued(draft, options));
  }

  private async saveQueued(draft: Draft, options: SaveOptions): Promise<Draft> {
    const current = await this.current(draft.id);
    if (draft.updatedAt !== current.updatedAt) {
      if (!options.conflict) throw staleDraft();
      const loser = options.conflict === 'theirs' ? draft : current;
      await this.history.add(loser, 'conflict', this.now());
      if (options.conflict === 'theirs') return current;
    }
    const saved: Draft = {
      ...draft,
      createdAt: current.createdAt,
      updatedAt: this.stampAfter(current),
    };
    await this.writeDraft(saved);
    return saved;
  }

  /** Moves the draft's file to the trash, restorable for TRASH_DAYS. */
  deleteDraft(id: string): Promise<void> {
    this.requireOpen();
    return this.queue.run(id, async () => {
      await this.current(id);
      await this.trash.moveIn(this.draftFile(id), id, this.now());
      this.forget(id);
    });
  }

  listTrash(): Promise<TrashedDraft[]> {
    this.requireOpen();
    return this.trash.list();
  }

  restoreFromTrash(id: string): Promise<DraftSummary> {
    this.requireOpen();
    return this.queue.run(id, async () => {
      const item = await this.trash.get(id);
      if (!item) throw new AppFailure('not_found', '回收站里没有这篇草稿。');
      if (await this.trash.moveOut(id, this.draftFile(id))) this.remember(item.draft);
      else {
        await this.writeDraft(item.draft);
        await this.trash.remove(id);
      }
      return summarize(item.draft);
    });
  }

  /** Keeps the saved state of the draft as a version (Ctrl+S). */
  snapshotDraft(id: string): Promise<DraftVersion> {
    this.requireOpen();
    return this.queue.run(id, async () =>
      this.history.add(await this.current(id), 'manual', this.now()),
    );
  }

  async listVersions(id: string): Promise<DraftVersion[]> {
    await this.getDraft(id);
    return this.history.list(id);
  }

  /** Compares two versions, `current` meaning the saved draft; `from` is the older side. */
  async compareVersions(id: string, from: string, to: string): Promise<DiffPart[]> {
    const saved = await this.getDraft(id);
    const text = async (v: string): Promise<string> =>
      draftToText(v === 'current' ? saved : (await this.history.get(id, v)).draft);
    return diffTexts(await text(from), await text(to));
  }

  /** Makes a version the current draft; what it replaces is kept as a version first. */
  restoreVersion(id: string, versionId: string): Promise<Draft> {
    this.requireOpen();
    return this.queue.run(id, async () => {
      const current = await this.current(id);
      const { draft: old } = await this.history.get(id, versionId);
      await this.history.add(current, 'before-restore', this.now());
      return this.saveQueued({ ...old, id, updatedAt: current.updatedAt }, {});
    });
  }

  private requireOutlines(): Collection<Outline> {
    this.requireOpen();
    if (!this.outlines) throw new AppFailure('internal', '提纲库尚未打开');
    return this.outlines;
  }

  getOutline(id: string): Outline {
    const found = this.requireOutlines().get(id);
    if (!found) throw new AppFailure('not_found', `找不到提纲 ${id}`);
    return found;
  }

  /** Every outline, by name in Chinese (pinyin) order. */
  listOutlines(): OutlineSummary[] {
    return this.requireOutlines()
      .list()
      .map(outlineSummary)
      .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  }

  /** A name fit for an outline that no other outline has; `self` may keep its own. */
  private outlineName(raw: string, self?: string): string {
    const name = checkedName(raw, '提纲');
    if (
      this.requireOutlines()
        .list()
        .some((o) => o.name === name && o.id !== self)
    ) {
      throw new AppFailure('invalid_argument', `已有名为“${name}”的提纲,请换一个名称`);
    }
    return name;
  }

  /** Keeps the saved draft's title, numbering and headings as an outline (no body text). */
  async saveOutline(draftId: string, name: string): Promise<OutlineSummary> {
    const checked = this.outlineName(name);
    const parts = outlineOfDraft(await this.getDraft(draftId));
    const now = this.now().toISOString();
    const saved = await this.requireOutlines().put({
      id: randomUUID(),
      name: checked,
      ...parts,
      createdAt: now,
      updatedAt: now,
    });
    return outlineSummary(saved);
  }

  async renameOutline(id: string, name: string): Promise<OutlineSummary> {
    const renamed = await this.requireOutlines().put({
      ...this.getOutline(id),
      name: this.outlineName(name, id),
      updatedAt: this.now().toISOString(),
    });
    return outlineSummary(renamed);
  }

  async deleteOutline(id: string): Promise<void> {
    if (!(await this.requireOutlines().delete(id))) {
      throw new AppFailure('not_found', `找不到提纲 ${id}`);
    }
  }

  /** The whole library as a zip, for "back up to a file". */
  async exportLibrary(): Promise<Uint8Array> {
    this.requireOpen();
    return buildLibraryZip(
      this.dataDir,
      this.now(),
      this.kept.map((k) => k.folder),
    );
  }

  /**
   * Keeps a collection another service holds for the user (their own 素材) in backups, and
   * restores it with the library.
   */
  keepInBackups<T extends { id: string }>(kept: BackedUpCollection<T>): void {
    this.kept.push({ ...kept, restore: (entries) => restoreCollection(kept, entries) });
  }

  /**
   * Replaces the library with a backup's drafts, outlines and kept collections. The current
   * library is backed up first, and drafts missing from the backup go to the trash, so nothing is
   * lost by a mistake.
   */
  async importLibrary(zip: Uint8Array): Promise<LibraryRestoreResult> {
    this.requireOpen();
    const outlines = this.requireOutlines();
    const entries = await readLibraryZip(zip);
    const drafts = recordsIn(entries, 'drafts', storedDraft);
    const kept = recordsIn(entries, 'outlines', outline);
    await this.backups.rotate(this.now());
    const incoming = new Set(drafts.records.map((d) => d.id));
    for (const id of [...this.summaries.keys()]) {
      if (!incoming.has(id)) await this.deleteDraft(id);
    }
    for (const d of drafts.records) await this.queue.run(d.id, () => this.writeDraft(d));
    await this.flush();
    await replaceRecords(outlines, outlinesWithUniqueNames(kept.records));
    let skipped = drafts.skipped + kept.skipped;
    for (const collection of this.kept) skipped += (await collection.restore(entries)).skipped;
    return { drafts: drafts.records.length, outlines: kept.records.length, skipped };
  }

  /** Hands out the start-up warnings once. */
  takeWarnings(): string[] {
    return this.warnings.splice(0);
  }

  /**
   * The daily backup waits a minute: start-up is when the user is waiting, and zipping a big
   * library competes for the disk. The timer does not keep a process alive.
   */
  private backupIfDue(): void {
    const run = (): void => {
      this.background = this.background
        .then(async () => {
          const last = await this.backups.newestTime();
          if (last === null || this.now().getTime() - last >= DAY_MS) {
            await this.backups.rotate(this.now());
          }
        })
        .catch((e: unknown) => {
          this.warnings.push(`自动备份失败:${storeFailure(e).message}`);
        });
    };
    const delay = this.options.backupDelayMs ?? BACKUP_DELAY_MS;
    if (delay <= 0) run();
    else this.backupTimer = setTimeout(run, delay).unref();
  }

  /** Waits for background work (the daily backup). */
  async idle(): Promise<void> {
    await this.background;
  }

  /** On quit: finishes pending writes and, unless turned off, leaves a backup. */
  async close(): Promise<void> {
    clearTimeout(this.backupTimer);
    await this.idle();
    if (!this.index) return;
    await this.pendingIndex;
    if (this.options.autoBackup !== false) await this.backups.rotate(this.now());
    await this.writeIndex(true);
  }
}
