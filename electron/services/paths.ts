import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** Electron names the user-data folder after the product name. */
export const PRODUCT_NAME = '范式';

/** An unset variable and one set to the empty string mean the same to a user. */
const given = (v: string | undefined): string | undefined =>
  v === undefined || v === '' ? undefined : v;

/** The folder Electron's app.getPath('userData') gives on this OS, computed without Electron. */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === 'win32') {
    return win32.join(
      given(env.APPDATA) ?? win32.join(homedir(), 'AppData', 'Roaming'),
      PRODUCT_NAME,
    );
  }
  if (platform === 'darwin') {
    return posix.join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  }
  return posix.join(given(env.XDG_CONFIG_HOME) ?? posix.join(homedir(), '.config'), PRODUCT_NAME);
}

/** --data, else FANSHI_DATA_DIR, else the desktop app's folder. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return given(flag) ?? given(env.FANSHI_DATA_DIR) ?? defaultUserDataDir(env);
}
