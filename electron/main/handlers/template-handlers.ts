import { z } from 'zod';
import { partsToText } from '../../services/templates/template-data';
import type { TemplateLibrary } from '../../services/templates/template-library';
import { id, slotData } from './schemas';
import { defineHandlers } from './types';

export const templateHandlers = (templates: TemplateLibrary) =>
  defineHandlers({
    'templates:list': { args: z.tuple([]), run: () => templates.list() },
    'templates:get': { args: z.tuple([id]), run: (tid) => templates.get(tid) },
    'templates:render': {
      args: z.tuple([id, slotData]),
      run: async (tid, data) => ({ text: partsToText(await templates.render(tid, data)) }),
    },
  });
