import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppFailure } from '../../shared/result';

/**
 * Temp files carry this marker so that start-up can tell our leftovers (a write cut short by a
 * crash or kill -9) from the user's files. Names are unique per write: two writes to one target
 * never share a temp file, unlike steno's fixed `.<name>.tmp`.
 */
export const TEMP_MARKER = '.fanshi-tmp-';

const tempPathFor = (target: string): string =>
  join(
    dirname(target),
    `.${basename(target)}${TEMP_MARKER}${process.pid}-${randomBytes(6).toString('hex')}`,
  );

const errnoOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;

/** Windows antivirus and indexers hold files open for a moment; rename then fails transiently. */
const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 8;

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      if (attempt >= RENAME_ATTEMPTS || !RETRYABLE_RENAME.has(errnoOf(e) ?? '')) throw e;
      await new Promise((r) => setTimeout(r, 10 * 2 ** attempt));
    }
  }
}

/**
 * Makes a rename durable. Windows cannot open a folder for fsync and NTFS journals the rename
 * itself, so there the step is skipped.
 */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` so that `target` holds either its old bytes or all of the new ones, on disk, when
 * this resolves: unique temp file, fsync, rename over the target, fsync of the folder. On failure
 * the temp file is removed and the target is untouched. Data given as a sequence of chunks is
 * written chunk by chunk, so a large file never has to stand in memory as one buffer.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array | Iterable<Uint8Array>,
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      // writeFile, not write: it goes on until the whole chunk is written
      const chunks = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
      for (const chunk of chunks) await handle.writeFile(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
    await syncDir(dirname(target));
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw storeFailure(e);
  }
}

/** Removes a file and makes the removal durable; a file already gone is not an error. */
export async function removeFileDurably(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return;
    throw storeFailure(e);
  }
  await syncDir(dirname(path)).catch((e: unknown) => {
    throw storeFailure(e);
  });
}

/** Deletes temp files a killed writer left in `dir`; returns how many. */
export async function removeTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const temps = names.filter((n) => n.includes(TEMP_MARKER));
  await Promise.all(temps.map((n) => unlink(join(dir, n)).catch(() => undefined)));
  return temps.length;
}

/** Moves a damaged file out of the way, keeping its bytes, and returns where it went. */
export async function setAside(path: string, now: Date = new Date()): Promise<string> {
  let aside = `${path}.corrupt-${now.getTime()}`;
  for (let n = 1; ; n++) {
    try {
      await open(aside, 'wx').then((h) => h.close());
      break;
    } catch (e) {
      if (errnoOf(e) !== 'EEXIST' || n > 100) throw storeFailure(e);
      aside = `${path}.corrupt-${now.getTime()}-${n}`;
    }
  }
  await renameWithRetry(path, aside).catch((e: unknown) => {
    throw storeFailure(e);
  });
  await syncDir(dirname(path)).catch(() => undefined);
  return aside;
}

export const isNotFound = (e: unknown): boolean => errnoOf(e) === 'ENOENT';

/** What the user reads for an fs error code: no paths, no English from Node. */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: '要读写的文件或文件夹不存在,可能已被移动或删除。',
  ENOTDIR: '数据文件夹的结构不对:该是文件夹的地方是一个文件。',
  EISDIR: '数据文件夹的结构不对:该是文件的地方是一个文件夹。',
  EBUSY: '文件正被其他程序占用,请稍后重试。',
  EMFILE: '同时打开的文件过多,请稍后重试。',
  ENFILE: '同时打开的文件过多,请稍后重试。',
  EIO: '磁盘读写出错,请检查磁盘或存储设备。',
  ENAMETOOLONG: '文件路径过长。',
  EEXIST: '同名文件已存在。',
  ETIMEDOUT: '访问磁盘超时,请检查网络盘或存储设备。',
};

/**
 * Turns an fs error into an AppFailure whose code and Chinese message say what happened,
 * without the operation (the caller's own wording says that) and without the path.
 */
export function storeFailure(e: unknown): AppFailure {
  if (e instanceof AppFailure) return e;
  const code = errnoOf(e);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppFailure('disk_full', '磁盘空间不足。请清理磁盘后重试。');
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppFailure('read_only', '数据文件夹是只读的,或没有写入权限。请检查文件夹权限。');
  }
  const known = code ? ERRNO_TEXT[code] : undefined;
  return new AppFailure(
    'io_error',
    known ?? `读写文件时出错${code ? `(错误代码 ${code})` : ''}。请重试。`,
  );
}
