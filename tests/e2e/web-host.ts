import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(__dirname, '../..');

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  stop: () => Promise<void>;
}

/** Starts the real browser host (`npm run web` without the build step) on a free port. */
export async function startHost(dataDir: string): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'electron/web/index.ts'), '--port', '0', '--data', dataDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stdout = child.stdout;
  if (!stdout) throw new Error('web host has no stdout');
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const line = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`web host did not start: ${stderr}`)), 30_000);
    child.once('exit', (code) => fail(new Error(`web host exited ${code}: ${stderr}`)));
    createInterface({ input: stdout }).once('line', (l) => {
      clearTimeout(timer);
      ok(l);
    });
  });
  const match = /^Fanshi web: (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)$/u.exec(line);
  if (!match) throw new Error(`unexpected first line: ${line}`);
  const [, origin = '', token = ''] = match;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) {
          done();
          return;
        }
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Every JSON file the store wrote under the data folder, concatenated: what is on disk. */
export async function libraryText(dataDir: string): Promise<string> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.json'));
  const texts = await Promise.all(files.map((e) => readFile(join(e.parentPath, e.name), 'utf8')));
  return texts.join('\n');
}
