import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const schema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(600).max(20000),
  height: z.number().int().min(400).max(20000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof schema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

const fileIn = (dataDir: string): string => join(dataDir, 'window-state.json');

/** The last window size and position; defaults when the file is missing or not what we wrote. */
export async function loadWindowState(dataDir: string): Promise<WindowState> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(fileIn(dataDir), 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  await writeFile(fileIn(dataDir), JSON.stringify(state), 'utf8');
}
