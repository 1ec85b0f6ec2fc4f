import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft, DraftVersion, VersionReason } from '../../shared/model';
import { isRecordId } from '../../shared/record-id';
import { AppFailure } from '../../shared/result';
import { removeFileDurably, removeTempFiles, writeFileAtomic } from './atomic-write';
import { readJsonFile } from './json-file';
import { recordPath } from './record-path';
import { versionFile, type VersionFile } from './record-schemas';

export const KEEP_VERSIONS = 50;

/** JSON with every object's keys sorted: copies read back from disk order keys differently. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Everything in a draft but its save stamps, so any field the draft gains (a 字数 target, a
 * run-in heading) tells two versions apart without being listed here.
 */
const contentKey = ({ createdAt: _c, updatedAt: _u, ...content }: Draft): string =>
  sortedJson(content);

/** Two versions with the same content are one version. */
const sameContent = (a: Draft, b: Draft): boolean => contentKey(a) === contentKey(b);

/**
 * Kept versions of each draft: `history/<draftId>/<versionId>.json`, one full copy per file.
 * Version ids start with the time in milliseconds, zero-padded, so names sort oldest first.
 */
export class DraftHistory {
  constructor(
    readonly dir: string,
    private readonly summarize: (d: Draft) => { title: string; chars: number },
  ) {}

  private folder(draftId: string): string {
    return recordPath(this.dir, draftId, '');
  }

  private async fileNames(draftId: string): Promise<string[]> {
    try {
      return (await readdir(this.folder(draftId)))
        .filter((n) => /^\d{15}-[0-9a-f]+\.json$/u.test(n))
        .sort();
    } catch {
      return [];
    }
  }

  async removeTempFiles(): Promise<void> {
    let folders: string[];
    try {
      folders = await readdir(this.dir);
    } catch {
      return;
    }
    await Promise.all(folders.filter(isRecordId).map((f) => removeTempFiles(join(this.dir, f))));
  }

  /** Keeps `draft` as a version, unless the newest version already has the same content. */
  async add(draft: Draft, reason: VersionReason, now: Date): Promise<DraftVersion> {
    const newest = await this.newest(draft.id);
    if (newest && sameContent(newest.draft, draft)) return newest.version;
    const id = `${String(now.getTime()).padStart(15, '0')}-${randomBytes(3).toString('hex')}`;
    const version: DraftVersion = {
      id,
      draftId: draft.id,
      savedAt: now.toISOString(),
      reason,
      ...this.summarize(draft),
    };
    await mkdir(this.folder(draft.id), { recursive: true });
    const file: VersionFile = { version, draft };
    await writeFileAtomic(join(this.folder(draft.id), `${id}.json`), JSON.stringify(file));
    const names = await this.fileNames(draft.id);
    const excess = names.slice(0, Math.max(0, names.length - KEEP_VERSIONS));
    await Promise.all(excess.map((n) => removeFileDurably(join(this.folder(draft.id), n))));
    return version;
  }

  /** Newest first; damaged version files are skipped (they are copies, the draft is elsewhere). */
  async list(draftId: string): Promise<DraftVersion[]> {
    const names = (await this.fileNames(draftId)).reverse();
    const files = await Promise.all(
      names.map((n) => readJsonFile(join(this.folder(draftId), n), versionFile)),
    );
    return files.flatMap((f) => (f.kind === 'ok' ? [f.data.version] : []));
  }

  async get(draftId: string, versionId: string): Promise<VersionFile> {
    if (!/^\d{15}-[0-9a-f]+$/u.test(versionId)) throw notFound(versionId);
    const file = await readJsonFile(recordPath(this.folder(draftId), versionId), versionFile);
    if (file.kind !== 'ok') throw notFound(versionId);
    return file.data;
  }

  /** The newest version that parses, for recovering a damaged draft file. */
  async newest(draftId: string): Promise<VersionFile | null> {
    for (const n of (await this.fileNames(draftId)).reverse()) {
      const file = await readJsonFile(join(this.folder(draftId), n), versionFile);
      if (file.kind === 'ok') return file.data;
    }
    return null;
  }

  async removeAll(draftId: string): Promise<void> {
    await rm(this.folder(draftId), { recursive: true, force: true });
  }
}

const notFound = (versionId: string): AppFailure =>
  new AppFailure('not_found', `找不到历史版本 ${versionId}`);
