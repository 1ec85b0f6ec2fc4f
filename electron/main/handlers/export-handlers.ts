import { z } from 'zod';
import { exportFileName } from '../../core/draft/file-name';
import { draftToDocx } from '../../services/export/docx-export';
import { draftToTxt } from '../../services/export/txt-export';
import type { LibraryStore } from '../../services/store/library-store';
import { docxOptions, id, txtOptions } from './schemas';
import { defineHandlers } from './types';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export const exportHandlers = (store: LibraryStore) =>
  defineHandlers({
    'export:docx': {
      args: z.tuple([id, docxOptions]),
      run: async (did, options) => {
        const draft = await store.getDraft(did);
        return {
          fileName: exportFileName(draft.title, 'docx'),
          base64: base64(await draftToDocx(draft, options)),
        };
      },
    },
    'export:txt': {
      args: z.tuple([id, txtOptions]),
      run: async (did, options) => {
        const draft = await store.getDraft(did);
        return {
          fileName: exportFileName(draft.title, 'txt'),
          base64: base64(draftToTxt(draft, options)),
        };
      },
    },
  });
