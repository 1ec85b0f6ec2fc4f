import type { z } from 'zod';
import { fittedName, uniqueName } from '../../core/record-name';
import type { Collection } from './collection';
import { parseJson } from './json-file';
import type { Outline } from './record-schemas';

/** A folder of records a backup holds, and how its records are read. */
export interface BackedUpCollection<T extends { id: string }> {
  folder: string;
  collection: Collection<T>;
  schema: z.ZodType<T>;
}

/** The records of `folder/` in a backup's entries that `schema` accepts, and how many it did not. */
export function recordsIn<T>(
  entries: ReadonlyMap<string, string>,
  folder: string,
  schema: z.ZodType<T>,
): { records: T[]; skipped: number } {
  const records: T[] = [];
  let skipped = 0;
  for (const [path, text] of entries) {
    if (!path.startsWith(`${folder}/`)) continue;
    const read = parseJson(text, schema);
    if (read.kind === 'ok') records.push(read.data);
    else skipped++;
  }
  return { records, skipped };
}

/**
 * Makes a collection hold exactly `records`: what the backup does not have goes, the rest is
 * written. A restore replaces; it does not merge the backup into what is there.
 */
export async function replaceRecords<T extends { id: string }>(
  collection: Collection<T>,
  records: readonly T[],
): Promise<void> {
  const incoming = new Set(records.map((r) => r.id));
  for (const r of collection.list()) {
    if (!incoming.has(r.id)) await collection.delete(r.id);
  }
  for (const r of records) await collection.put(r);
}

/**
 * A backup's outlines with names that keep the rule every outline name keeps (see record-name)
 * and are unique: a backup written by hand, or by an older version, may break either.
 */
export function outlinesWithUniqueNames(outlines: readonly Outline[]): Outline[] {
  const taken = new Set<string>();
  return outlines.map((o) => {
    const name = uniqueName(fittedName(o.name, '提纲'), taken);
    taken.add(name);
    return name === o.name ? o : { ...o, name };
  });
}
