import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron names the user-data folder after the product name. */
export const PRODUCT_NAME = '范式';

/** The folder Electron's app.getPath('userData') gives on this OS, computed without Electron. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** --data, else FANSHI_DATA_DIR, else the desktop app's folder. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.FANSHI_DATA_DIR ?? defaultUserDataDir(env);
}
