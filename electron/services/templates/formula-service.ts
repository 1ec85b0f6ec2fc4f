import { guessGenre } from '../../core/miner/genre';
import {
  mergeFormulas,
  mineFormulas,
  paragraphsEssay,
  rankFormulas,
  type FormulaEssay,
} from '../../core/templates/formulas';
import type { Genre } from '../../shared/analysis';
import type { FormulaLibrary } from '../../shared/formulas';
import { importedEssaysKey, type ImportedEssay } from '../similarity/source-essays';

/** An imported essay, kept as its title and then one paragraph per line, for the formula miner. */
export function importedFormulaEssay(e: ImportedEssay): FormulaEssay {
  const lines = e.text.split('\n');
  const paragraphs = e.title !== null && lines[0] === e.title ? lines.slice(1) : lines;
  return paragraphsEssay(guessGenre([e.title], paragraphs.join('\n')), e.title, paragraphs);
}

export interface FormulaServiceOptions {
  /** The formulas mined with the shipped templates. */
  shipped: () => FormulaLibrary;
  /** The user's imported essays, read at every call so a new import counts at once. */
  imported: { list(): ImportedEssay[] } | null;
}

/**
 * The formulas the fill form offers: those of the corpus the shipped templates come from and of
 * the essays the user imported, mined again only when the imported essays change.
 */
export class FormulaService {
  private current: { key: string; library: FormulaLibrary } | null = null;

  constructor(private readonly options: FormulaServiceOptions) {}

  library(): FormulaLibrary {
    const imported = this.options.imported?.list() ?? [];
    const key = importedEssaysKey(imported);
    if (this.current?.key === key) return this.current.library;
    const own = mineFormulas(imported.map(importedFormulaEssay));
    const library = mergeFormulas(this.options.shipped(), own);
    this.current = { key, library };
    return library;
  }

  /** Each role's formulas for an essay of `genre`, the genre's own first. */
  ranked(genre: Genre | null): FormulaLibrary {
    return rankFormulas(this.library(), genre);
  }
}
