import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from '../../electron/core/decode';
import { analyzeText } from '../../electron/core/miner';
import { textLines } from '../../electron/core/text-lines';
import { resolveCorpusDir } from '../../electron/services/paths';

/**
 * Mining speed on a synthetic corpus built from the seed files: 50 MB and 150 MB, each timed
 * against a raw pass over the same bytes (decode + split into lines).
 */

const MB = 1024 * 1024;

const corpusDir = (): string => resolveCorpusDir({ repoRoot: resolve(__dirname, '..', '..') });

function build(size: number): Uint8Array {
  const dir = corpusDir();
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(resolve(dir, f)));
  const out = new Uint8Array(size);
  let at = 0;
  let k = 0;
  while (at < size) {
    const seed = seeds[k % seeds.length];
    if (!seed) break;
    const n = Math.min(seed.length, size - at);
    out.set(seed.subarray(0, n), at);
    at += n;
    if (at < size) out[at++] = 10;
    k++;
  }
  // never cut a UTF-8 character in two at the end
  let end = size;
  while (end > 0 && ((out[end - 1] ?? 0) & 0xc0) === 0x80) end--;
  if (end > 0 && (out[end - 1] ?? 0) >= 0xc0) end--;
  return out.subarray(0, end);
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

export default function (): Promise<Array<{ name: string; value: number; unit: string }>> {
  const results: Record<number, { raw: number; mine: number }> = {};
  for (const size of [50 * MB, 150 * MB]) {
    const bytes = build(size);
    let lines = 0;
    const raw = time(() => {
      lines = textLines(decodeBytes(bytes).text).length;
    });
    const mine = time(() => {
      const { text, encoding } = decodeBytes(bytes);
      analyzeText('bench.txt', text, encoding);
    });
    // the raw pass must have really split the text, or the ratio compares with nothing
    if (lines === 0) throw new Error('raw pass produced no lines');
    results[size] = { raw, mine };
  }
  const r50 = results[50 * MB] ?? { raw: 1, mine: 1 };
  const r150 = results[150 * MB] ?? { raw: 1, mine: 1 };
  return Promise.resolve([
    { name: 'mine.mb_per_s', value: 150 / r150.mine, unit: 'MB/s' },
    { name: 'mine.ratio', value: r150.mine / r150.raw, unit: 'x' },
    { name: 'mine.linearity', value: r150.mine / (3 * r50.mine), unit: 'x' },
    { name: 'mine.seconds_150mb', value: r150.mine, unit: 's' },
  ]);
}
