import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { draftToText } from '../../core/draft/draft-text';
import { assertDraftSize } from '../../core/draft/draft-size';
import { diffTexts } from '../../core/draft/text-diff';
import type {
  DiffPart,
  Draft,
  DraftSummary,
  DraftVersion,
  SaveOptions,
  TrashedDraft,
} from '../../shared/model';
import { AppFailure } from '../../shared/result';
import { removeTempFiles, setAside, writeFileAtomic } from './atomic-write';
import { newestCopy } from './draft-copies';
import { draftFileIds, filesToReread } from './draft-files';
import { DraftHistory } from './draft-history';
import { DraftIndexFile } from './draft-index-file';
import { COUNTING, stampAfter, summarize, summaryFields } from './draft-summary';
import { DraftTrash } from './draft-trash';
import { readJsonFile } from './json-file';
import { KeyedQueue } from './keyed-queue';
import type { BackupRotation } from './library-backup';
import { recordPath } from './record-path';
import { storedDraft } from './record-schemas';

/** A draft opened after this long without a save gets a version first. */
export const REOPEN_IDLE_MS = 5 * 60_000;

const STALE =
  '这篇草稿已在另一个窗口或标签页中修改并保存过,这里的修改没有覆盖它。请选择保留哪一份。';

export type NewDraft = Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * The drafts: one file per draft (`drafts/<id>.json`) plus `index.json`, the summaries the home
 * page lists, with their history and trash. Every write is atomic (see writeFileAtomic) and has
 * reached the disk when its promise resolves.
 *
 * index.json is a cache. A kill between a draft's write and the index's leaves a draft file newer
 * than the index; open() re-reads exactly those, so the index never has to be trusted blindly.
 *
 * Everything that reads a draft into memory or changes it runs in that draft's queue, one at a
 * time: the file, the copy in memory and the index then change in the same order, whatever the
 * order in which concurrent calls arrive.
 */
