import type { LibraryRestoreResult } from '../../shared/model';
import { recordsIn, replaceRecords, type BackedUpCollection } from './backup-records';
import type { DraftStore } from './draft-store';
import {
  buildLibraryZip,
  holdsCollection,
  readLibraryZip,
  type BackupRotation,
} from './library-backup';
import type { OutlineStore } from './outline-store';
import { outline, storedDraft } from './record-schemas';

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

/** The whole library as one zip file ("back up to a file") and back. */
export class LibraryArchive {
  private readonly kept: KeptCollection[] = [];

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  /** The folders of the collections kept beside the drafts and outlines. */
  keptFolders(): string[] {
    return this.kept.map((k) => k.folder);
  }

  /**
   * Keeps a collection another service holds for the user (their own 素材) in backups, and
   * restores it with the library.
   */
  keep<T extends { id: string }>(kept: BackedUpCollection<T>): void {
    this.kept.push({ ...kept, restore: (entries) => restoreCollection(kept, entries) });
  }

  build(): Promise<Uint8Array> {
    return buildLibraryZip(this.dataDir, this.now(), this.keptFolders());
  }

  /**
   * Replaces the library with a backup's drafts, outlines and kept collections. The current
   * library is backed up first, and drafts missing from the backup go to the trash, so nothing is
   * lost by a mistake.
   */
  async restore(
    zip: Uint8Array,
    into: { drafts: DraftStore; outlines: OutlineStore; backups: BackupRotation },
  ): Promise<LibraryRestoreResult> {
    const entries = await readLibraryZip(zip);
    const drafts = recordsIn(entries, 'drafts', storedDraft);
    const outlines = recordsIn(entries, 'outlines', outline);
    await into.backups.rotate(this.now());
    await into.drafts.replaceAll(drafts.records);
    await into.outlines.replaceAll(outlines.records);
    let skipped = drafts.skipped + outlines.skipped;
    for (const collection of this.kept) skipped += (await collection.restore(entries)).skipped;
    return { drafts: drafts.records.length, outlines: outlines.records.length, skipped };
  }
}
