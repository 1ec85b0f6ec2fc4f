import { z } from 'zod';
import { MAX_PHRASE_CHARS, type PhraseService } from '../../services/phrases/phrase-service';
import { GENRES } from '../../shared/analysis';
import { PHRASE_KINDS, type PhraseKind } from '../../shared/phrases';
import { id } from './schemas';
import { defineHandlers } from './types';

const kind = z.enum(PHRASE_KINDS as [PhraseKind, ...PhraseKind[]]);

/** 素材库: search the essays' phrases, keep and drop the user's own. */
export const phraseHandlers = (phrases: PhraseService) =>
  defineHandlers({
    'phrases:search': {
      args: z.tuple([
        z.object({
          text: z.string().max(200).optional(),
          kind: kind.nullable().optional(),
          genre: z.enum(GENRES).nullable().optional(),
          limit: z.number().int().min(1).max(500).optional(),
        }),
      ]),
      run: (query) => phrases.search(query),
    },
    'phrases:save': {
      args: z.tuple([
        z.object({
          kind,
          text: z.string().max(MAX_PHRASE_CHARS),
          source: z
            .object({ file: z.string().max(300), title: z.string().max(300).nullable() })
            .nullable(),
        }),
      ]),
      run: (input) => phrases.save(input),
    },
    'phrases:delete': { args: z.tuple([id]), run: (pid) => phrases.delete(pid) },
    'phrases:suggest': {
      args: z.tuple([z.string().max(5_000)]),
      run: (passage) => phrases.suggest(passage),
    },
  });
