import { z } from 'zod';
import type { LibraryStore } from '../../services/store/library-store';
import { AppFailure } from '../../shared/result';
import { inputFile } from './schemas';
import { defineHandlers } from './types';

const backupFileName = (now: Date): string =>
  `范式资料库备份-${now.toISOString().slice(0, 10).replace(/-/gu, '')}.zip`;

/** The whole library as one backup file, and back. */
export const libraryHandlers = (store: LibraryStore) =>
  defineHandlers({
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
  });
