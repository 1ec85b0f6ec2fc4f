import type { Analysis } from '../../shared/analysis';
import type { ImportStage } from '../../shared/model';
import type { ErrorCode } from '../../shared/result';
import type { MinedFile } from './mine-file';

/** What the host hands an import worker. */
export type ImportJob = { fileName: string; bytes: Uint8Array } & (
  { kind: 'analyze' } | { kind: 'mine' }
);

export type JobResult<K extends ImportJob['kind']> = K extends 'analyze' ? Analysis : MinedFile;

/** What an import worker sends back: stages as it goes, then one outcome. */
export type WorkerMessage =
  | { type: 'stage'; stage: ImportStage }
  | { type: 'done'; value: Analysis | MinedFile }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'crashed'; detail: string };
