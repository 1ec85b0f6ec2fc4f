import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { AppFailure } from '../../shared/result';
import { isNotFound, removeFileDurably, writeFileAtomic } from './atomic-write';

export const KEEP_BACKUPS = 5;
export const BACKUP_FORMAT = 'fanshi-library';
const MANIFEST = 'fanshi-backup.json';

/**
 * What a backup holds: the user's records. index.json is rebuilt; history would be too large.
 * Collections other services keep for the user (their own 素材) are added by name, see
 * LibraryStore.keepInBackups.
 */
const BACKED_UP_FOLDERS = ['drafts', 'outlines', 'trash'] as const;
const BACKED_UP_FILES = ['meta.json'] as const;

/** Limits on a backup file handed to "restore", checked while inflating, not after. */
const MAX_ENTRIES = 100_000;
const MAX_ENTRY_BYTES = 20 * 1024 * 1024;
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

const stampOf = (now: Date): string => now.toISOString().replace(/[-:.]/gu, '');
const BACKUP_NAME = /^library-(\d{8}T\d{9}Z)\.zip$/u;

/** The library's files, zipped: what "back up to a file" hands out and the rotation keeps. */
export async function buildLibraryZip(
  dataDir: string,
  now: Date,
  collections: readonly string[] = [],
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    MANIFEST,
    JSON.stringify({ format: BACKUP_FORMAT, createdAt: now.toISOString(), collections }),
  );
  for (const name of BACKED_UP_FILES) {
    const bytes = await readFile(join(dataDir, name)).catch(() => null);
    if (bytes) zip.file(name, bytes);
  }
  for (const folder of [...BACKED_UP_FOLDERS, ...collections]) {
    let names: string[];
    try {
      names = (await readdir(join(dataDir, folder))).filter((n) => n.endsWith('.json'));
    } catch (e) {
      if (isNotFound(e)) continue;
      throw e;
    }
    for (const n of names) zip.file(`${folder}/${n}`, await readFile(join(dataDir, folder, n)));
  }
  // Level 1: JSON shrinks about as much as at level 9, several times faster on a big library.
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 1 },
  });
}

const notABackup = (): AppFailure =>
  new AppFailure('unsupported_input', '这不是范式资料库的备份文件(.zip)。');

/**
 * The entries of a backup zip, path → text. Sizes are counted while inflating, so a crafted
 * archive cannot expand without bound before being refused.
 */
export async function readLibraryZip(bytes: Uint8Array): Promise<Map<string, string>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notABackup();
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > MAX_ENTRIES) throw tooLarge();
  const out = new Map<string, string>();
  let total = 0;
  for (const file of files) {
    const chunks: Buffer[] = [];
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        total += chunk.length;
        if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', () => reject(notABackup()));
      stream.on('end', () => resolve());
    });
    out.set(file.name, Buffer.concat(chunks).toString('utf8'));
  }
  const manifest = out.get(MANIFEST);
  if (!manifest || !manifest.includes(`"${BACKUP_FORMAT}"`)) throw notABackup();
  return out;
}

/**
 * Whether a backup's entries hold `folder`: its manifest lists the collections it was made with,
 * so a collection left out (a backup older than the collection's place in it) is told apart from
 * one that was empty.
 */
export function holdsCollection(entries: ReadonlyMap<string, string>, folder: string): boolean {
  try {
    const manifest: unknown = JSON.parse(entries.get(MANIFEST) ?? '{}');
    const listed =
      typeof manifest === 'object' && manifest !== null && 'collections' in manifest
        ? manifest.collections
        : [];
    return Array.isArray(listed) && listed.includes(folder);
  } catch {
    return false;
  }
}

const tooLarge = (): AppFailure => new AppFailure('too_large', '备份文件过大或已损坏,无法恢复。');

/** `<data>/backups/library-<time>.zip`, the newest KEEP_BACKUPS kept. */
export class BackupRotation {
  readonly dir: string;

  constructor(
    private readonly dataDir: string,
    /** The collections kept in backups beside the store's own folders. */
    private readonly collections: () => readonly string[] = () => [],
  ) {
    this.dir = join(dataDir, 'backups');
  }

  /** Backup file names, newest first. */
  async names(): Promise<string[]> {
    try {
      return (await readdir(this.dir))
        .filter((n) => BACKUP_NAME.test(n))
        .sort()
        .reverse();
    } catch {
      return [];
    }
  }

  /** When the newest backup was made, from its name; null when there is none. */
  async newestTime(): Promise<number | null> {
    const [newest] = await this.names();
    const stamp = newest ? BACKUP_NAME.exec(newest)?.[1] : undefined;
    if (!stamp) return null;
    const iso = stamp.replace(
      /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/u,
      '$1-$2-$3T$4:$5:$6.$7Z',
    );
    return Date.parse(iso);
  }

  async rotate(now: Date): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const name = `library-${stampOf(now)}.zip`;
    const zip = await buildLibraryZip(this.dataDir, now, this.collections());
    await writeFileAtomic(join(this.dir, name), zip);
    const excess = (await this.names()).slice(KEEP_BACKUPS);
    await Promise.all(excess.map((n) => removeFileDurably(join(this.dir, n))));
    return name;
  }

  /** Every backup's copy of one file (e.g. `drafts/<id>.json`), newest backup first. */
  async *copiesOf(relPath: string): AsyncGenerator<{ backup: string; text: string }> {
    for (const backup of await this.names()) {
      let entries: Map<string, string>;
      try {
        entries = await readLibraryZip(await readFile(join(this.dir, backup)));
      } catch {
        continue;
      }
      const text = entries.get(relPath);
      if (text !== undefined) yield { backup, text };
    }
  }
}
