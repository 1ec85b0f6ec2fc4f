import { z } from 'zod';
import { analyzeBytes } from '../../services/miner-service';
import { inputFile } from './schemas';
import { defineHandlers } from './types';

export const minerHandlers = () =>
  defineHandlers({
    'miner:analyze': {
      args: z.tuple([inputFile]),
      run: (file) => analyzeBytes(file.fileName, Buffer.from(file.base64, 'base64')),
    },
  });
