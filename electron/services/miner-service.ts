import { decodeBytes } from '../core/decode';
import { analyzeText } from '../core/miner';
import type { Analysis } from '../shared/analysis';
import { docxToText } from './import/docx';
import { htmlToText } from './import/html';

/** Decodes an input file's bytes and mines its structure; `onStage` hears when mining starts. */
export async function analyzeBytes(
  fileName: string,
  bytes: Uint8Array,
  onStage: (stage: 'mine') => void = () => undefined,
): Promise<Analysis> {
  const ext = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  let text: string;
  let encoding: string;
  if (ext === 'docx') {
    text = await docxToText(bytes);
    encoding = 'docx';
  } else {
    const decoded = decodeBytes(bytes);
    text = ext === 'html' || ext === 'htm' ? htmlToText(decoded.text) : decoded.text;
    encoding = decoded.encoding;
  }
  onStage('mine');
  return analyzeText(fileName, text, encoding);
}
