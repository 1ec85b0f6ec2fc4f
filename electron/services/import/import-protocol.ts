import type { Analysis } from '../../shared/analysis';
import type { ImportStage } from '../../shared/model';
import type { ErrorCode } from '../../shared/result';
import type { FormulaLibrary } from '../../shared/formulas';
import type { MinedImport } from './mine-file';

/** What the host hands an import worker. */
export type ImportJob = { fileName: string; bytes: Uint8Array } & (
  { kind: 'analyze' } | { kind: 'mine'; options: MineOptions }
);

/** What making templates needs beside the file: the user's corrected titles, the formulas. */
export interface MineOptions {
  titles: ReadonlyArray<string | null> | null;
  formulas: FormulaLibrary;
}

export type JobResult<K extends ImportJob['kind']> = K extends 'analyze' ? Analysis : MinedImport;

/** What an import worker sends back: stages as it goes, then one outcome. */
export type WorkerMessage =
  | { type: 'stage'; stage: ImportStage }
  | { type: 'done'; value: Analysis | MinedImport }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'crashed'; detail: string };
