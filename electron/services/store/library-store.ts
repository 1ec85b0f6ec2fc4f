import { mkdir } from 'node:fs/promises';
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
import { removeTempFiles } from './atomic-write';
import type { BackedUpCollection } from './backup-records';
import { BackupScheduler } from './backup-scheduler';
import { openCollection } from './collection';
import { DraftStore, type NewDraft } from './draft-store';
import { LibraryArchive } from './library-archive';
import { BackupRotation } from './library-backup';
import { migrate } from './migrations';
import { OutlineStore } from './outline-store';
import { outline, type Outline } from './record-schemas';

export { SCHEMA_VERSION } from './migrations';
export { REOPEN_IDLE_MS } from './draft-store';
export type { Outline } from './record-schemas';

const BACKUP_DELAY_MS = 60_000;

export interface StoreOptions {
  /** The clock; tests move it. */
  now?: () => Date;
  /** Daily and on-close backups into <data>/backups (default on). */
  autoBackup?: boolean;
  /** How long after start the daily backup waits (default a minute). */
  backupDelayMs?: number;
}

/**
 * The user's library in the data folder: drafts (with history and trash), outlines, the
 * collections kept with them, and the backups of it all. Composes one store per kind of record,
 * the zip archive and the backup timer. Exactly one process may use a folder: the hosts take
 * `instance-lock` first.
 */
export class LibraryStore {
  /** What start-up had to repair, in Chinese, for the UI to tell the user once. */
  readonly warnings: string[] = [];
  private readonly drafts: DraftStore;
  private outlines: OutlineStore | null = null;
  private readonly archive: LibraryArchive;
  private readonly backups: BackupRotation;
  private readonly scheduler: BackupScheduler;
  private readonly now: () => Date;

  constructor(
    readonly dataDir: string,
    private readonly options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.archive = new LibraryArchive(dataDir, this.now);
    this.backups = new BackupRotation(dataDir, () => this.archive.keptFolders());
    this.drafts = new DraftStore(dataDir, this.now, this.backups, this.warnings);
    this.scheduler = new BackupScheduler(this.backups, this.now, this.warnings);
  }

  async open(): Promise<void> {
    await migrate(this.dataDir, this.warnings);
    await mkdir(this.backups.dir, { recursive: true });
    await removeTempFiles(this.backups.dir);
    await removeTempFiles(this.dataDir);
    await this.drafts.open();
    const outlines = await openCollection(this.dataDir, 'outlines', outline);
    this.warnings.push(...outlines.warnings);
    this.outlines = new OutlineStore(outlines, this.now);
    if (this.options.autoBackup !== false) {
      this.scheduler.start(this.options.backupDelayMs ?? BACKUP_DELAY_MS);
    }
  }

  /** Resolves once the index on disk reflects every save so far. */
  flush(): Promise<void> {
    return this.drafts.flush();
  }

  listDrafts(): DraftSummary[] {
    return this.drafts.list();
  }

  getDraft(id: string): Promise<Draft> {
    return this.drafts.get(id);
  }

  /** getDraft for the editor: a draft left alone for REOPEN_IDLE_MS gets a version first. */
  openDraft(id: string): Promise<Draft> {
    return this.drafts.openForEditing(id);
  }

  insertDraft(parts: NewDraft): Promise<Draft> {
    return this.drafts.insert(parts);
  }

  saveDraft(draft: Draft, options: SaveOptions = {}): Promise<Draft> {
    return this.drafts.save(draft, options);
  }

  deleteDraft(id: string): Promise<void> {
    return this.drafts.delete(id);
  }

  listTrash(): Promise<TrashedDraft[]> {
    return this.drafts.listTrash();
  }

  restoreFromTrash(id: string): Promise<DraftSummary> {
    return this.drafts.restoreFromTrash(id);
  }

  snapshotDraft(id: string): Promise<DraftVersion> {
    return this.drafts.snapshot(id);
  }

  listVersions(id: string): Promise<DraftVersion[]> {
    return this.drafts.listVersions(id);
  }

  compareVersions(id: string, from: string, to: string): Promise<DiffPart[]> {
    return this.drafts.compareVersions(id, from, to);
  }

  restoreVersion(id: string, versionId: string): Promise<Draft> {
    return this.drafts.restoreVersion(id, versionId);
  }

  private requireOutlines(): OutlineStore {
    this.drafts.requireOpen();
    if (!this.outlines) throw new AppFailure('internal', '提纲库尚未打开');
    return this.outlines;
  }

  getOutline(id: string): Outline {
    return this.requireOutlines().get(id);
  }

  listOutlines(): OutlineSummary[] {
    return this.requireOutlines().list();
  }

  saveOutline(draftId: string, name: string): Promise<OutlineSummary> {
    return this.requireOutlines().save(name, () => this.drafts.get(draftId));
  }

  renameOutline(id: string, name: string): Promise<OutlineSummary> {
    return this.requireOutlines().rename(id, name);
  }

  deleteOutline(id: string): Promise<void> {
    return this.requireOutlines().delete(id);
  }

  /** The whole library as a zip, for "back up to a file". */
  exportLibrary(): Promise<Uint8Array> {
    this.drafts.requireOpen();
    return this.archive.build();
  }

  /** Keeps another service's collection of the user's own records in backups. */
  keepInBackups<T extends { id: string }>(kept: BackedUpCollection<T>): void {
    this.archive.keep(kept);
  }

  /** Replaces the library with a backup's; see LibraryArchive.restore. */
  importLibrary(zip: Uint8Array): Promise<LibraryRestoreResult> {
    const outlines = this.requireOutlines();
    return this.archive.restore(zip, { drafts: this.drafts, outlines, backups: this.backups });
  }

  /** Hands out the start-up warnings once. */
  takeWarnings(): string[] {
    return this.warnings.splice(0);
  }

  /** Waits for background work (the daily backup). */
  idle(): Promise<void> {
    return this.scheduler.idle();
  }

  /** On quit: finishes pending writes and, unless turned off, leaves a backup. */
  async close(): Promise<void> {
    await this.scheduler.stop();
    if (!this.drafts.isOpen) return;
    await this.drafts.settled();
    if (this.options.autoBackup !== false) await this.backups.rotate(this.now());
    await this.drafts.markClosed();
  }
}
