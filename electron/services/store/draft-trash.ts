import { readdir, rename, stat, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Draft, TrashedDraft } from '../../shared/model';
import { isRecordId } from '../../shared/record-id';
import { isNotFound, removeFileDurably, storeFailure, syncDir } from './atomic-write';
import { readJsonFile } from './json-file';
import { recordPath } from './record-path';
import { storedDraft, trashFile, type TrashFile } from './record-schemas';

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * A trash file is either a draft file moved in whole (its modification time is when it was
 * deleted) or, from older versions, a `{deletedAt, draft}` record.
 */
const trashEntry = z.union([trashFile, storedDraft]);

/**
 * Deleted drafts, `trash/<id>.json` each, restorable for TRASH_DAYS. Deleting renames the draft's
 * file into the trash: no new bytes are written, so it works on a full disk too.
 */
export class DraftTrash {
  constructor(
    readonly dir: string,
    private readonly summarize: (d: Draft) => { title: string; chars: number },
  ) {}

  private fileOf(id: string): string {
    return recordPath(this.dir, id);
  }

  /**
   * Moves a draft's file into the trash. The deletion time goes on the file first: a crash
   * between the two steps then leaves a draft that merely looks recently saved, never a trashed
   * one that looks old enough to purge.
   */
  async moveIn(draftFile: string, id: string, now: Date): Promise<void> {
    const target = this.fileOf(id);
    try {
      await utimes(draftFile, now, now);
      await rename(draftFile, target);
      await syncDir(this.dir);
      await syncDir(dirname(draftFile));
    } catch (e) {
      throw storeFailure(e);
    }
  }

  /**
   * Moves a trashed draft's file back to `draftFile`; false when it is an old-style record,
   * which has to be written out instead.
   */
  async moveOut(id: string, draftFile: string): Promise<boolean> {
    const from = this.fileOf(id);
    const file = await readJsonFile(from, trashEntry);
    if (file.kind !== 'ok' || 'deletedAt' in file.data || file.data.id !== id) return false;
    try {
      await rename(from, draftFile);
      await syncDir(dirname(draftFile));
      await syncDir(this.dir);
    } catch (e) {
      throw storeFailure(e);
    }
    return true;
  }

  /** The trashed draft `id`; null when missing, damaged or holding another draft. */
  async get(id: string): Promise<TrashFile | null> {
    const path = this.fileOf(id);
    const file = await readJsonFile(path, trashEntry);
    if (file.kind !== 'ok') return null;
    if ('deletedAt' in file.data) return file.data.draft.id === id ? file.data : null;
    if (file.data.id !== id) return null;
    try {
      const { mtime } = await stat(path);
      return { deletedAt: mtime.toISOString(), draft: file.data };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw storeFailure(e);
    }
  }

  async remove(id: string): Promise<void> {
    await removeFileDurably(this.fileOf(id));
  }

  private async all(): Promise<TrashFile[]> {
    let ids: string[];
    try {
      ids = (await readdir(this.dir))
        .filter((n) => n.endsWith('.json'))
        .map((n) => n.slice(0, -'.json'.length))
        .filter(isRecordId);
    } catch {
      return [];
    }
    const files = await Promise.all(ids.map((id) => this.get(id)));
    return files.filter((f): f is TrashFile => f !== null);
  }

  /** Newest deletion first. */
  async list(): Promise<TrashedDraft[]> {
    return (await this.all())
      .map(({ deletedAt, draft }) => ({
        id: draft.id,
        ...this.summarize(draft),
        deletedAt,
        purgeAt: new Date(Date.parse(deletedAt) + TRASH_DAYS * DAY_MS).toISOString(),
      }))
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** Removes what was deleted more than TRASH_DAYS ago; returns the ids removed. */
  async purge(now: Date): Promise<string[]> {
    const cutoff = now.getTime() - TRASH_DAYS * DAY_MS;
    const old = (await this.all()).filter((f) => Date.parse(f.deletedAt) < cutoff);
    await Promise.all(old.map((f) => this.remove(f.draft.id)));
    return old.map((f) => f.draft.id);
  }
}
