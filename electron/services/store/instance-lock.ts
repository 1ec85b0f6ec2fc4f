import { link, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { isNotFound } from './atomic-write';

export const LOCK_FILE = 'fanshi.lock';

const lockContent = z.object({ pid: z.number().int(), startedAt: z.string(), host: z.string() });
export type LockOwner = z.infer<typeof lockContent>;

/** Thrown when another live process uses the data folder. Its message is for the user. */
export class FolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `另一个范式程序(进程 ${owner.pid},${new Date(owner.startedAt).toLocaleString('zh-CN')} 启动)` +
        `正在使用数据文件夹 ${dataDir}。同一个资料库同时只能由一个程序打开,` +
        '以免互相覆盖草稿。请关闭那个程序,或用 --data 指定另一个文件夹。',
    );
    this.name = 'FolderLockedError';
  }
}

/** A process we may signal, or one we may not (EPERM), is alive; ESRCH means it is gone. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return typeof e === 'object' && e !== null && 'code' in e && e.code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = lockContent.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface InstanceLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

/**
 * Claims the data folder for this process with `fanshi.lock` (pid, start time, machine), created
 * exclusively. A lock whose process is gone (killed, crashed) is taken over; a live one refuses
 * with FolderLockedError. A lock written by another machine on a shared folder counts as live:
 * its pid means nothing here.
 */
export async function acquireInstanceLock(dataDir: string): Promise<InstanceLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname() };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return {
        path,
        release: async () => {
          const owner = await readOwner(path);
          if (owner?.pid === me.pid && owner.startedAt === me.startedAt) {
            await unlink(path).catch(() => undefined);
          }
        },
      };
    } catch (e) {
      if (typeof e !== 'object' || e === null || !('code' in e) || e.code !== 'EEXIST') throw e;
    }
    const owner = await readOwner(path);
    // An unreadable lock is one a killed process was still writing: as stale as a dead pid.
    if (owner && (owner.host !== me.host || isAlive(owner.pid)) && owner.pid !== me.pid) {
      throw new FolderLockedError(dataDir, owner);
    }
    // Rename rather than unlink: of two processes taking over at once, one rename succeeds and
    // the other finds nothing to move, then loses the exclusive create above.
    const stale = `${path}.stale-${process.pid}`;
    try {
      await rename(path, stale);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      continue;
    }
    // Between our read and our rename another process may have taken over: give its lock back.
    const moved = await readOwner(stale);
    if (moved && moved.pid !== owner?.pid && isAlive(moved.pid)) {
      await link(stale, path).catch(() => undefined);
      await unlink(stale);
      throw new FolderLockedError(dataDir, moved);
    }
    await unlink(stale);
  }
  throw new Error(`无法获取数据文件夹的锁:${path}`);
}
