import { z } from 'zod';
import { draftFromOutline } from '../../core/draft/outline';
import { draftFromTextFile } from '../../services/import/draft-file';
import type { LibraryStore } from '../../services/store/library-store';
import { partsToDraft } from '../../services/templates/template-data';
import type { TemplateLibrary } from '../../services/templates/template-library';
import type { CreateDraftInput, Draft } from '../../shared/model';
import { deleteHandler } from './delete-handler';
import { createDraftInput, draft, id, saveOptions } from './schemas';
import { defineHandlers } from './types';

type NewDraft = Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>;

async function newDraftParts(
  input: CreateDraftInput,
  store: LibraryStore,
  templates: TemplateLibrary,
): Promise<NewDraft> {
  if ('templateId' in input) {
    const parts = await templates.render(input.templateId, input.data);
    return { ...partsToDraft(parts), templateId: input.templateId };
  }
  if ('outlineId' in input) return draftFromOutline(store.getOutline(input.outlineId));
  if ('file' in input) return draftFromTextFile(input.file);
  return {
    title: input.title,
    templateId: null,
    opening: '',
    sections: [],
    closing: '',
    numbering: [],
  };
}

export const draftHandlers = (store: LibraryStore, templates: TemplateLibrary) =>
  defineHandlers({
    'drafts:create': {
      args: z.tuple([createDraftInput]),
      run: async (input) => store.insertDraft(await newDraftParts(input, store, templates)),
    },
    // Opening in the editor: a draft idle for 5 minutes gets a version first.
    'drafts:get': { args: z.tuple([id]), run: (did) => store.openDraft(did) },
    'drafts:list': { args: z.tuple([]), run: () => store.listDrafts() },
    'drafts:save': {
      args: z.tuple([draft, saveOptions.optional()]),
      run: (d, options) => store.saveDraft(d, options),
    },
    'drafts:delete': deleteHandler((did) => store.deleteDraft(did)),
  });
