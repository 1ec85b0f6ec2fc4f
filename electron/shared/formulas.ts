import type { Genre } from './analysis';

/** The parts of an essay a formula writes: each is a field of the fill form with a choice of them. */
export type FormulaRole = 'title' | 'subtitle' | 'opening' | 'closing';

export const FORMULA_ROLES: readonly FormulaRole[] = ['title', 'subtitle', 'opening', 'closing'];

/**
 * A reusable sentence shape: the genre's set words kept, what changes from one essay to the next
 * a named hole, e.g. `近日，{{单位}}组织观看了《{{作品}}》，{{感受}}。`.
 */
export interface Formula {
  /** The shape, with `{{name}}` for each hole. */
  text: string;
  /** The holes' names in order of first appearance. */
  slots: string[];
  /** How many essays use this shape; 0 for a shape the app offers of its own. */
  count: number;
  /** The genres of those essays, or the genres an offered shape suits. */
  genres: Genre[];
  /** Sentences of that shape as written, a few at most. */
  examples: string[];
}

/** Formulas for each role, most used first. */
export type FormulaLibrary = Record<FormulaRole, Formula[]>;
