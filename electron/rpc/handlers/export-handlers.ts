import { z } from 'zod';
import { draftToHtml } from '../../core/draft/draft-html';
import { exportFileName } from '../../core/draft/file-name';
import { draftToIndentedText } from '../../core/draft/draft-text';
import { exportWarnings } from '../../core/draft/export-warnings';
import { withChinesePunctuation } from '../../core/draft/punctuation';
import { xmlSafeDraft, xmlSafeWarnings } from '../../core/draft/xml-safe';
import { draftToDocx } from '../../services/export/docx-export';
import { draftToTxt } from '../../services/export/txt-export';
import type { LibraryStore } from '../../services/store/library-store';
import { docxOptions, htmlOptions, id, txtOptions } from './schemas';
import { defineHandlers } from './types';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export const exportHandlers = (store: LibraryStore) =>
  defineHandlers({
    'export:docx': {
      args: z.tuple([id, docxOptions]),
      run: async (did, options) => {
        const { draft, removed } = xmlSafeDraft(await store.getDraft(did));
        return {
          fileName: exportFileName(draft.title, 'docx'),
          base64: base64(await draftToDocx(draft, options)),
          warnings: [...exportWarnings(draft), ...xmlSafeWarnings(removed)],
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
          warnings: exportWarnings(draft),
        };
      },
    },
    'export:html': {
      args: z.tuple([id, htmlOptions]),
      run: async (did, options) => {
        const draft = await store.getDraft(did);
        return {
          html: draftToHtml(draft, options.preset ?? 'gbt9704', options.fontScheme),
          text: draftToIndentedText(withChinesePunctuation(draft), '\n'),
          warnings: exportWarnings(draft),
        };
      },
    },
  });