export class DraftStore {
  private summaries = new Map<string, DraftSummary>();
  private drafts = new Map<string, Draft>();
  private readonly index: DraftIndexFile;
  private readonly history: DraftHistory;
  private readonly trash: DraftTrash;
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    /** Where a lost or damaged draft's newest copy may be. */
    private readonly backups: BackupRotation,
    /** What start-up had to repair, in Chinese, for the UI to tell the user once. */
    private readonly warnings: string[],
  ) {
    this.index = new DraftIndexFile(join(dataDir, 'index.json'), now);
    this.history = new DraftHistory(join(dataDir, 'history'), summaryFields);
    this.trash = new DraftTrash(join(dataDir, 'trash'), summaryFields);
  }

  private get draftsDir(): string {
    return join(this.dataDir, 'drafts');
  }

  private draftFile(id: string): string {
    return recordPath(this.draftsDir, id);
  }

  get isOpen(): boolean {
    return this.index.isOpen;
  }

  requireOpen(): void {
    this.index.requireOpen();
  }

  async open(): Promise<void> {
    await mkdir(this.draftsDir, { recursive: true });
    for (const dir of [this.trash.dir, this.history.dir]) {
      await mkdir(dir, { recursive: true });
      await removeTempFiles(dir);
    }
    await this.history.removeTempFiles();
    await this.loadIndex();
    for (const id of await this.trash.purge(this.now())) await this.history.removeAll(id);
  }

  private async loadIndex(): Promise<void> {
    const stored = await this.index.read();
    // Summaries counted by an older definition of 字数 are read again from their drafts.
    const counted = stored?.counting === COUNTING;
    const recount = new Set<string>();
    for (const s of stored?.drafts ?? []) {
      this.summaries.set(s.id, { ...s, charsNoPunct: s.charsNoPunct ?? 0 });
      if (!counted || s.charsNoPunct === undefined) recount.add(s.id);
    }
    const onDisk = await draftFileIds(this.draftsDir);
    const present = new Set(onDisk);
    const reread = await filesToReread(
      onDisk,
      (id) => this.draftFile(id),
      stored,
      (id) => this.summaries.has(id) && !recount.has(id),
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
      const copy = await newestCopy(this.history, this.backups, id);
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
    if (changed) await this.index.write(this.summaries.values()).catch(() => undefined);
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
    const copy = await newestCopy(this.history, this.backups, id);
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

  /** Call only inside the draft's queue. */
  private async writeDraft(draft: Draft): Promise<void> {
    this.requireOpen();
    await writeFileAtomic(this.draftFile(draft.id), JSON.stringify(draft));
    this.remember(draft);
  }

  private remember(draft: Draft): void {
    this.drafts.set(draft.id, draft);
    this.summaries.set(draft.id, summarize(draft));
    this.index.writeSoon(this.summaries.values());
  }

  private forget(id: string): void {
    this.drafts.delete(id);
    this.summaries.delete(id);
    this.index.writeSoon(this.summaries.values());
  }

  /** Resolves once the index on disk reflects every save so far. */
  async flush(): Promise<void> {
    await this.queue.idle();
    await this.index.settled();
    await this.index.write(this.summaries.values());
  }

  /** Resolves once the last index write behind a save has ended. */
  settled(): Promise<void> {
    return this.index.settled();
  }

  /** On quit, after the last save: the index says it is exact. */
  markClosed(): Promise<void> {
    return this.index.write(this.summaries.values(), true);
  }

  list(): DraftSummary[] {
    this.requireOpen();
    // ISO times in UTC order by plain comparison, many times faster than localeCompare.
    return [...this.summaries.values()].sort((a, b) =>
      a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
    );
  }

  async get(id: string): Promise<Draft> {
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
      if (this.summaries.delete(id)) this.index.writeSoon(this.summaries.values());
      throw new AppFailure('not_found', '找不到这篇草稿,它可能已被删除。');
    }
    return draft;
  }

  /** get for the editor: a draft left alone for REOPEN_IDLE_MS gets a version first. */
  openForEditing(id: string): Promise<Draft> {
    this.requireOpen();
    return this.queue.run(id, async () => {
      const draft = await this.current(id);
      if (this.now().getTime() - Date.parse(draft.updatedAt) >= REOPEN_IDLE_MS) {
        await this.history.add(draft, 'reopen', this.now());
      }
      return draft;
    });
  }

  async insert(parts: NewDraft): Promise<Draft> {
    assertDraftSize(parts);
    const now = this.now().toISOString();
    const draft: Draft = { ...parts, id: randomUUID(), createdAt: now, updatedAt: now };
    await this.queue.run(draft.id, () => this.writeDraft(draft));
    return draft;
  }

  /**
   * Saves a copy of the draft that was based on `draft.updatedAt`. When the draft has been saved
   * since, the save is refused as `stale`, unless `options.conflict` settles it: see SaveOptions.
   * Resolves once the draft is on disk; on failure nothing in memory changed.
   */
  save(draft: Draft, options: SaveOptions = {}): Promise<Draft> {
    this.requireOpen();
    assertDraftSize(draft);
    return this.queue.run(draft.id, () => this.saveQueued(draft, options));
  }

  private async saveQueued(draft: Draft, options: SaveOptions): Promise<Draft> {
    const current = await this.current(draft.id);
    if (draft.updatedAt !== current.updatedAt) {
      if (!options.conflict) throw new AppFailure('stale', STALE);
      const loser = options.conflict === 'theirs' ? draft : current;
      await this.history.add(loser, 'conflict', this.now());
      if (options.conflict === 'theirs') return current;
    }
    const saved: Draft = {
      ...draft,
      createdAt: current.createdAt,
      updatedAt: stampAfter(this.now(), current),
    };
    await this.writeDraft(saved);
    return saved;
  }

  /** Moves the draft's file to the trash, restorable for TRASH_DAYS. */
  delete(id: string): Promise<void> {
    this.requireOpen();
    return this.queue.run(id, async () => {
      await this.current(id);
      await this.trash.moveIn(this.draftFile(id), id, this.now());
      this.forget(id);
    });
  }

  /** Replaces every draft with `records`; the drafts not among them go to the trash. */
  async replaceAll(records: readonly Draft[]): Promise<void> {
    const incoming = new Set(records.map((d) => d.id));
    for (const id of [...this.summaries.keys()]) {
      if (!incoming.has(id)) await this.delete(id);
    }
    for (const d of records) await this.queue.run(d.id, () => this.writeDraft(d));
    await this.flush();
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
  snapshot(id: string): Promise<DraftVersion> {
    this.requireOpen();
    return this.queue.run(id, async () =>
      this.history.add(await this.current(id), 'manual', this.now()),
    );
  }

  async listVersions(id: string): Promise<DraftVersion[]> {
    await this.get(id);
    return this.history.list(id);
  }

  /** Compares two versions, `current` meaning the saved draft; `from` is the older side. */
  async compareVersions(id: string, from: string, to: string): Promise<DiffPart[]> {
    const saved = await this.get(id);
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
}
