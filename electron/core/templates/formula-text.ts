/**
 * A formula's text with its holes filled: shared by the host (a template's defaults) and the fill
 * form (what the writer typed), so both compose a sentence the same way. Imports nothing.
 */

/** What an unfilled hole shows: a blank the checks panel flags until the writer fills it. */
export const FORMULA_BLANK = '____';

const HOLE = /\{\{([^{}]+)\}\}/gu;

/** A value the writer typed, else the blank that marks where they still have to write. */
export const orBlank = (value: string | undefined): string =>
  value !== undefined && value.trim() !== '' ? value : FORMULA_BLANK;

/** The holes of a formula, each name once, in order of first appearance. */
export function formulaHoles(formula: string): string[] {
  const names: string[] = [];
  for (const m of formula.matchAll(HOLE)) {
    const name = m[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The formula with each hole's value, or a blank where the writer left it empty. */
export function fillFormula(formula: string, values: Readonly<Record<string, string>>): string {
  return formula.replace(HOLE, (_hole, name: string) => orBlank(values[name]?.trim()));
}
