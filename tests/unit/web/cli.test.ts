import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../electron/shared/result';
import { requireBuiltRenderer } from '../support/built-app';
import { repoRoot, useTempDirs } from '../support/fixtures';

const LINE = /^Fanshi web: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/u;

describe('npm run web (the CLI behind it)', () => {
  const tempDir = useTempDirs();

  // The host serves the built renderer; without `npx electron-vite build` it refuses to start.
  it('prints exactly one line with its URL and token, and keeps drafts in the --data folder', async () => {
    requireBuiltRenderer();
    const dataDir = await tempDir('cli');
    // Node itself, not npx: its exit is the host's own, after it has closed the library.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/web/index.ts', '--port', '0', '--data', dataDir],
      { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const firstLine = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('\n')) resolve(stdout.slice(0, stdout.indexOf('\n')));
      });
      void exited.then((code) => {
        reject(new Error(`the web host exited (${code}) before printing: ${stderr}`));
      });
    });

    try {
      const line = await firstLine;
      expect(line).toMatch(LINE);

      const url = new URL(line.slice('Fanshi web: '.length));
      const token = url.searchParams.get('token') ?? '';
      const reply = await fetch(new URL('/rpc/drafts:create', url), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify([{ title: '乡村振兴调研报告' }]),
      });
      const result = (await reply.json()) as Result<{ id: string; title: string }>;
      expect(result).toMatchObject({ ok: true, value: { title: '乡村振兴调研报告' } });
      // A call that returned ok has reached the disk: the draft's own file holds it.
      const id = result.ok ? result.value.id : '';
      const saved = await readFile(join(dataDir, 'drafts', `${id}.json`), 'utf8');
      expect(saved).toContain('乡村振兴调研报告');
    } finally {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    expect(stdout.split('\n').filter((l) => l !== '')).toHaveLength(1);
  });
});
