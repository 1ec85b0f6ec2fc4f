import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_URL, resolveAppPath } from '../../../electron/main/app-protocol-path';

const root = mkdtempSync(join(tmpdir(), 'fanshi-renderer-'));

describe('resolveAppPath', () => {
  it.each([
    { url: APP_URL, expected: join(root, 'index.html') },
    { url: 'app://fanshi/', expected: join(root, 'index.html') },
    { url: 'app://fanshi/assets/index-abc.js', expected: join(root, 'assets/index-abc.js') },
    { url: 'app://fanshi/assets/%E5%9B%BE.png', expected: join(root, 'assets/图.png') },
    // The URL parser removes literal dot segments before we see them: the result stays inside.
    { url: 'app://fanshi/../secret.txt', expected: join(root, 'secret.txt') },
    { url: 'app://fanshi/%2e%2e/secret.txt', expected: join(root, 'secret.txt') },
  ])('serves $url from the renderer folder', ({ url, expected }) => {
    expect(resolveAppPath(url, root)).toBe(expected);
  });

  it.each([
    'app://fanshi/assets/%2E%2E/%2E%2E/etc/passwd',
    'app://fanshi/..%2f..%2fetc/passwd',
    'app://fanshi/..%5c..%5cwindows%5cwin.ini',
    'app://fanshi/assets/%00.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://fanshi/assets',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });
});
