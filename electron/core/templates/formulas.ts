import { GENRES, type Analysis, type Genre } from '../../shared/analysis';
import {
  FORMULA_ROLES,
  type Formula,
  type FormulaLibrary,
  type FormulaRole,
} from '../../shared/formulas';
import { essayHeader } from './essay-header';
import { essayParts } from './essay-parts';
import { formulaShape } from './formula-shape';
import { formulaHoles } from './formula-text';
import { OFFERED } from './formula-vocabulary';
import { cleanTitle, firstSentence, sentencesOf } from './source-text';

/** One essay as the formula miner reads it. */
export interface FormulaEssay {
  genre: Genre;
  title: string | null;
  subtitle: string | null;
  /** The first sentence of the essay's body, when the miner found it. */
  opening: string | null;
  /** The paragraph the essay ends with. */
  closing: string | null;
}

const MAX_EXAMPLES = 3;
/** Longer sentences are passages, not formulas. */
const MAX_SENTENCE = 160;

/**
 * An essay known only as its paragraphs (an imported essay, the phrase bank's): the first is its
 * opening, the last its closing when there is more than one.
 */
export const paragraphsEssay = (
  genre: Genre,
  title: string | null,
  paragraphs: readonly string[],
): FormulaEssay => ({
  genre,
  title,
  subtitle: null,
  opening: paragraphs[0] ?? null,
  closing: paragraphs.length > 1 ? (paragraphs.at(-1) ?? null) : null,
});

/** The sentences of an essay each role's formula may come from. */
export function formulaSentences(e: FormulaEssay): Record<FormulaRole, string[]> {
  const closing = e.closing ? sentencesOf(e.closing) : [];
  const title = cleanTitle(e.title);
  return {
    title: title ? [title] : [],
    subtitle: e.subtitle ? [e.subtitle] : [],
    opening: e.opening ? [firstSentence(e.opening)] : [],
    // a closing paragraph opens with 总之… or ends with 让我们…: both are its formulas
    closing: [...new Set([closing[0], closing.at(-1)].filter((s) => s !== undefined))],
  };
}

/**
 * The essays of an analysed file, for the formula miner: a closing only where the essay has one
 * apart from its last section (see essayParts), or its last paragraph when it has no headings.
 */
export function formulaEssaysOf(
  analysis: Analysis,
  lines: readonly string[] | null = null,
): FormulaEssay[] {
  return analysis.essays.map((analysed) => {
    const { subtitle, essay } = essayHeader(analysed, lines);
    const paragraphs = essay.paragraphs ?? [];
    return {
      genre: essay.genre,
      title: essay.title,
      subtitle,
      opening: essay.opening_formula ?? paragraphs[0]?.text ?? null,
      closing:
        essay.headings.length > 0 ? essayParts(essay).closing : (paragraphs.at(-1)?.text ?? null),
    };
  });
}

const byGenreOrder = (a: Genre, b: Genre): number => GENRES.indexOf(a) - GENRES.indexOf(b);

/** Most used first, then by text in code-point order, so that mining gives the same bytes anywhere. */
const byUse = (a: Formula, b: Formula): number =>
  b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

function addTo(into: Map<string, Formula>, f: Formula): void {
  const known = into.get(f.text);
  if (!known) {
    into.set(f.text, { ...f, genres: [...f.genres], examples: [...f.examples] });
    return;
  }
  known.count += f.count;
  for (const g of f.genres) if (!known.genres.includes(g)) known.genres.push(g);
  known.genres.sort(byGenreOrder);
  for (const x of f.examples) {
    if (known.examples.length < MAX_EXAMPLES && !known.examples.includes(x)) known.examples.push(x);
  }
}

const offered = (role: FormulaRole): Formula[] =>
  OFFERED[role].map((o) => ({
    text: o.text,
    slots: formulaHoles(o.text),
    count: 0,
    genres: [...o.genres].sort(byGenreOrder),
    examples: [],
  }));

/**
 * The formulas of a set of essays: each sentence that can be one (see formulaShape) as its shape,
 * equal shapes as one formula counted once per essay, and the shapes the app offers of its own.
 */
export function mineFormulas(essays: readonly FormulaEssay[]): FormulaLibrary {
  const library = {} as FormulaLibrary;
  for (const role of FORMULA_ROLES) {
    const shapes = new Map<string, Formula>();
    for (const essay of essays) {
      const seen = new Set<string>();
      for (const sentence of formulaSentences(essay)[role]) {
        if (sentence.length > MAX_SENTENCE) continue;
        const text = formulaShape(sentence, role);
        if (text === null || seen.has(text)) continue;
        seen.add(text);
        addTo(shapes, {
          text,
          slots: formulaHoles(text),
          count: 1,
          genres: [essay.genre],
          examples: [sentence],
        });
      }
    }
    for (const f of offered(role)) addTo(shapes, f);
    library[role] = [...shapes.values()].sort(byUse);
  }
  return library;
}

/** Two libraries as one: a formula both have counts the essays of both. */
export function mergeFormulas(a: FormulaLibrary, b: FormulaLibrary): FormulaLibrary {
  const library = {} as FormulaLibrary;
  for (const role of FORMULA_ROLES) {
    const shapes = new Map<string, Formula>();
    for (const f of [...a[role], ...b[role]]) addTo(shapes, f);
    library[role] = [...shapes.values()].sort(byUse);
  }
  return library;
}

/** Each role's formulas for an essay of `genre`: the genre's own first, most used first. */
export function rankFormulas(library: FormulaLibrary, genre: Genre | null): FormulaLibrary {
  const ranked = {} as FormulaLibrary;
  for (const role of FORMULA_ROLES) {
    const own = (f: Formula): number => (genre !== null && f.genres.includes(genre) ? 0 : 1);
    ranked[role] = [...library[role]].sort((x, y) => own(x) - own(y) || byUse(x, y));
  }
  return ranked;
}
