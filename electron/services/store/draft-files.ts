import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { removeFileDurably, TEMP_MARKER } from './atomic-write';
import type { DraftIndex } from './record-schemas';

/**
 * File times are coarse (a kernel tick; 2 s on FAT) and a save's file lands a moment before its
 * summary reaches the index: any draft this close to the index's time is re-read after a crash.
 */
const MTIME_SLACK_MS = 3_000;

/** The ids of the draft files in `dir`, once the writes a crash left half done are removed. */
export async function draftFileIds(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  const temps = names.filter((n) => n.includes(TEMP_MARKER));
  await Promise.all(temps.map((n) => removeFileDurably(join(dir, n))));
  return names
    .filter((n) => /^[A-Za-z0-9_-]+\.json$/u.test(n))
    .map((n) => n.slice(0, -'.json'.length));
}

/**
 * The draft files the index cannot be trusted for: unknown to it, counted by an older 字数, or
 * (after a crash) written around or after the moment its summaries were taken.
 */
export async function filesToReread(
  ids: readonly string[],
  fileOf: (id: string) => string,
  stored: DraftIndex | null,
  trustedFor: (id: string) => boolean,
): Promise<string[]> {
  // After a clean shutdown the index is exact.
  const trusted = stored?.closed === true;
  const since = (stored?.asOf ?? Number.NEGATIVE_INFINITY) - MTIME_SLACK_MS;
  const times = trusted ? [] : await Promise.all(ids.map((id) => stat(fileOf(id))));
  return ids.filter(
    (id, i) => !trustedFor(id) || (!trusted && (times[i]?.mtimeMs ?? Infinity) >= since),
  );
}
