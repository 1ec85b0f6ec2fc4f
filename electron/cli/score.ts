import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { analyzeBytes } from '../services/miner-service';

/**
 * `npm run score`: analyses every corpus file, runs the shared scorer on the results and fails
 * when a figure is under the quality bar.
 */
const repoRoot = resolve(__dirname, '..', '..');
const corpus = process.env.FANSHI_CORPUS_DIR ?? resolve(repoRoot, '..', 'shared', 'corpus');
const scorer = resolve(corpus, '..', 'tools', 'score-structure.mjs');
const verbose = process.argv.includes('--verbose');

const BAR = { headings: 0.95, levels: 0.95, groups: 0.9, frames: 0.9, starts: 0.9 };

function figure(line: string, re: RegExp): number {
  const m = re.exec(line);
  return m ? Number(m[1]) : 0;
}

async function main(): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'fanshi-score-'));
  try {
    for (const f of readdirSync(corpus)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const analysis = await analyzeBytes(f, new Uint8Array(readFileSync(join(corpus, f))));
      writeFileSync(join(out, `${basename(f, '.txt')}.json`), JSON.stringify(analysis, null, 2));
    }
    const args = [scorer, '--dir', join(corpus, 'annotations'), '--pred', out];
    if (verbose) args.push('--verbose');
    const report = execFileSync(process.execPath, args, { encoding: 'utf8' });
    process.stdout.write(report);
    const total = report.split('\n').find((l) => l.startsWith('TOTAL')) ?? '';
    const got = {
      headings: figure(total, /headings P=\S+ R=\S+ F1=([\d.]+)/),
      levels: figure(total, /levels ok ([\d.]+)/),
      groups: figure(total, /groups P=\S+ R=\S+ F1=([\d.]+)/),
      frames: figure(total, /frames=([\d.]+)/),
      starts: figure(total, /starts F1=([\d.]+)/),
    };
    const missed = (Object.keys(BAR) as Array<keyof typeof BAR>).filter((k) => got[k] < BAR[k]);
    for (const k of missed) process.stdout.write(`below bar: ${k} ${got[k]} < ${BAR[k]}\n`);
    return missed.length ? 1 : 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
