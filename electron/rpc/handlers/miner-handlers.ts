import { z } from 'zod';
import type { ImportTracker } from '../../services/import/import-progress';
import type { ImportRunner } from '../../services/import/run-import';
import { inputFile } from './schemas';
import { fileParts } from './template-handlers';
import { defineHandlers } from './types';

/** Reading a file before its templates are made: a long one shows its stage as an import does. */
export const minerHandlers = (imports: { runner: ImportRunner; tracker: ImportTracker }) =>
  defineHandlers({
    'miner:analyze': {
      args: z.tuple([inputFile]),
      run: async (file) => {
        const { fileName, bytes } = fileParts(file);
        const progress = imports.tracker.start(fileName);
        try {
          return await imports.runner.run('analyze', fileName, bytes, progress.stage);
        } finally {
          progress.end();
        }
      },
    },
  });
