import type { Genre } from '../../shared/analysis';
import type { FormulaLibrary, FormulaRole } from '../../shared/formulas';
import type { TemplateSlot } from '../../shared/model';
import { normalizePunctuation } from '../draft/punctuation';
import { formulaShape } from './formula-shape';
import { fillFormula } from './formula-text';
import { rankFormulas } from './formulas';

/** Each formula field's data key and label: the names a template's Handlebars uses. */
export const ROLE_SLOT: Readonly<Record<FormulaRole, string>> = {
  title: '标题',
  subtitle: '副标题',
  opening: '开头',
  closing: '结尾',
};

/** Where each role goes in a template's Handlebars. */
export const ROLE_HELPER: Readonly<Record<FormulaRole, string>> = {
  title: 'title',
  subtitle: 'opening',
  opening: 'opening',
  closing: 'closing',
};

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
    name: ROLE_SLOT[role],
    label: ROLE_SLOT[role],
    kind: 'text',
    default: own ?? (formula === null ? '' : fillFormula(formula, {})),
    examples: [],
    role,
    ...(formula === null ? {} : { formula }),
    ...(reference === '' ? {} : { reference }),
  };
}

/** A role's Handlebars: the helper that files it in the draft, around its field. */
export const roleSource = (role: FormulaRole): string =>
  `{{#${ROLE_HELPER[role]}}}{{${ROLE_SLOT[role]}}}{{/${ROLE_HELPER[role]}}}`;
