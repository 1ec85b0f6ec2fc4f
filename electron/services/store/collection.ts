import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { AppFailure } from '../../shared/result';
import { removeFileDurably, removeTempFiles, setAside } from './atomic-write';
import { AtomicJsonFile, CorruptFileError } from './json-file';

/**
 * A folder of small JSON records, one file per record (`<dir>/<name>/<id>.json`), all loaded at
 * open. For things counted in tens or hundreds, such as outlines or user templates; drafts have
 * their own store with an index because there can be thousands.
 *
 * ```ts
 * const templates = await openCollection(dataDir, 'user-templates', userTemplateSchema);
 * await templates.put({ id: 'my-template', ... }); // on disk when this resolves
 * templates.list(); templates.get('my-template'); await templates.delete('my-template');
 * ```
 *
 * A damaged record is moved aside as `<id>.json.corrupt-<time>`, left out, and described in
 * `warnings` (Chinese, for the user); it is never overwritten.
 */
export interface Collection<T extends { id: string }> {
  readonly dir: string;
  readonly warnings: readonly string[];
  list(): T[];
  /** undefined when there is no such record. */
  get(id: string): T | undefined;
  /** Creates or replaces the record; resolves once it is on disk. */
  put(record: T): Promise<T>;
  /** Removes the record; false when there was none. */
  delete(id: string): Promise<boolean>;
}

/** Ids become file names: anything that could leave the folder or upset Windows is encoded. */
export function recordFileName(id: string): string {
  if (id === '' || id.length > 200) throw new AppFailure('invalid_argument', `名称不合适:${id}`);
  return `${encodeURIComponent(id).replace(/[*.]/gu, (c) => `%${c.charCodeAt(0).toString(16)}`)}.json`;
}

const idFromFileName = (name: string): string | null => {
  if (!name.endsWith('.json')) return null;
  try {
    return decodeURIComponent(name.slice(0, -'.json'.length));
  } catch {
    return null;
  }
};

export async function openCollection<T extends { id: string }>(
  dataDir: string,
  name: string,
  schema: z.ZodType<T>,
): Promise<Collection<T>> {
  const dir = join(dataDir, name);
  await mkdir(dir, { recursive: true });
  await removeTempFiles(dir);
  const records = new Map<string, Low<T>>();
  const warnings: string[] = [];

  const fileOf = (id: string): string => join(dir, recordFileName(id));
  const documentFor = (record: T): Low<T> =>
    new Low<T>(new AtomicJsonFile(fileOf(record.id), schema), record);

  for (const file of await readdir(dir)) {
    const id = idFromFileName(file);
    if (id === null) continue;
    const adapter = new AtomicJsonFile(join(dir, file), schema);
    try {
      const data = await adapter.read();
      if (data && data.id === id) records.set(id, new Low(adapter, data));
      else if (data) throw new CorruptFileError(adapter.path);
    } catch (e) {
      if (!(e instanceof CorruptFileError)) throw e;
      const aside = await setAside(adapter.path);
      warnings.push(`${name} 中的文件 ${file} 已损坏,已移至 ${aside}。`);
    }
  }

  return {
    dir,
    warnings,
    list: () => [...records.values()].map((db) => db.data),
    get: (id) => records.get(id)?.data,
    async put(record) {
      const db = records.get(record.id) ?? documentFor(record);
      // Write first, then remember: a failed write leaves memory as it is on disk.
      await db.adapter.write(record);
      db.data = record;
      records.set(record.id, db);
      return record;
    },
    async delete(id) {
      if (!records.has(id)) return false;
      await removeFileDurably(fileOf(id));
      records.delete(id);
      return true;
    },
  };
}
