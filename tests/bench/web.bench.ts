/**
 * web.start_ms (goal ≤ 1,500, median of 5): `npm run web` to its `Fanshi web: URL` line when the
 * build is current, as a user who starts the app again without changing anything would. Each
 * start must say it did not build; web.start_p95_ms beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { median, percentile } from './stats';
import type { Figure } from './run';

const RUNS = 5;
const root = resolve(__dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** One start on an empty data folder: milliseconds to the URL line, then the host is stopped. */
async function start(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'fanshi-bench-web-'));
  const t0 = performance.now();
  const child = spawn(npm, ['run', '--silent', 'web', '--', '--port', '0', '--data', dataDir], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // 'close', not 'exit': npm exits at once on a signal, while the host it started still closes
  // its library; the pipes close only when the last process holding them, the host, is gone.
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const line = await new Promise<string>((ok, fail) => {
      void exited.then(() => fail(new Error(`npm run web exited: ${stderr}`)));
      createInterface({ input: child.stdout }).once('line', ok);
    });
    const ms = performance.now() - t0;
    if (!line.startsWith('Fanshi web: http://127.0.0.1:')) throw new Error(`first line: ${line}`);
    if (!stderr.includes('构建已是最新')) throw new Error(`it did not skip the build: ${stderr}`);
    return ms;
  } finally {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The whole group is gone already.
    }
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

export default async function webBench(): Promise<Figure[]> {
  // Not measured: brings the build up to date, as the first start after a change does.
  const built = spawnSync(process.execPath, ['electron/cli/build-cache.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the build failed');
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await start());
  return [
    { name: 'web.start_ms', value: median(samples), unit: 'ms' },
    { name: 'web.start_p95_ms', value: percentile(samples, 95), unit: 'ms' },
  ];
}
