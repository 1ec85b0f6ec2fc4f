/**
 * The one contract between the renderer and whichever host runs the handlers (Electron main
 * over IPC, or the browser host over HTTP). Channel names are `namespace:verb`.
 */
import type { Analysis, Genre } from './analysis';
import type { FormulaLibrary } from './formulas';
import type { DraftReport, OverlapReport } from './checks';
import type {
  ClipboardExport,
  CreateDraftInput,
  DiffPart,
  DocxOptions,
  Draft,
  DraftSummary,
  DraftVersion,
  ExportedFile,
  HtmlOptions,
  ImportOptions,
  ImportProgress,
  ImportReport,
  InputFile,
  LibraryRestoreResult,
  SaveOptions,
  Template,
  TemplateProblem,
  TemplateSummary,
  TrashedDraft,
  TxtOptions,
  UserTemplateInput,
} from './model';
import type { OutlineSummary } from './outline';
import type { Phrase, PhraseInput, PhraseQuery, PhraseSuggestion } from './phrases';
import type { Result } from './result';

export interface Contract {
  'templates:list': { args: []; result: TemplateSummary[] };
  'templates:get': { args: [id: string]; result: Template };
  /** Mines an essay file into user templates, with the titles the user corrected. */
  'templates:importEssays': {
    args: [file: InputFile, options?: ImportOptions];
    result: ImportReport;
  };
  /** The imports running now and how far each has got, for a progress bar. */
  'templates:importProgress': { args: []; result: ImportProgress[] };
  'templates:validate': { args: [source: string]; result: TemplateProblem[] };
  'templates:preview': {
    args: [source: string, data: Record<string, unknown>];
    result: { text: string };
  };
  'templates:saveUser': { args: [input: UserTemplateInput]; result: TemplateSummary };
  'templates:deleteUser': { args: [id: string]; result: { id: string } };
  'templates:exportPack': { args: [ids: string[]]; result: ExportedFile };
  'templates:importPack': { args: [file: InputFile]; result: TemplateSummary[] };
  'templates:render': {
    args: [id: string, data: Record<string, unknown>];
    result: { text: string };
  };
  /** The saved draft as the user's own template: headings and formulas kept, bodies as hints. */
  'templates:fromDraft': { args: [draftId: string, name: string]; result: TemplateSummary };
  /** Titles, subtitles, openings and closings as formulas, the genre's own first. */
  'templates:formulas': { args: [genre: Genre | null]; result: FormulaLibrary };
  'drafts:create': { args: [input: CreateDraftInput]; result: Draft };
  'drafts:get': { args: [id: string]; result: Draft };
  'drafts:list': { args: []; result: DraftSummary[] };
  /** Refused as `stale` when the draft changed since `draft.updatedAt`; see SaveOptions. */
  'drafts:save': { args: [draft: Draft, options?: SaveOptions]; result: Draft };
  'drafts:delete': { args: [id: string]; result: { id: string } };
  /** Outlines: a saved draft's title, numbering and headings kept under a name, no body text. */
  'outlines:list': { args: []; result: OutlineSummary[] };
  'outlines:save': { args: [draftId: string, name: string]; result: OutlineSummary };
  'outlines:rename': { args: [id: string, name: string]; result: OutlineSummary };
  'outlines:delete': { args: [id: string]; result: { id: string } };
  /** Keeps the saved state of a draft as a version (Ctrl+S). */
  'history:snapshot': { args: [draftId: string]; result: DraftVersion };
  'history:list': { args: [draftId: string]; result: DraftVersion[] };
  /** `from` and `to` are version ids or 'current' (the saved draft). */
  'history:compare': { args: [draftId: string, from: string, to: string]; result: DiffPart[] };
  'history:restore': { args: [draftId: string, versionId: string]; result: Draft };
  'trash:list': { args: []; result: TrashedDraft[] };
  'trash:restore': { args: [id: string]; result: DraftSummary };
  /** The whole library as a zip, for the user to keep. */
  'library:backup': { args: []; result: ExportedFile };
  'library:restore': { args: [file: InputFile]; result: LibraryRestoreResult };
  'export:docx': { args: [draftId: string, options: DocxOptions]; result: ExportedFile };
  'export:txt': { args: [draftId: string, options: TxtOptions]; result: ExportedFile };
  /** Rich text and plain text for the clipboard (the renderer cannot build them: types only). */
  'export:html': { args: [draftId: string, options: HtmlOptions]; result: ClipboardExport };
  'miner:analyze': { args: [file: InputFile]; result: Analysis };
  /** 查重: where the saved draft overlaps the corpus essays and the user's imported essays. */
  'checks:overlap': { args: [draftId: string]; result: OverlapReport };
  /** 字数 by part, parallelism, placeholders left and overlap, for the saved draft. */
  'checks:report': { args: [draftId: string]; result: DraftReport };
  /** 素材库: the user's own phrases first, then the essays' phrases, most used first. */
  'phrases:search': { args: [query: PhraseQuery]; result: Phrase[] };
  /** Keeps a phrase as the user's own (starred or typed in); the same words twice are one. */
  'phrases:save': { args: [input: PhraseInput]; result: Phrase };
  'phrases:delete': { args: [id: string]; result: { id: string } };
  /** For a passage 查重 flagged: the essays' phrases in it, each with less-worn ones of its kind. */
  'phrases:suggest': { args: [passage: string]; result: PhraseSuggestion[] };
}

