import { z } from 'zod';
import type { LibraryStore } from '../../services/store/library-store';
import { deleteHandler } from './delete-handler';
import { id, name } from './schemas';
import { defineHandlers } from './types';

/** A draft's structure kept as a named outline to start new drafts from. */
export const outlineHandlers = (store: LibraryStore) =>
  defineHandlers({
    'outlines:list': { args: z.tuple([]), run: () => store.listOutlines() },
    'outlines:save': {
      args: z.tuple([id, name]),
      run: (draftId, outlineName) => store.saveOutline(draftId, outlineName),
    },
    'outlines:rename': {
      args: z.tuple([id, name]),
      run: (oid, outlineName) => store.renameOutline(oid, outlineName),
    },
    'outlines:delete': deleteHandler((oid) => store.deleteOutline(oid)),
  });
