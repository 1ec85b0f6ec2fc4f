import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft, TrashedDraft } from '../../shared/model';
import { removeFileDurably, writeFileAtomic } from './atomic-write';
import { readJsonFile } from './json-file';
import { trashFile, type TrashFile } from './record-schemas';

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** Deleted drafts, `trash/<id>.json` each, restorable for TRASH_DAYS. */
export class DraftTrash {
  constructor(
    readonly dir: string,
    private readonly summarize: (d: Draft) => { title: string; chars: number },
  ) {}

  private fileOf(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  async put(draft: Draft, now: Date): Promise<void> {
    const file: TrashFile = { deletedAt: now.toISOString(), draft };
    await writeFileAtomic(this.fileOf(draft.id), JSON.stringify(file));
  }

  async get(id: string): Promise<TrashFile | null> {
    const file = await readJsonFile(this.fileOf(id), trashFile);
    return file.kind === 'ok' ? file.data : null;
  }

  async remove(id: string): Promise<void> {
    await removeFileDurably(this.fileOf(id));
  }

  private async all(): Promise<TrashFile[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
    const files = await Promise.all(names.map((n) => readJsonFile(join(this.dir, n), trashFile)));
    return files.flatMap((f) => (f.kind === 'ok' ? [f.data] : []));
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
