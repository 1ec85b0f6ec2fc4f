/**
 * `npm start`: runs the built app in Electron. Electron's binary is fetched on first start when
 * the install did not fetch it; where its release host is unreachable, says so plainly and points
 * to the browser host, with no stack trace before or after the message.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const electronDir = dirname(require.resolve('electron/package.json', { paths: [root] }));

/** Where the electron package expects its binary (the same rule as its own index.js). */
function binaryPath(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, name || 'electron');
  return name ? join(electronDir, 'dist', name) : null;
}

const installed = (): string | null => {
  const path = binaryPath();
  return path && existsSync(path) ? path : null;
};

/** Fetches the binary with the package's own installer, its output kept off the screen. */
function download(): void {
  console.log('首次启动:正在下载 Electron… / Downloading Electron…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: 'ignore' });
}

let binary = installed();
if (!binary && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  download();
  binary = installed();
}
if (!binary) {
  console.error(
    [
      '无法启动桌面版:本机没有 Electron 可执行文件,也无法下载。',
      'Electron could not start: its binary is not installed and could not be downloaded.',
      '',
      '请改用浏览器版 / Use the browser version instead:  npm run web',
    ].join('\n'),
  );
  process.exit(1);
}
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
