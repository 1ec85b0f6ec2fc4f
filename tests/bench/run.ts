/**
 * `npm run bench -- NAME...`: runs tests/bench/NAME.bench.ts for each name (all when none given),
 * prints `BENCH name value unit` per figure and writes reports/bench.json. The machine's load
 * average is written beside every bench's figures, before and after it ran, so a figure taken on
 * a busy machine shows as such.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

type Bench = () => Promise<Figure[]>;

/** The 1, 5 and 15 minute load averages, rounded. */
const loadNow = (): number[] => loadavg().map((l) => Number(l.toFixed(2)));

const loadLine = (when: string, name: string, load: number[]): string =>
  `# load average ${load.join(' ')} (1/5/15 min, ${availableParallelism()} CPUs) ${when} ${name}`;

async function main(): Promise<void> {
  const available = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.slice(0, -'.bench.ts'.length))
    .sort();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !available.includes(w));
  if (unknown.length > 0) {
    console.error(`未知的基准:${unknown.join(', ')}。可用:${available.join(', ')}`);
    process.exit(2);
  }
  const figures: Array<Figure & { loadBefore: number[]; loadAfter: number[] }> = [];
  for (const name of wanted.length > 0 ? wanted : available) {
    const mod = (await import(resolve(__dirname, `${name}.bench.ts`))) as { default: Bench };
    const loadBefore = loadNow();
    console.log(loadLine('before', name, loadBefore));
    const measured = await mod.default();
    const loadAfter = loadNow();
    for (const f of measured) {
      console.log(`BENCH ${f.name} ${Number(f.value.toFixed(3))} ${f.unit}`);
      figures.push({ ...f, loadBefore, loadAfter });
    }
    console.log(loadLine('after', name, loadAfter));
  }
  const reports = resolve(__dirname, '../../reports');
  mkdirSync(reports, { recursive: true });
  writeFileSync(
    resolve(reports, 'bench.json'),
    JSON.stringify(
      { date: new Date().toISOString(), cpus: availableParallelism(), figures },
      null,
      2,
    ),
  );
}

void main();
