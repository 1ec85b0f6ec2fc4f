import { z } from 'zod';
import type { LibraryStore } from '../../services/store/library-store';
import { AppFailure } from '../../shared/result';
import { id, inputFile } from './schemas';
import { defineHandlers } from './types';

/** A version id, or 'current' for the saved draft: both pass the one id rule. */
const versionRef = id;

const backupFileName = (now: Date): string =>
  `范式资料库备份-${now.toISOString().slice(0, 10).replace(/-/gu, '')}.zip`;

/** History (versions), trash and whole-library backup: the store's safety nets. */
export const libraryHandlers = (store: LibraryStore) =>
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
    'trash:list': { args: z.tuple([]), run: () => store.listTrash() },
    'trash:restore': { args: z.tuple([id]), run: (did) => store.restoreFromTrash(did) },
    'library:backup': {
      args: z.tuple([]),
      run: async () => ({
        fileName: backupFileName(new Date()),
        base64: Buffer.from(await store.exportLibrary()).toString('base64'),
        warnings: [],
      }),
    },
    'library:restore': {
      args: z.tuple([inputFile]),
      run: (file) => {
        if (!/\.zip$/iu.test(file.fileName)) {
          throw new AppFailure('unsupported_input', '请选择范式资料库的备份文件(.zip)。');
        }
        return store.importLibrary(Buffer.from(file.base64, 'base64'));
      },
    },
    'library:warnings': { args: z.tuple([]), run: () => store.takeWarnings() },
  });
