import type { PhraseKind } from '../../shared/phrases';
import { formulaShape } from '../templates/formula-shape';
import { fillFormula } from '../templates/formula-text';
import { formulaSentences, paragraphsEssay } from '../templates/formulas';
import type { PhraseEssay } from './bank';

/** An essay's opening or closing as material: its formula, the holes blank to fill. */
export interface FormulaOccurrence {
  kind: Extract<PhraseKind, 'opening' | 'closing'>;
  /** The formula with a blank (____) for each hole: inserted, the checks panel points to them. */
  text: string;
  /** The sentence as the essay wrote it. */
  context: string;
}

/**
 * The opening and closing formulas of an essay (see formulaShape): the same ones the fill form
 * offers, listed in the 素材库 beside the phrases so a writer can reach them while writing.
 */
export function formulaOccurrences(essay: PhraseEssay): FormulaOccurrence[] {
  const sentences = formulaSentences(paragraphsEssay(essay.genre, essay.title, essay.paragraphs));
  return (['opening', 'closing'] as const).flatMap((kind) =>
    sentences[kind].flatMap((context) => {
      const shape = formulaShape(context, kind);
      return shape === null ? [] : [{ kind, text: fillFormula(shape, {}), context }];
    }),
  );
}
