import { z } from 'zod';
import type { ImportRunner } from '../../services/import/run-import';
import { inputFile } from './schemas';
import { fileParts } from './template-handlers';
import { defineHandlers } from './types';

export const minerHandlers = (imports: ImportRunner) =>
  defineHandlers({
    'miner:analyze': {
      args: z.tuple([inputFile]),
      run: (file) => {
        const { fileName, bytes } = fileParts(file);
        return imports.run('analyze', fileName, bytes);
      },
    },
  });
