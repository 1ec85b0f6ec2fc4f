import { extname, normalize, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'fanshi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * Maps an app:// URL to a file inside the built renderer, or null for anything that would leave
 * it (`..`, encoded `%2e%2e`, backslashes, other hosts). Kept free of Electron so it can be tested.
 */
export function resolveAppPath(url: string, rendererRoot: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const rel = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/u, '');
  if (rel.split(/[/\\]/u).includes('..')) return null;
  const root = resolve(rendererRoot);
  const file = resolve(root, rel);
  return file.startsWith(root + sep) && extname(file) !== '' ? file : null;
}
