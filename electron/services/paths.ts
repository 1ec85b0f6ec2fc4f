import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, posix, win32 } from 'node:path';

/** Electron names the user-data folder after the product name. */
export const PRODUCT_NAME = '范式';

/** An unset variable and one set to the empty string mean the same to a user. */
const given = (v: string | undefined): string | undefined =>
  v === undefined || v === '' ? undefined : v;

/** The folder Electron's app.getPath('userData') gives on this OS, computed without Electron. */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32') {
    return win32.join(given(env.APPDATA) ?? win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  return posix.join(given(env.XDG_CONFIG_HOME) ?? posix.join(home, '.config'), PRODUCT_NAME);
}

/** --data, else FANSHI_DATA_DIR, else the desktop app's folder. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return given(flag) ?? given(env.FANSHI_DATA_DIR) ?? defaultUserDataDir(env);
}

/** Where the app finds its shipped folders: the repository, or the installed app's resources. */
export interface AppRoots {
  /** The repository (development, the browser host, the CLI). */
  repoRoot: string;
  /** The installed app's resources folder (electron-builder's extraResources), when packaged. */
  resourcesPath?: string | undefined;
}

/**
 * The sample essays (查重, benches, the CLI): FANSHI_CORPUS_DIR, else the installed app's
 * resources, else the repository's assets/corpus. electron-builder copies `assets/` into the
 * resources folder, so both layouts hold the corpus at `assets/corpus`.
 */
export function resolveCorpusDir(roots: AppRoots, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = given(env.FANSHI_CORPUS_DIR);
  if (fromEnv) return fromEnv;
  if (roots.resourcesPath) {
    const packaged = join(roots.resourcesPath, 'assets', 'corpus');
    if (existsSync(packaged)) return packaged;
  }
  return join(roots.repoRoot, 'assets', 'corpus');
}

/** The shipped templates: the installed app's resources, else the repository's templates/. */
export function resolveTemplatesDir(roots: AppRoots): string {
  return join(roots.resourcesPath ?? roots.repoRoot, 'templates');
}
