import { z } from 'zod';
import type { LibraryStore } from '../../services/store/library-store';
import { id } from './schemas';
import { defineHandlers } from './types';

/** Deleted drafts, kept to be brought back. */
export const trashHandlers = (store: LibraryStore) =>
  defineHandlers({
    'trash:list': { args: z.tuple([]), run: () => store.listTrash() },
    'trash:restore': { args: z.tuple([id]), run: (did) => store.restoreFromTrash(did) },
  });
