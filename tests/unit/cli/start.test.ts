import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, useTempDirs } from '../support/fixtures';

const run = promisify(execFile);
const tempDir = useTempDirs();

const MESSAGE = [
  '无法启动桌面版:本机没有 Electron 可执行文件,也无法下载。',
  'Electron could not start: its binary is not installed and could not be downloaded.',
  '',
  '请改用浏览器版 / Use the browser version instead:  npm run web',
  '',
].join('\n');

async function start(env: NodeJS.ProcessEnv) {
  const { ELECTRON_OVERRIDE_DIST_PATH: _a, ELECTRON_MIRROR: _b, ...rest } = process.env;
  return run(process.execPath, ['--import', 'tsx', 'electron/cli/start.ts'], {
    cwd: repoRoot,
    env: { ...rest, ...env },
  }).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (e: unknown) => e as { code: number; stdout: string; stderr: string },
  );
}

describe('npm start without an Electron binary', () => {
  it('says so and points to the browser version, and nothing else', async () => {
    const r = await start({ ELECTRON_OVERRIDE_DIST_PATH: await tempDir('no-electron') });
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: MESSAGE });
  });

  it('when the download fails, shows no stack trace, only the message', async () => {
    // a mirror nothing answers on: the download fails at once on any machine
    const r = await start({
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      ELECTRON_CACHE: await tempDir('cache'),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('首次启动:正在下载 Electron… / Downloading Electron…\n');
    expect(r.stderr).toBe(MESSAGE);
  }, 60_000);
});
