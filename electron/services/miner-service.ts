import { decodeBytes } from '../core/decode';
import { analyzeText } from '../core/miner';
import type { Analysis } from '../shared/analysis';
import { docxToText } from './import/docx';
import { htmlToText } from './import/html';

/** An input file as text, and the encoding it was read with. */
export async function decodeEssayFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ text: string; encoding: string }> {
  const ext = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'docx') return { text: await docxToText(bytes), encoding: 'docx' };
  const { text, encoding } = decodeBytes(bytes);
  if (ext === 'html' || ext === 'htm') return { text: htmlToText(text), encoding };
  return { text, encoding };
}

/**
 * An input file's structure, and the lines its line numbers count; `onStage` hears when mining
 * starts (decoding is done).
 */
export async function analyzeFile(
  fileName: string,
  bytes: Uint8Array,
  onStage: (stage: 'mine') => void = () => undefined,
): Promise<{ analysis: Analysis; lines: string[] }> {
  const { text, encoding } = await decodeEssayFile(fileName, bytes);
  onStage('mine');
  return { analysis: analyzeText(fileName, text, encoding), lines: text.split('\n') };
}

/** Decodes an input file's bytes and mines its structure. */
export async function analyzeBytes(
  fileName: string,
  bytes: Uint8Array,
  onStage: (stage: 'mine') => void = () => undefined,
): Promise<Analysis> {
  return (await analyzeFile(fileName, bytes, onStage)).analysis;
}
