import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  addCounts,
  emptyCounts,
  scoreLine,
  structureFigures,
  type StructureFigures,
} from '../core/scoring/structure-score';
import { scoreFolder } from '../services/score-folder';
import { runCli } from './run-cli';

/**
 * `npm run score [-- --gold DIR --src DIR] [--verbose]`: mines every annotated essay file and
 * scores the analyses against the annotations, one line per file and a last `TOTAL …` line.
 * Without --gold it scores the seed corpus (assets/corpus) against its annotations
 * (tests/fixtures/corpus) and fails when a figure is under the project's bar.
 */
const repoRoot = resolve(__dirname, '..', '..');

const SEED_BAR: Partial<StructureFigures> = {
  headings: 0.95,
  levels: 0.95,
  groups: 0.9,
  frames: 0.9,
  starts: 0.9,
  titles: 0.95,
};

async function main(): Promise<number> {
  let values: { gold?: string; src?: string; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        gold: { type: 'string' },
        src: { type: 'string' },
        verbose: { type: 'boolean' },
      },
    }));
    if ((values.gold === undefined) !== (values.src === undefined)) throw new Error('usage');
  } catch {
    process.stderr.write(
      'invalid_argument: 用法：npm run score [-- --gold 标注文件夹 --src 文本文件夹] [--verbose]\n',
    );
    return 2;
  }
  const seeds = values.gold === undefined;
  const goldDir = values.gold ?? resolve(repoRoot, 'tests', 'fixtures', 'corpus');
  const srcDir = values.src ?? resolve(repoRoot, 'assets', 'corpus');
  const total = emptyCounts();
  for (const file of await scoreFolder(goldDir, srcDir)) {
    console.log(scoreLine(file.name, file.counts));
    if (values.verbose) {
      for (const h of file.misses.headings) console.log(`  missed heading: ${h}`);
      for (const h of file.misses.extraHeadings) console.log(`  extra heading: ${h}`);
      for (const g of file.misses.groups) console.log(`  missed group: ${g}`);
      const t = file.misses.titles;
      if (t)
        console.log(`  titles gold: ${t.gold.join(' | ')}  predicted: ${t.predicted.join(' | ')}`);
    }
    addCounts(total, file.counts);
  }
  console.log(scoreLine('TOTAL', total));
  if (!seeds) return 0;
  const got = structureFigures(total);
  const below = (Object.keys(SEED_BAR) as Array<keyof StructureFigures>).filter(
    (k) => got[k] < (SEED_BAR[k] ?? 0),
  );
  for (const k of below) console.log(`below bar: ${k} ${got[k].toFixed(2)} < ${SEED_BAR[k]}`);
  return below.length ? 1 : 0;
}

runCli(main, '评分失败');
