import type { Analysis } from '../shared/analysis';
import { AppFailure } from '../shared/result';

/** Decodes an input file's bytes and mines its structure. */
export async function analyzeBytes(fileName: string, bytes: Uint8Array): Promise<Analysis> {
  void fileName;
  void bytes;
  throw new AppFailure('not_implemented', '结构分析尚未实现');
}
