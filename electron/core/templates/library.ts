import type { Analysis } from '../../shared/analysis';
import type { FormulaLibrary } from '../../shared/formulas';
import { generateTemplate, type GeneratedTemplate } from './generate';
import { formerTemplateId, letterHash, sourceTitleOf, uniqueNames } from './template-identity';

export interface MinedTemplate extends Omit<GeneratedTemplate, 'shapeKey' | 'headings'> {
  family: string;
  sourceFile: string;
  /** See formerTemplateId. */
  formerId: string;
}

/** An analysed file, with its lines when the template generator may read its essays' headers. */
export interface MinedFile {
  analysis: Analysis;
  lines?: readonly string[] | null;
}

/**
 * Analyses → templates, one per essay with two or more headings; same shape, same family. Ids and
 * names are unique within the result: a later template of an equal one gets a suffix.
 */
export function mineTemplates(
  files: readonly MinedFile[],
  formulas: FormulaLibrary,
): MinedTemplate[] {
  const made: Array<GeneratedTemplate & { sourceFile: string; formerId: string }> = [];
  for (const { analysis, lines } of files) {
    analysis.essays.forEach((essay, i) => {
      const t = generateTemplate(essay, { formulas, lines: lines ?? null });
      if (!t) return;
      const sourceTitle = sourceTitleOf(essay.title, analysis.compilation_title, i + 1);
      made.push({
        ...t,
        sourceTitle,
        sourceFile: analysis.file,
        formerId: formerTemplateId(analysis.file, i + 1),
      });
    });
  }
  const names = uniqueNames(made);
  const ids = new Set<string>();
  return made.map(({ shapeKey, headings: _headings, ...t }, k) => {
    let id = t.id;
    for (let n = 2; ids.has(id); n++) id = `${t.id}-${n}`;
    ids.add(id);
    return { ...t, id, name: names[k] ?? t.name, family: `f-${letterHash(shapeKey)}` };
  });
}
