import { z } from 'zod';
import { importedFileName } from '../../core/draft/file-name';
import type { ImportTracker } from '../../services/import/import-progress';
import type { ImportRunner } from '../../services/import/run-import';
import type { FormulaService } from '../../services/templates/formula-service';
import { GENRES } from '../../shared/analysis';
import {
  rememberImportedEssays,
  type ImportedEssay,
} from '../../services/similarity/source-essays';
import type { Collection } from '../../services/store/collection';
import type { LibraryStore } from '../../services/store/library-store';
import { partsToText } from '../../services/templates/template-data';
import { summaryOf, type TemplateLibrary } from '../../services/templates/template-library';
import { deleteHandler } from './delete-handler';
import {
  packOf,
  unpack,
  userTemplateFrom,
  userTemplateFromDraft,
} from '../../services/templates/user-templates';
import type { InputFile, Template } from '../../shared/model';
import { id, importOptions, inputFile, name, slotData } from './schemas';
import { defineHandlers } from './types';

const source = z.string().max(1_048_576);

const toBase64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A chosen file's bytes and the name to keep for it (base name, nothing invisible). */
export const fileParts = (file: InputFile): { fileName: string; bytes: Buffer } => ({
  fileName: importedFileName(file.fileName),
  bytes: Buffer.from(file.base64, 'base64'),
});

export const templateHandlers = (
  templates: TemplateLibrary,
  store: LibraryStore,
  formulas: FormulaService,
  imports: { runner: ImportRunner; tracker: ImportTracker },
  importedEssays?: Collection<ImportedEssay>,
) => {
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
    'templates:list': { args: z.tuple([]), run: () => templates.list() },
    'templates:get': { args: z.tuple([id]), run: (tid) => templates.get(tid) },
    'templates:render': {
      args: z.tuple([id, slotData]),
      run: async (tid, data) => ({ text: partsToText(await templates.render(tid, data)) }),
    },
    // Mining runs in a worker; here only the saving, which is file writes.
    'templates:importEssays': {
      args: z.tuple([inputFile, importOptions.optional()]),
      run: async (file, options) => {
        const { fileName, bytes } = fileParts(file);
        const progress = imports.tracker.start(fileName);
        try {
          const mined = await imports.runner.run('mine', fileName, bytes, progress.stage, {
            titles: options?.titles ?? null,
            formulas: formulas.library(),
          });
          const essays = importedEssays ? mined.essays : [];
          const total = mined.templates.length + essays.length;
          let done = 0;
          const saved = (): void => progress.saving(++done, total);
          progress.saving(0, total);
          for (const t of mined.templates) {
            await templates.saveUser(t);
            saved();
          }
          // the essays' text, for the overlap check (查重) to compare drafts with
          if (importedEssays) await rememberImportedEssays(importedEssays, fileName, essays, saved);
          return mined.report;
        } finally {
          progress.end();
        }
      },
    },
    'templates:importProgress': { args: z.tuple([]), run: () => imports.tracker.list() },
    'templates:formulas': {
      args: z.tuple([z.enum(GENRES).nullable()]),
      run: (genre) => formulas.ranked(genre),
    },
    'templates:validate': { args: z.tuple([source]), run: (src) => templates.validate(src) },
    'templates:preview': {
      args: z.tuple([source, slotData]),
      run: async (src, data) => ({ text: partsToText(await templates.renderSource(src, data)) }),
    },
    'templates:saveUser': {
      args: z.tuple([
        z.object({ basedOn: id.nullable(), name: z.string().max(200), source }).strict(),
      ]),
      run: async (input) => {
        const base = input.basedOn ? templates.get(input.basedOn) : null;
        return summaryOf(await templates.saveUser(userTemplateFrom(input, base)));
      },
    },
    'templates:deleteUser': deleteHandler((tid) => templates.deleteUser(tid)),
    'templates:exportPack': {
      args: z.tuple([z.array(id).min(1).max(500)]),
      run: (ids) => ({
        fileName: `范式模板包-${ids.length}个.json`,
        base64: toBase64(packOf(ids.map((t) => templates.get(t)))),
        warnings: [],
      }),
    },
    'templates:importPack': {
      args: z.tuple([inputFile]),
      run: async (file) => {
        const made = unpack(Buffer.from(file.base64, 'base64').toString('utf8'));
        for (const t of made) await templates.saveUser(t);
        return made.map(summaryOf);
      },
    },
    // a draft's structure made into a template of the user's own
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
