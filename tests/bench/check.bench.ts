import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildOverlapIndex, checkOverlap } from '../../electron/core/similarity/overlap-index';
import type { SourceEssay } from '../../electron/core/similarity/overlap-index';
import { analyzeBytes } from '../../electron/services/miner-service';
import { loadIndex, saveIndex } from '../../electron/services/similarity/index-file';
import { essayTexts } from '../../electron/services/similarity/source-essays';
import { resolveCorpusDir } from '../../electron/services/paths';

/**
 * 查重 at scale: 10,000 synthetic essays (30 million characters) made at bench time from the
 * corpus sentences, shuffled and varied (about one character in twelve replaced, so essays
 * share phrases as real ones do, not whole pages); then a 3,000-character draft that mixes
 * corpus sentences and a passage copied from one synthetic essay.
 */

const ESSAYS = 10_000;
const ESSAY_CHARS = 3_000;
const QUERY_CHARS = 3_000;
const QUERY_RUNS = 20;
const MB = 1024 * 1024;

const corpusDir = (): string => resolveCorpusDir({ repoRoot: resolve(__dirname, '..', '..') });

/** Small, seeded: the same corpus every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function corpusSentences(): Promise<string[]> {
  const dir = corpusDir();
  const sentences: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const analysis = await analyzeBytes(f, new Uint8Array(readFileSync(join(dir, f))));
    for (const e of essayTexts(analysis)) {
      for (const s of e.text.split(/(?<=[。！？!?])/u)) if (s.trim().length >= 6) sentences.push(s);
    }
  }
  return sentences;
}

function vary(sentence: string, rand: () => number): string {
  let out = '';
  for (const ch of sentence) {
    out += rand() < 1 / 12 ? String.fromCharCode(0x4e00 + Math.floor(rand() * 20_000)) : ch;
  }
  return out;
}

function synthesise(sentences: readonly string[]): SourceEssay[] {
  const rand = random(9);
  const pick = (): string => sentences[Math.floor(rand() * sentences.length)] ?? '';
  const essays: SourceEssay[] = [];
  for (let i = 0; i < ESSAYS; i++) {
    const lines: string[] = [`合成范文第${i + 1}篇`];
    let paragraph = '';
    let size = 0;
    while (size < ESSAY_CHARS) {
      const s = vary(pick(), rand);
      paragraph += s;
      size += s.length;
      if (paragraph.length > 200) {
        lines.push(paragraph);
        paragraph = '';
      }
    }
    if (paragraph) lines.push(paragraph);
    essays.push({
      kind: 'corpus',
      file: `synthetic-${Math.floor(i / 100)}.txt`,
      title: lines[0] ?? '',
      text: lines.join('\n'),
    });
  }
  return essays;
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  if (typeof gc === 'function') (gc as () => void)();
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string }>> {
  const sentences = await corpusSentences();
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const essays = synthesise(sentences);
  const chars = essays.reduce((n, e) => n + e.text.length, 0);

  const t0 = performance.now();
  const index = buildOverlapIndex(essays);
  const indexSeconds = (performance.now() - t0) / 1000;
  collectGarbage();
  // the whole index, source texts included: what a check keeps in memory
  const indexMb = (process.memoryUsage().rss - rssBefore) / MB;

  const rand = random(17);
  let draft = '';
  while (draft.length < QUERY_CHARS - 300) {
    draft += sentences[Math.floor(rand() * sentences.length)] ?? '';
  }
  const copiedFrom = essays[4242]?.text ?? '';
  draft = (draft + copiedFrom.slice(500, 800)).slice(0, QUERY_CHARS);
  checkOverlap(draft, index); // warm-up: the first call compiles the hot loops
  const times: number[] = [];
  let overlap = 0;
  for (let i = 0; i < QUERY_RUNS; i++) {
    const q0 = performance.now();
    overlap = checkOverlap(draft, index).overlapPercent;
    times.push(performance.now() - q0);
  }
  times.sort((a, b) => a - b);

  const dir = await mkdtemp(join(tmpdir(), 'fanshi-bench-check-'));
  try {
    const file = join(dir, 'overlap-index.bin');
    const s0 = performance.now();
    await saveIndex(file, 'bench', index);
    const saveSeconds = (performance.now() - s0) / 1000;
    const l0 = performance.now();
    const loaded = await loadIndex(file, 'bench');
    const loadSeconds = (performance.now() - l0) / 1000;
    if (!loaded) throw new Error('the saved index did not load');
    return [
      { name: 'check.essays', value: essays.length, unit: 'essays' },
      { name: 'check.chars', value: chars / 1e6, unit: 'M chars' },
      { name: 'check.index_s', value: indexSeconds, unit: 's' },
      { name: 'check.index_mb', value: indexMb, unit: 'MB' },
      { name: 'check.query_ms', value: times[Math.floor(times.length / 2)] ?? 0, unit: 'ms' },
      { name: 'check.query_max_ms', value: times.at(-1) ?? 0, unit: 'ms' },
      { name: 'check.query_overlap', value: overlap, unit: '%' },
      { name: 'check.save_s', value: saveSeconds, unit: 's' },
      { name: 'check.load_s', value: loadSeconds, unit: 's' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
