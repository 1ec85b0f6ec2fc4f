import type { ImportReport, ImportStage, Template } from '../../shared/model';
import { analyzeFile } from '../miner-service';
import { essayTexts } from '../similarity/source-essays';
import { importReport, templatesFromAnalysis, withTitles } from '../templates/user-templates';
import type { MineOptions } from './import-protocol';

/**
 * The longest essay kept for 查重. A speech or report runs to a few thousand characters; a file
 * the miner could not split into essays can be one "essay" of many megabytes, which would make
 * one enormous record and a slow comparison for every check.
 */
export const MAX_ESSAY_CHARS = 200_000;

/** What mining one imported file gives the host to save. */
export interface MinedImport {
  report: ImportReport;
  templates: Template[];
  /** The essays' text for 查重, each at most MAX_ESSAY_CHARS. */
  essays: Array<{ title: string | null; text: string }>;
}

/** Decodes, mines and makes templates of one file: the CPU-heavy part of an import. */
export async function mineFile(
  fileName: string,
  bytes: Uint8Array,
  onStage: (stage: ImportStage) => void,
  options: MineOptions,
): Promise<MinedImport> {
  onStage('read');
  const read = await analyzeFile(fileName, bytes, onStage);
  const analysis = options.titles ? withTitles(read.analysis, options.titles) : read.analysis;
  onStage('templates');
  const templates = templatesFromAnalysis({ ...read, analysis }, options.formulas);
  const texts = essayTexts(analysis).filter((e) => e.text.length > 0);
  const essays = texts.filter((e) => e.text.length <= MAX_ESSAY_CHARS);
  const left = texts.length - essays.length;
  const warnings =
    left === 0
      ? []
      : [
          `有 ${left} 篇文章超过 ${MAX_ESSAY_CHARS.toLocaleString('zh-CN')} 字,没有收入查重的比对范围(模板照常生成)`,
        ];
  return { report: { ...importReport(analysis, templates), warnings }, templates, essays };
}
