import { decodeBytes } from '../core/decode';
import { analyzeText } from '../core/miner';
import type { Analysis } from '../shared/analysis';
import { docxToText } from './import/docx';
import { htmlToText } from './import/html';

/** Decodes an input file's bytes and mines its structure. */
export async function analyzeBytes(fileName: string, bytes: Uint8Array): Promise<Analysis> {
  const ext = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'docx') {
    const text = await docxToText(bytes);
    return analyzeText(fileName, text, 'docx');
  }
  const { text, encoding } = decodeBytes(bytes);
  if (ext === 'html' || ext === 'htm') return analyzeText(fileName, htmlToText(text), encoding);
  return analyzeText(fileName, text, encoding);
}
