import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decodeBytes } from '../core/decode';
import { textLines } from '../core/text-lines';
import {
  scoreStructure,
  type Misses,
  type ScoredDoc,
  type StructureCounts,
} from '../core/scoring/structure-score';
import { analyzeBytes } from './miner-service';

export interface FileScore {
  name: string;
  counts: StructureCounts;
  misses: Misses;
}

/**
 * Mines every `NAME.txt` of `srcDir` that has an annotation `NAME.json` in `goldDir` and scores
 * the analysis against it, file by file in name order.
 */
export async function scoreFolder(goldDir: string, srcDir: string): Promise<FileScore[]> {
  const names = (await readdir(goldDir)).filter((n) => n.endsWith('.json')).sort();
  const scores: FileScore[] = [];
  for (const name of names) {
    const base = basename(name, '.json');
    const gold = JSON.parse(await readFile(join(goldDir, name), 'utf8')) as ScoredDoc;
    const bytes = new Uint8Array(await readFile(join(srcDir, `${base}.txt`)));
    const predicted = await analyzeBytes(`${base}.txt`, bytes);
    const lines = textLines(decodeBytes(bytes).text).map((l) => l.text);
    scores.push({ name: base, ...scoreStructure(gold, predicted, lines) });
  }
  return scores;
}
