import { readFile } from 'node:fs/promises';
import type { LibraryStore } from '../../../electron/services/store/library-store';

/** One field of every draft a store lists, sorted: for checks where the order is not the point. */
export function listedSorted(store: LibraryStore, field: 'id' | 'title' = 'id'): string[] {
  return store
    .listDrafts()
    .map((d) => d[field])
    .sort();
}

/** A JSON file the store wrote, parsed; the type says which fields the test reads. */
export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}
