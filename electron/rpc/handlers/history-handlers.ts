import { z } from 'zod';
import type { LibraryStore } from '../../services/store/library-store';
import { id } from './schemas';
import { defineHandlers } from './types';

/** A version id, or 'current' for the saved draft: both pass the one id rule. */
const versionRef = id;

/** A draft's saved versions: list, compare, restore. */
export const historyHandlers = (store: LibraryStore) =>
  defineHandlers({
    'history:snapshot': { args: z.tuple([id]), run: (did) => store.snapshotDraft(did) },
    'history:list': { args: z.tuple([id]), run: (did) => store.listVersions(did) },
    'history:compare': {
      args: z.tuple([id, versionRef, versionRef]),
      run: (did, from, to) => store.compareVersions(did, from, to),
    },
    'history:restore': {
      args: z.tuple([id, versionRef]),
      run: (did, vid) => store.restoreVersion(did, vid),
    },
  });
