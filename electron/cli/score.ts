import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeBytes } from '../services/miner-service';

/**
 * `npm run score [-- --gold DIR --src DIR] [--bar dev|web] [--verbose]`: analyses every text file
 * of SRC that has an annotation in GOLD, runs the shared scorer on the results and fails when a
 * figure is under the bar. Without options: the development corpus and its annotations; with
 * `--gold`, the bar for real web excerpts.
 */
const repoRoot = resolve(__dirname, '..', '..');
const corpus = process.env.FANSHI_CORPUS_DIR ?? resolve(repoRoot, '..', 'shared', 'corpus');
const scorer = resolve(corpus, '..', 'tools', 'score-structure.mjs');

type Figure = 'headings' | 'levels' | 'groups' | 'frames' | 'starts' | 'titles' | 'junk';

const BARS: Record<'dev' | 'web', Partial<Record<Figure, number>>> = {
  dev: { headings: 0.95, levels: 0.95, groups: 0.9, frames: 0.9, starts: 0.9, titles: 0.95 },
  web: { headings: 0.93, groups: 0.88, frames: 0.9, titles: 0.9, junk: 0.9 },
};

const PATTERNS: Record<Figure, RegExp> = {
  headings: /headings P=\S+ R=\S+ F1=([\d.]+)/,
  levels: /levels ok ([\d.]+)/,
  groups: /groups P=\S+ R=\S+ F1=([\d.]+)/,
  frames: /frames=([\d.]+)/,
  starts: /starts F1=([\d.]+)/,
  titles: /titles P=\S+ R=\S+ F1=([\d.]+)/,
  junk: /junk P=\S+ R=\S+ F1=([\d.]+)/,
};

function figure(line: string, re: RegExp): number {
  const m = re.exec(line);
  return m ? Number(m[1]) : 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string' },
      src: { type: 'string' },
      bar: { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  const gold = resolve(values.gold ?? join(corpus, 'annotations'));
  const src = resolve(values.src ?? (values.gold ? join(gold, '..', 'essays') : corpus));
  const barName = values.bar ?? (values.gold ? 'web' : 'dev');
  if (barName !== 'dev' && barName !== 'web') {
    process.stderr.write('invalid_argument: --bar 只能是 dev 或 web\n');
    return 2;
  }
  const out = mkdtempSync(join(tmpdir(), 'fanshi-score-'));
  try {
    for (const f of readdirSync(src)
      .filter((n) => n.endsWith('.txt') && existsSync(join(gold, `${basename(n, '.txt')}.json`)))
      .sort()) {
      const analysis = await analyzeBytes(f, new Uint8Array(readFileSync(join(src, f))));
      writeFileSync(join(out, `${basename(f, '.txt')}.json`), JSON.stringify(analysis, null, 2));
    }
    const args = [scorer, '--dir', gold, '--pred', out, '--src', src];
    if (values.verbose) args.push('--verbose');
    const report = execFileSync(process.execPath, args, { encoding: 'utf8' });
    process.stdout.write(report);
    const total = report.split('\n').find((l) => l.startsWith('TOTAL')) ?? '';
    const bar = BARS[barName];
    const missed = (Object.keys(bar) as Figure[]).filter(
      (k) => figure(total, PATTERNS[k]) < (bar[k] ?? 0),
    );
    for (const k of missed) {
      process.stdout.write(`below bar: ${k} ${figure(total, PATTERNS[k])} < ${bar[k] ?? 0}\n`);
    }
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
