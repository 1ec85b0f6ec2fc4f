/**
 * `npm start`: runs the built app in Electron. Where Electron's binary could not be downloaded
 * (its release host is unreachable on some machines), says so and points to the browser host.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

function electronBinary(): string | null {
  try {
    // The electron package's main export is the path of its downloaded binary.
    const path: unknown = createRequire(resolve(root, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      '无法启动桌面版:本机没有 Electron 可执行文件(安装时未能下载)。',
      'Electron could not start: its binary is not installed on this machine.',
      '',
      '请改用浏览器版 / Use the browser version instead:  npm run web',
    ].join('\n'),
  );
  process.exit(1);
}
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
