import type { Genre } from '../../shared/analysis';
import type { FormulaLibrary, FormulaRole } from '../../shared/formulas';
import type { TemplateSlot } from '../../shared/model';
import { normalizePunctuation } from '../draft/punctuation';
import { formulaShape } from './formula-shape';
import { ROLE_NAMES } from './formula-vocabulary';
import { fillFormula } from './formula-text';
import { rankFormulas } from './formulas';

/**
 * A formula field of a template: it starts as the formula the source's own sentence follows (or,
 * when that sentence follows none, the genre's commonest), its holes blank; the sentence itself is
 * only a reference. `own` is text the writer wrote themselves (a draft saved as a template): it
 * stays their default.
 */
export function formulaSlot(
  role: FormulaRole,
  sentences: readonly string[],
  genre: Genre,
  formulas: FormulaLibrary,
  own: string | null = null,
): TemplateSlot {
  const written = sentences.map((s) => normalizePunctuation(s.trim())).filter((s) => s !== '');
  const shaped = written.map((s) => formulaShape(s, role)).find((f) => f !== null) ?? null;
  const formula = shaped ?? rankFormulas(formulas, genre)[role][0]?.text ?? null;
  const reference = written.join('');
  return {
    name: ROLE_NAMES[role].field,
    label: ROLE_NAMES[role].field,
    kind: 'text',
    default: own ?? (formula === null ? '' : fillFormula(formula, {})),
    examples: [],
    role,
    ...(formula === null ? {} : { formula }),
    ...(reference === '' ? {} : { reference }),
  };
}

/** A role's Handlebars: the helper that files it in the draft, around its field. */
export function roleSource(role: FormulaRole): string {
  const { helper, field } = ROLE_NAMES[role];
  return `{{#${helper}}}{{${field}}}{{/${helper}}}`;
}
