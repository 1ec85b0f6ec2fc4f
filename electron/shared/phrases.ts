import type { Genre } from './analysis';

/**
 * 素材库: writing material mined from the essays. quote = 金句 (a saying, a classical line, a
 * quotation), parallel = 排比句, four = a run of 四字短语, opening / closing = 开头 / 结尾 formulas.
 */
export type PhraseKind = 'quote' | 'parallel' | 'four' | 'opening' | 'closing';

export const PHRASE_KINDS: readonly PhraseKind[] = [
  'quote',
  'parallel',
  'four',
  'opening',
  'closing',
];

export interface PhraseSource {
  file: string;
  title: string | null;
}

export interface Phrase {
  /** Stable for the same phrase (kind and words); a user phrase's id is its record id. */
  id: string;
  kind: PhraseKind;
  /** As written in the first essay that has it. */
  text: string;
  /** The sentence it sits in. */
  context: string;
  /** How many essays use it: the more, the more 查重 will flag it. */
  count: number;
  /** Where it comes from (the first few essays). */
  sources: PhraseSource[];
  genres: Genre[];
  /** Words of the source essays' titles: what they are about. */
  topics: string[];
  /** The user's own phrase (starred or typed in). */
  own?: boolean;
}

/** A phrase many essays share is one 查重 will flag. */
export const WORN_COUNT = 2;

export interface PhraseQuery {
  /** Words to look for, space-separated; each must occur in the phrase or its essays' topics. */
  text?: string;
  kind?: PhraseKind | null;
  genre?: Genre | null;
  limit?: number;
}

/** A phrase the user keeps: starred from the bank (with its source) or typed in. */
export interface PhraseInput {
  kind: PhraseKind;
  text: string;
  source: PhraseSource | null;
}

/** A worn phrase found in a passage 查重 flagged, and less-worn phrases of the same kind. */
export interface PhraseSuggestion {
  found: Phrase;
  instead: Phrase[];
}
