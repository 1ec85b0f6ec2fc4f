import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_MARKER } from '../../../../electron/services/store/atomic-write';
import { acquireInstanceLock } from '../../../../electron/services/store/instance-lock';
import { seqOf } from '../../../fixtures/store-writer-protocol';
import { requireBuiltRenderer } from '../../support/built-app';
import { repoRoot, useStores, useTempDirs } from '../../support/fixtures';
import { seededRandom } from '../../support/seeded-random';

const tempDir = useTempDirs();
const openStore = useStores();
let writerBundle = '';
let bundleDir = '';

afterAll(() => rm(bundleDir, { recursive: true, force: true }));

beforeAll(async () => {
  // Bundled once: a plain node process starts in ~0.15 s, under tsx in ~0.7 s, and the crash
  // test starts a hundred of them. esbuild comes with tsx and vite.
  const out = await mkdtemp(join(tmpdir(), 'fanshi-writer-'));
  bundleDir = out;
  writerBundle = join(out, 'store-writer.cjs');
  buildSync({
    entryPoints: [join(repoRoot, 'tests/fixtures/store-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: writerBundle,
    logLevel: 'error',
  });
});

interface Writer {
  child: ChildProcess;
  /** Highest acknowledged sequence number per draft id. */
  acked: Map<string, number>;
  ready: Promise<void>;
  exited: Promise<number | null>;
  stderr: () => string;
  ackLines: () => number;
}

function startWriter(dataDir: string): Writer {
  const child = spawn(process.execPath, [writerBundle, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked = new Map<string, number>();
  let acks = 0;
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const ready = new Promise<void>((done, fail) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line === 'ready') done();
      const m = /^ack (\S+) (\d+)$/u.exec(line);
      if (m) acks++;
      if (m?.[1] && m[2]) acked.set(m[1], Math.max(acked.get(m[1]) ?? 0, Number(m[2])));
    });
    void exited.then((code) => fail(new Error(`writer exited ${code}: ${err}`)));
  });
  ready.catch(() => undefined);
  return { child, acked, ready, exited, stderr: () => err, ackLines: () => acks };
}

/** Every file under `dir`, recursively, relative paths. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

describe('kill -9 of a writer during continuous saves', () => {
  it('× 100: every file parses, nothing acknowledged is lost, the next start cleans up', async () => {
    const dataDir = await tempDir('crash');
    const acked = new Map<string, number>();
    let killedWhileSaving = 0;
    let tempsLeft = 0;
    let ackedSaves = 0;
    const started = Date.now();
    const random = seededRandom('crash test');

    for (let round = 0; round < 100; round++) {
      const writer = startWriter(dataDir);
      // One kill in five during start-up (migration, clean-up, index check), the rest while
      // saving; timed from `ready` so a slow, busy machine still kills mid-save.
      if (round % 5 === 0) {
        await new Promise((r) => setTimeout(r, random() * 300));
      } else {
        await writer.ready;
        await new Promise((r) => setTimeout(r, 15 + random() * 250));
      }
      writer.child.kill('SIGKILL');
      expect(await writer.exited).toBeNull();
      if (writer.acked.size > 0) killedWhileSaving++;
      ackedSaves += writer.ackLines();
      for (const [id, seq] of writer.acked) acked.set(id, Math.max(acked.get(id) ?? 0, seq));

      // Whatever the moment, every store file is whole JSON: temp files are the only debris.
      const files = await filesUnder(dataDir);
      tempsLeft += files.filter((f) => f.includes(TEMP_MARKER)).length;
      for (const f of files.filter((n) => n.endsWith('.json'))) {
        const text = await readFile(join(dataDir, f), 'utf8');
        expect(() => JSON.parse(text) as unknown, f).not.toThrow();
      }

      // The dead writer's lock is stale and is taken over.
      const lock = await acquireInstanceLock(dataDir);
      const store = await openStore(dataDir);
      expect(store.warnings).toEqual([]);
      expect((await filesUnder(dataDir)).filter((f) => f.includes(TEMP_MARKER))).toEqual([]);
      for (const summary of store.listDrafts()) {
        const draft = await store.getDraft(summary.id);
        // The index agrees with the draft file, even when the kill fell between the two writes.
        expect(summary.updatedAt).toBe(draft.updatedAt);
        expect(seqOf(draft.sections[0]?.body ?? '')).toBeGreaterThanOrEqual(
          acked.get(summary.id) ?? 0,
        );
      }
      await lock.release();
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `crash test: 100 kills in ${seconds.toFixed(1)} s, ${killedWhileSaving} during saves, ` +
        `${tempsLeft} temp files left by kills and cleaned, ${ackedSaves} acknowledged saves checked`,
    );
    // Most kills must land while saving, or the test would prove little.
    expect(killedWhileSaving).toBeGreaterThan(60);
  }, 180_000);
});

describe('one writer per data folder', () => {
  it('refuses a second writer with a Chinese message while the first lives; takes over after', async () => {
    const dataDir = await tempDir('lock');
    const first = startWriter(dataDir);
    await first.ready;

    const second = startWriter(dataDir);
    expect(await second.exited).toBe(3);
    expect(second.stderr()).toContain('正在使用数据文件夹');
    expect(second.stderr()).toContain(String(first.child.pid));

    first.child.kill('SIGKILL');
    await first.exited;
    const third = startWriter(dataDir);
    await third.ready;
    third.child.kill('SIGKILL');
    await third.exited;
  }, 30_000);

  it('a second browser host on the same folder exits non-zero', async () => {
    requireBuiltRenderer();
    const dataDir = await tempDir('two-hosts');
    const host = (): ChildProcess =>
      spawn(
        process.execPath,
        ['--import', 'tsx', 'electron/web/index.ts', '--port', '0', '--data', dataDir],
        { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    const first = host();
    await new Promise<void>((done) => first.stdout?.once('data', () => done()));
    const second = host();
    let err = '';
    second.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((done) => second.once('exit', done));
    first.kill('SIGTERM');
    await new Promise((done) => first.once('exit', done));
    expect(code).not.toBe(0);
    expect(err).toContain('正在使用数据文件夹');
  }, 60_000);
});
