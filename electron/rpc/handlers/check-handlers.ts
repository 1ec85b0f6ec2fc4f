import { z } from 'zod';
import { draftReport } from '../../core/checks/draft-report';
import { draftToText } from '../../core/draft/draft-text';
import type { OverlapService } from '../../services/similarity/overlap-service';
import type { LibraryStore } from '../../services/store/library-store';
import { id } from './schemas';
import { defineHandlers } from './types';

/** Checks read the saved draft: the editor saves before it asks. */
export const checkHandlers = (store: LibraryStore, overlap: OverlapService) =>
  defineHandlers({
    'checks:overlap': {
      args: z.tuple([id]),
      run: async (did) => overlap.check(draftToText(await store.getDraft(did))),
    },
    'checks:report': {
      args: z.tuple([id]),
      run: async (did) => {
        const draft = await store.getDraft(did);
        return draftReport(draft, await overlap.check(draftToText(draft)));
      },
    },
  });
