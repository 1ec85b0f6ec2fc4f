import { OWN_PHRASES, ownPhraseSchema, PhraseService } from '../services/phrases/phrase-service';
import { ImportTracker } from '../services/import/import-progress';
import { ImportRunner } from '../services/import/run-import';
import { LibraryStore } from '../services/store/library-store';
import { OverlapService } from '../services/similarity/overlap-service';
import { IMPORTED_ESSAYS, importedEssaySchema } from '../services/similarity/source-essays';
import { openCollection } from '../services/store/collection';
import { FormulaService } from '../services/templates/formula-service';
import { TemplateLibrary, userTemplateSchema } from '../services/templates/template-library';
import { checkHandlers } from './handlers/check-handlers';
import { draftHandlers } from './handlers/draft-handlers';
import { exportHandlers } from './handlers/export-handlers';
import { historyHandlers } from './handlers/history-handlers';
import { libraryHandlers } from './handlers/library-handlers';
import { minerHandlers } from './handlers/miner-handlers';
import { outlineHandlers } from './handlers/outline-handlers';
import { phraseHandlers } from './handlers/phrase-handlers';
import { templateHandlers } from './handlers/template-handlers';
import { trashHandlers } from './handlers/trash-handlers';
import type { Handlers } from './handlers/types';

export interface AppCore {
  handlers: Handlers;
  store: LibraryStore;
  /** What the library had to repair since last asked; each warning is handed out once. */
  warnings: () => string[];
}

/** The composition root both hosts share: services in dependency order, then their handlers. */
export async function composeApp(paths: {
  dataDir: string;
  templatesDir: string;
  /** The sample essays the overlap check compares with; see resolveCorpusDir. */
  corpusDir: string;
  /** Load an import worker now, so that the first import starts at once (the hosts do). */
  warmImports?: boolean;
}): Promise<AppCore> {
  const templates = new TemplateLibrary(paths.templatesDir);
  await templates.load();
  templates.attachUserTemplates(
    await openCollection(paths.dataDir, 'user-templates', userTemplateSchema),
  );
  const store = new LibraryStore(paths.dataDir);
  await store.open();
  const importedEssays = await openCollection(paths.dataDir, IMPORTED_ESSAYS, importedEssaySchema);
  const overlap = new OverlapService({
    dataDir: paths.dataDir,
    corpusDir: paths.corpusDir,
    imported: importedEssays,
  });
  const formulas = new FormulaService({
    shipped: () => templates.shippedFormulas(),
    imported: importedEssays,
  });
  const ownPhrases = await openCollection(paths.dataDir, OWN_PHRASES, ownPhraseSchema);
  // the user's own 素材 are theirs as their drafts are: backed up and restored with them
  store.keepInBackups({ folder: OWN_PHRASES, collection: ownPhrases, schema: ownPhraseSchema });
  const phrases = new PhraseService({
    corpusDir: paths.corpusDir,
    imported: importedEssays,
    own: ownPhrases,
    formulas: () => formulas.library(),
  });
  const imports = new ImportRunner();
  if (paths.warmImports) imports.warm();
  const importing = { runner: imports, tracker: new ImportTracker() };
  const handlers: Handlers = {
    ...templateHandlers(templates, store, formulas, importing, importedEssays),
    ...draftHandlers(store, templates),
    ...outlineHandlers(store),
    ...exportHandlers(store),
    ...historyHandlers(store),
    ...trashHandlers(store),
    ...libraryHandlers(store),
    ...minerHandlers(importing),
    ...checkHandlers(store, overlap),
    ...phraseHandlers(phrases),
  };
  return { handlers, store, warnings: () => store.takeWarnings() };
}
