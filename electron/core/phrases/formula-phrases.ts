import type { FormulaLibrary } from '../../shared/formulas';
import type { Phrase } from '../../shared/phrases';
import { fillFormula } from '../templates/formula-text';

/**
 * The formula library's openings and closings as 素材: the same shapes the fill form offers, holes
 * blank (____) so that the checks panel points to them once inserted, an essay's sentence of that
 * shape as the context. Mined once, with the templates; the phrase bank does not mine them again.
 * Only shapes the essays use: those the app offers of its own (count 0) stay in the fill form.
 */
export function formulaPhrases(library: FormulaLibrary): Phrase[] {
  return (['opening', 'closing'] as const).flatMap((kind) =>
    library[kind]
      .filter((f) => f.count > 0)
      .map((f): Phrase => ({
        id: `${kind}:${f.text}`,
        kind,
        text: fillFormula(f.text, {}),
        context: f.examples[0] ?? '',
        count: f.count,
        sources: [],
        genres: [...f.genres],
        topics: [],
      })),
  );
}
