import { z } from 'zod';
import { analyzeBytes } from '../../services/miner-service';
import {
  rememberImportedEssays,
  type ImportedEssay,
} from '../../services/similarity/source-essays';
import type { Collection } from '../../services/store/collection';
import { partsToText } from '../../services/templates/template-data';
import { summaryOf, type TemplateLibrary } from '../../services/templates/template-library';
import {
  importReport,
  packOf,
  templatesFromAnalysis,
  unpack,
  userTemplateFrom,
} from '../../services/templates/user-templates';
import { id, inputFile, slotData } from './schemas';
import { defineHandlers } from './types';

const source = z.string().max(1_048_576);

const toBase64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

export const templateHandlers = (
  templates: TemplateLibrary,
  importedEssays?: Collection<ImportedEssay>,
) =>
  defineHandlers({
    'templates:list': { args: z.tuple([]), run: () => templates.list() },
    'templates:get': { args: z.tuple([id]), run: (tid) => templates.get(tid) },
    'templates:render': {
      args: z.tuple([id, slotData]),
      run: async (tid, data) => ({ text: partsToText(await templates.render(tid, data)) }),
    },
    'templates:importEssays': {
      args: z.tuple([inputFile]),
      run: async (file) => {
        const analysis = await analyzeBytes(file.fileName, Buffer.from(file.base64, 'base64'));
        const made = templatesFromAnalysis(analysis);
        for (const t of made) await templates.saveUser(t);
        // the essays' text, for the overlap check (查重) to compare drafts with
        if (importedEssays) await rememberImportedEssays(importedEssays, analysis);
        return importReport(analysis, made);
      },
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
    'templates:deleteUser': {
      args: z.tuple([id]),
      run: async (tid) => {
        await templates.deleteUser(tid);
        return { id: tid };
      },
    },
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
  });
