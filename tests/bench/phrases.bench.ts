import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from '../../electron/core/decode';
import { analyzeText } from '../../electron/core/miner';
import { buildPhraseBank } from '../../electron/core/phrases/bank';
import { mineTemplates } from '../../electron/core/templates/library';
import { formulaEssaysOf, mineFormulas } from '../../electron/core/templates/formulas';
import { PhraseIndex } from '../../electron/core/phrases/search';
import { analysisEssays } from '../../electron/services/phrases/phrase-service';
import { resolveCorpusDir } from '../../electron/services/paths';
import type { Phrase } from '../../electron/shared/phrases';

/**
 * 素材库: what extraction adds to mining the corpus (as `npm run mine` does it: the analysis, the
 * formula library and the templates), and search time over 100,000 phrases (the corpus's phrases,
 * varied so that each is distinct).
 */

const PHRASES = 100_000;
const QUERIES = ['精准', '凝心聚力', '初心 使命', '扶贫', '奋斗', '群众', '基层', '学习'];

/** On a shared machine the fastest of several runs is the closest to the work's own cost. */
const fastest = (xs: number[]): number => Math.min(...xs);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] ?? 0;
}

export default function (): Promise<Array<{ name: string; value: number; unit: string }>> {
  const dir = resolveCorpusDir({ repoRoot: resolve(__dirname, '..', '..') });
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ f, text: decodeBytes(new Uint8Array(readFileSync(resolve(dir, f)))).text }));
  const mineTimes: number[] = [];
  const extractTimes: number[] = [];
  let bank: Phrase[] = [];
  for (let round = 0; round < 40; round++) {
    const t0 = performance.now();
    const files = texts.map(({ f, text }) => ({
      analysis: analyzeText(f, text),
      lines: text.split('\n'),
    }));
    mineTemplates(files, mineFormulas(files.flatMap((m) => formulaEssaysOf(m.analysis, m.lines))));
    const analyses = files.map((m) => m.analysis);
    const t1 = performance.now();
    bank = buildPhraseBank(analyses.flatMap(analysisEssays));
    const t2 = performance.now();
    mineTimes.push(t1 - t0);
    extractTimes.push(t2 - t1);
  }
  if (bank.length === 0) throw new Error('no phrases extracted');

  const many: Phrase[] = [];
  for (let i = 0; many.length < PHRASES; i++) {
    const p = bank[i % bank.length] as Phrase;
    many.push({ ...p, id: `${p.id}#${i}`, text: `${p.text}${i}` });
  }
  const index = new PhraseIndex(many);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const text of QUERIES) {
      for (const kind of [null, 'four'] as const) {
        const t0 = performance.now();
        index.search({ text, kind, limit: 50 });
        times.push(performance.now() - t0);
      }
    }
  }
  return Promise.resolve([
    { name: 'phrases.extract_share', value: fastest(extractTimes) / fastest(mineTimes), unit: 'x' },
    { name: 'phrases.bank_size', value: bank.length, unit: 'phrases' },
    { name: 'phrases.search_ms', value: percentile(times, 95), unit: 'ms' },
  ]);
}
