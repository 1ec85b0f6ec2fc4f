import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhraseBank, type PhraseEssay } from '../core/phrases/bank';
import { formulaPhrases } from '../core/phrases/formula-phrases';
import { formulaEssaysOf, mineFormulas, type FormulaEssay } from '../core/templates/formulas';
import { MAX_TEXT_BYTES } from '../core/decode';
import { analyzeFile } from '../services/miner-service';
import { analysisEssays } from '../services/phrases/phrase-service';
import { PHRASE_KINDS, type PhraseKind } from '../shared/phrases';
import { AppFailure } from '../shared/result';
import { runCli } from './run-cli';

/**
 * `npm run --silent phrases -- FILE... [--kind quote|parallel|four]`: the 素材库 of the essays in
 * the files, as JSON: one entry per distinct phrase with its count of essays and its sources.
 */
async function main(): Promise<number> {
  let files: string[];
  let kind: PhraseKind | undefined;
  try {
    const { values, positionals } = parseArgs({
      options: { kind: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length === 0) throw new Error('usage');
    if (values.kind !== undefined && !(PHRASE_KINDS as readonly string[]).includes(values.kind)) {
      throw new Error('usage');
    }
    files = positionals;
    kind = values.kind as PhraseKind | undefined;
  } catch {
    process.stderr.write(
      `invalid_argument: 用法：npm run --silent phrases -- 文件... [--kind ${PHRASE_KINDS.join('|')}]\n`,
    );
    return 2;
  }
  const essays: PhraseEssay[] = [];
  const formulaEssays: FormulaEssay[] = [];
  for (const file of files) {
    const info = await stat(file).catch(() => {
      throw new AppFailure('not_found', `找不到文件：${file}`);
    });
    if (!info.isFile()) throw new AppFailure('invalid_argument', `不是普通文件：${file}`);
    if (info.size > MAX_TEXT_BYTES) throw new AppFailure('too_large', `文件过大：${file}`);
    const bytes = new Uint8Array(await readFile(file));
    const { analysis, lines } = await analyzeFile(basename(file), bytes);
    essays.push(...analysisEssays(analysis));
    formulaEssays.push(...formulaEssaysOf(analysis, lines));
  }
  const phrases = [
    ...buildPhraseBank(essays),
    ...formulaPhrases(mineFormulas(formulaEssays)),
  ].filter((p) => !kind || p.kind === kind);
  process.stdout.write(`${JSON.stringify(phrases, null, 2)}\n`);
  return 0;
}

runCli(main, '提取素材失败');
