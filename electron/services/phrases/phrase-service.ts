import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { guessGenre } from '../../core/miner/genre';
import { buildPhraseBank, type PhraseEssay } from '../../core/phrases/bank';
import { formulaPhrases } from '../../core/phrases/formula-phrases';
import type { FormulaLibrary } from '../../shared/formulas';
import { DEFAULT_PHRASE_LIMIT, PhraseIndex } from '../../core/phrases/search';
import type { Analysis } from '../../shared/analysis';
import {
  PHRASE_KINDS,
  type Phrase,
  type PhraseInput,
  type PhraseKind,
  type PhraseQuery,
  type PhraseSuggestion,
} from '../../shared/phrases';
import { AppFailure } from '../../shared/result';
import { corpusFileNames } from '../corpus-files';
import { analyzeBytes } from '../miner-service';
import { importedEssaysKey, type ImportedEssay } from '../similarity/source-essays';
import type { Collection } from '../store/collection';

/** A phrase the user keeps: starred from the bank or typed in. */
export interface OwnPhrase {
  id: string;
  kind: PhraseKind;
  text: string;
  /** Where a starred phrase came from. */
  source: { file: string; title: string | null } | null;
  createdAt: string;
}

export const OWN_PHRASES = 'phrases';
export const MAX_PHRASE_CHARS = 500;

export const ownPhraseSchema: z.ZodType<OwnPhrase> = z.object({
  id: z.string(),
  kind: z.enum(PHRASE_KINDS as [PhraseKind, ...PhraseKind[]]),
  text: z.string().min(1).max(MAX_PHRASE_CHARS),
  source: z.object({ file: z.string(), title: z.string().nullable() }).nullable(),
  createdAt: z.string(),
});

export interface PhraseServiceOptions {
  /** The sample essays (*.txt), see resolveCorpusDir; a folder that does not exist means none. */
  corpusDir: string | null;
  imported: { list(): ImportedEssay[] } | null;
  own: Collection<OwnPhrase>;
  /** The openings and closings the fill form offers (the formula library, already mined). */
  formulas: () => FormulaLibrary;
}

export function analysisEssays(analysis: Analysis): PhraseEssay[] {
  return analysis.essays.map((e) => ({
    file: analysis.file,
    title: e.title,
    genre: e.genre,
    paragraphs: (e.paragraphs ?? []).map((p) => p.text),
  }));
}

/** An imported essay is kept as its title, then one paragraph per line. */
export function importedEssay(e: ImportedEssay): PhraseEssay {
  const lines = e.text.split('\n');
  const paragraphs = e.title !== null && lines[0] === e.title ? lines.slice(1) : lines;
  return {
    file: e.fileName,
    title: e.title,
    genre: guessGenre([e.title], paragraphs.join('\n')),
    paragraphs,
  };
}

const ownAsPhrase = (p: OwnPhrase): Phrase => ({
  id: p.id,
  kind: p.kind,
  text: p.text,
  context: p.text,
  count: 0,
  sources: p.source ? [p.source] : [],
  genres: [],
  topics: [],
  own: true,
});

/**
 * 素材库: the phrases of the corpus and the user's imported essays, and the user's own. The
 * bank is built on the first search and again when the imported essays change; the corpus is
 * read once.
 */
export class PhraseService {
  private corpus: Promise<PhraseEssay[]> | null = null;
  private current: { key: string; index: PhraseIndex } | null = null;

  constructor(private readonly options: PhraseServiceOptions) {}

  async search(query: PhraseQuery): Promise<Phrase[]> {
    const index = await this.index();
    const own = new PhraseIndex(
      this.options.own
        .list()
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .map(ownAsPhrase),
    );
    // the user's own phrases first: they are what the user chose to keep
    const mine = own.search({ ...query, genre: null });
    return [...mine, ...index.search(query)].slice(0, query.limit ?? DEFAULT_PHRASE_LIMIT);
  }

  async suggest(passage: string): Promise<PhraseSuggestion[]> {
    return (await this.index()).suggest(passage);
  }

  async save(input: PhraseInput): Promise<Phrase> {
    const text = input.text.trim();
    if (!text) throw new AppFailure('invalid_argument', '素材内容不能为空');
    const same = this.options.own.list().find((p) => p.kind === input.kind && p.text === text);
    if (same) return ownAsPhrase(same);
    const record: OwnPhrase = {
      id: randomUUID(),
      kind: input.kind,
      text,
      source: input.source,
      createdAt: new Date().toISOString(),
    };
    return ownAsPhrase(await this.options.own.put(record));
  }

  async delete(id: string): Promise<{ id: string }> {
    if (!(await this.options.own.delete(id))) throw new AppFailure('not_found', '找不到这条素材');
    return { id };
  }

  /** The bank of the corpus and the imported essays as they are now. */
  async index(): Promise<PhraseIndex> {
    const imported = this.options.imported?.list() ?? [];
    const key = importedEssaysKey(imported);
    if (this.current?.key === key) return this.current.index;
    const essays = [...(await this.corpusEssays()), ...imported.map(importedEssay)];
    const phrases = [...buildPhraseBank(essays), ...formulaPhrases(this.options.formulas())];
    const index = new PhraseIndex(phrases);
    this.current = { key, index };
    return index;
  }

  private corpusEssays(): Promise<PhraseEssay[]> {
    this.corpus ??= readCorpusEssays(this.options.corpusDir).catch((e: unknown) => {
      this.corpus = null;
      throw e;
    });
    return this.corpus;
  }
}

async function readCorpusEssays(dir: string | null): Promise<PhraseEssay[]> {
  if (!dir) return [];
  const essays: PhraseEssay[] = [];
  for (const name of await corpusFileNames(dir)) {
    const bytes = new Uint8Array(await readFile(join(dir, name)));
    essays.push(...analysisEssays(await analyzeBytes(name, bytes)));
  }
  return essays;
}
