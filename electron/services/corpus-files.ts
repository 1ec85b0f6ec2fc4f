import { readdir } from 'node:fs/promises';
import { isNotFound } from './store/atomic-write';

/** The sample essays' files in the corpus folder (.txt, sorted); none without a folder. */
export async function corpusFileNames(dir: string | null): Promise<string[]> {
  if (!dir) return [];
  try {
    return (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
}
