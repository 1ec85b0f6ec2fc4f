import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { isNotFound, storeFailure, writeFileAtomic } from './atomic-write';

/** What a JSON file on disk turned out to hold. */
export type JsonRead<T> = { kind: 'ok'; data: T } | { kind: 'missing' } | { kind: 'corrupt' };

/**
 * Parses `bytes` and checks them against `schema`. Empty, NUL-filled, truncated, `null` and
 * wrong-shape files all count as corrupt: lowdb alone would throw on some and silently fall back
 * to defaults on `null`, then overwrite the user's file on the next write.
 */
export function parseJson<T>(bytes: string, schema: z.ZodType<T>): JsonRead<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes);
  } catch {
    return { kind: 'corrupt' };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { kind: 'ok', data: parsed.data } : { kind: 'corrupt' };
}

export async function readJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<JsonRead<T>> {
  let bytes: string;
  try {
    bytes = await readFile(path, 'utf8');
  } catch (e) {
    if (isNotFound(e)) return { kind: 'missing' };
    throw storeFailure(e);
  }
  return parseJson(bytes, schema);
}

/**
 * lowdb's Adapter over one JSON file, written atomically (see writeFileAtomic). Writes are
 * serialised per file and coalesced: a write asked for while another is on its way joins the next
 * one, which serialises the newest data, so a burst of saves costs two writes, not one each.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  private latest: T | undefined;
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  /** null when the file is missing; throws CorruptFileError when it holds anything but a T. */
  async read(): Promise<T | null> {
    const result = await readJsonFile(this.path, this.schema);
    if (result.kind === 'corrupt') throw new CorruptFileError(this.path);
    return result.kind === 'ok' ? result.data : null;
  }

  write(data: T): Promise<void> {
    this.latest = data;
    if (this.queued) return this.queued;
    const next = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return writeFileAtomic(this.path, JSON.stringify(this.latest));
      });
    this.queued = next;
    this.running = next;
    return next;
  }
}

export class CorruptFileError extends Error {
  constructor(readonly path: string) {
    super(`损坏的数据文件:${path}`);
    this.name = 'CorruptFileError';
  }
}
