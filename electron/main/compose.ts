import { LibraryStore } from '../services/store/library-store';
import { openCollection } from '../services/store/collection';
import { TemplateLibrary, userTemplateSchema } from '../services/templates/template-library';
import { draftHandlers } from './handlers/draft-handlers';
import { exportHandlers } from './handlers/export-handlers';
import { libraryHandlers } from './handlers/library-handlers';
import { minerHandlers } from './handlers/miner-handlers';
import { templateHandlers } from './handlers/template-handlers';
import type { Handlers } from './handlers/types';

export interface AppCore {
  handlers: Handlers;
  store: LibraryStore;
}

/** The composition root both hosts share: services in dependency order, then their handlers. */
export async function composeApp(paths: {
  dataDir: string;
  templatesDir: string;
}): Promise<AppCore> {
  const templates = new TemplateLibrary(paths.templatesDir);
  await templates.load();
  templates.attachUserTemplates(
    await openCollection(paths.dataDir, 'user-templates', userTemplateSchema),
  );
  const store = new LibraryStore(paths.dataDir);
  await store.open();
  const handlers: Handlers = {
    ...templateHandlers(templates),
    ...draftHandlers(store, templates),
    ...exportHandlers(store),
    ...libraryHandlers(store),
    ...minerHandlers(),
  };
  return { handlers, store };
}
