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
 * `npm run score [-- --gold DIR --src DIR] [--bar dev|web] [--verbose]`: mines every annotated
 * essay file and scores the analyses against the annotations, one line per file and a last
 * `TOTAL …` line; fails when a figure is under the bar. Without --gold it scores the seed corpus
 * (assets/corpus) against its annotations (tests/fixtures/corpus) with the development bar; with
 * --gold, the bar for real web excerpts.
 */
const repoRoot = resolve(__dirname, '..', '..');

const BARS: Record<'dev' | 'web', Partial<StructureFigures>> = {
  dev: { headings: 0.95, levels: 0.95, groups: 0.9, frames: 0.9, starts: 0.9, titles: 0.95 },
  web: { headings: 0.93, groups: 0.88, frames: 0.9, titles: 0.9, junk: 0.9 },
};

async function main(): Promise<number> {
  let values: { gold?: string; src?: string; bar?: string; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        gold: { type: 'string' },
        src: { type: 'string' },
        bar: { type: 'string' },
        verbose: { type: 'boolean' },
      },
    }));
    if ((values.gold === undefined) !== (values.src === undefined)) throw new Error('usage');
    if (values.bar !== undefined && values.bar !== 'dev' && values.bar !== 'web') {
      throw new Error('usage');
    }
  } catch {
    process.stderr.write(
      'invalid_argument: 用法：npm run score [-- --gold 标注文件夹 --src 文本文件夹] [--bar dev|web] [--verbose]\n',
    );
    return 2;
  }
  const bar = BARS[values.bar ?? (values.gold === undefined ? 'dev' : 'web')];
  const goldDir = values.gold ?? resolve(repoRoot, 'tests', 'fixtures', 'corpus');
  const srcDir = values.src ?? resolve(repoRoot, 'assets', 'corpus');
  const total = emptyCounts();
  for (const file of await scoreFolder(goldDir, srcDir)) {
    console.log(scoreLine(file.name, file.counts));
    if (values.verbose) {
      for (const h of file.misses.headings) console.log(`  missed heading: ${h}`);
      for (const h of file.misses.extraHeadings) console.log(`  extra heading: ${h}`);
      for (const g of file.misses.groups) console.log(`  missed group: ${g}`);
      for (const j of file.misses.junk.missed) console.log(`  missed junk: ${j}`);
      for (const j of file.misses.junk.extra) console.log(`  extra junk: ${j}`);
      const t = file.misses.titles;
      if (t)
        console.log(`  titles gold: ${t.gold.join(' | ')}  predicted: ${t.predicted.join(' | ')}`);
    }
    addCounts(total, file.counts);
  }
  console.log(scoreLine('TOTAL', total));
  const got = structureFigures(total);
  const below = (Object.keys(bar) as Array<keyof StructureFigures>).filter(
    (k) => got[k] < (bar[k] ?? 0),
  );
  for (const k of below) console.log(`below bar: ${k} ${got[k].toFixed(2)} < ${bar[k] ?? 0}`);
  return below.length ? 1 : 0;
}

runCli(main, '评分失败');
