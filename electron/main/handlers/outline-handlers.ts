import { z } from 'zod';
import type { LibraryStore } from '../../services/store/library-store';
import { summaryOf, type TemplateLibrary } from '../../services/templates/template-library';
import { userTemplateFromDraft } from '../../services/templates/user-templates';
import type { Template } from '../../shared/model';
import { id } from './schemas';
import { defineHandlers } from './types';

/**
 * Any text up to a sane size: the store trims and limits names itself, with a message the user
 * can act on, where a schema failure could only say "参数不正确".
 */
const name = z.string().max(1_000);

/**
 * Reuse: a draft's structure kept as a named outline to start new drafts from, or made into a
 * template of the user's own.
 */
export const outlineHandlers = (store: LibraryStore, templates: TemplateLibrary) => {
  /** The template a draft was made from, unless it has been deleted since. */
  const sourceTemplate = (templateId: string | null): Template | null => {
    if (templateId === null) return null;
    try {
      return templates.get(templateId);
    } catch {
      return null;
    }
  };

  return defineHandlers({
    'outlines:list': { args: z.tuple([]), run: () => store.listOutlines() },
    'outlines:save': {
      args: z.tuple([id, name]),
      run: (draftId, outlineName) => store.saveOutline(draftId, outlineName),
    },
    'outlines:rename': {
      args: z.tuple([id, name]),
      run: (oid, outlineName) => store.renameOutline(oid, outlineName),
    },
    'outlines:delete': {
      args: z.tuple([id]),
      run: async (oid) => {
        await store.deleteOutline(oid);
        return { id: oid };
      },
    },
    'templates:fromDraft': {
      args: z.tuple([id, name]),
      run: async (draftId, templateName) => {
        const draft = await store.getDraft(draftId);
        const made = userTemplateFromDraft(draft, templateName, sourceTemplate(draft.templateId));
        return summaryOf(await templates.saveUser(made));
      },
    },
  });
};