export type Channel = keyof Contract;
export type ArgsOf<C extends Channel> = Contract[C]['args'];
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** Every channel, for the preload to build window.api from; `satisfies` keeps it complete. */
export const CHANNELS = [
  'templates:list',
  'templates:get',
  'templates:importEssays',
  'templates:importProgress',
  'templates:validate',
  'templates:preview',
  'templates:saveUser',
  'templates:deleteUser',
  'templates:exportPack',
  'templates:importPack',
  'templates:render',
  'templates:fromDraft',
  'templates:formulas',
  'drafts:create',
  'drafts:get',
  'drafts:list',
  'drafts:save',
  'drafts:delete',
  'outlines:list',
  'outlines:save',
  'outlines:rename',
  'outlines:delete',
  'history:snapshot',
  'history:list',
  'history:compare',
  'history:restore',
  'trash:list',
  'trash:restore',
  'library:backup',
  'library:restore',
  'export:docx',
  'export:txt',
  'export:html',
  'miner:analyze',
  'checks:overlap',
  'checks:report',
  'phrases:search',
  'phrases:save',
  'phrases:delete',
  'phrases:suggest',
] as const satisfies readonly Channel[];

type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
/** Fails to compile when a channel is declared in Contract but missing from CHANNELS. */
export const channelsComplete: [Missing] extends [never] ? true : Missing = true;

type NamespaceOf<C> = C extends `${infer N}:${string}` ? N : never;
type VerbOf<C, N extends string> = C extends `${N}:${infer V}` ? V : never;
export type Namespace = NamespaceOf<Channel>;

/** What the renderer calls: `api.drafts.get(id)`. */
export type Api = {
  [N in Namespace]: {
    [V in VerbOf<Channel, N>]: `${N}:${V}` extends infer C extends Channel
      ? (...args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>
      : never;
  };
};

export function splitChannel(channel: Channel): [Namespace, string] {
  const [ns, verb] = channel.split(':') as [Namespace, string];
  return [ns, verb];
}

export const isChannel = (name: string): name is Channel =>
  (CHANNELS as readonly string[]).includes(name);

/** Name of the global the preload exposes. */
export const API_GLOBAL = 'api';

/** Commands the desktop menu sends to the page; the page also binds the same shortcuts itself. */
export type MenuCommand = 'new-draft' | 'import' | 'save' | 'export-docx' | 'search' | 'phrases';

/** Events main pushes to the renderer: name → payload. */
export interface Events {
  'menu:command': MenuCommand;
}

export type EventName = keyof Events;

export const EVENTS = ['menu:command'] as const satisfies readonly EventName[];

/** What the preload exposes beside the api, for subscribing to main's events. */
export interface EventBridge {
  on: <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => () => void;
}

export const EVENTS_GLOBAL = 'fanshiEvents';
