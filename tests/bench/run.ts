/**
 * `npm run bench -- NAME...`: runs tests/bench/NAME.bench.ts for each name (all when none given),
 * prints `BENCH name value unit` per figure and writes reports/bench.json.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

type Bench = () => Promise<Figure[]>;

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
  const figures: Figure[] = [];
  for (const name of wanted.length > 0 ? wanted : available) {
    const mod = (await import(resolve(__dirname, `${name}.bench.ts`))) as { default: Bench };
    for (const f of await mod.default()) {
      console.log(`BENCH ${f.name} ${Number(f.value.toFixed(3))} ${f.unit}`);
      figures.push(f);
    }
  }
  const reports = resolve(__dirname, '../../reports');
  mkdirSync(reports, { recursive: true });
  writeFileSync(
    resolve(reports, 'bench.json'),
    JSON.stringify({ date: new Date().toISOString(), figures }, null, 2),
  );
}

void main();
