/**
 * The worker an import runs in (see ImportRunner): decoding, HTML to text, mining and making
 * templates, away from the thread that answers every other call.
 */
import { parentPort } from 'node:worker_threads';
import type { ImportStage } from '../../shared/model';
import { AppFailure } from '../../shared/result';
import { analyzeBytes } from '../miner-service';
import { mineFile } from './mine-file';
import type { ImportJob, WorkerMessage } from './import-protocol';

const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

async function run(job: ImportJob): Promise<void> {
  const onStage = (stage: ImportStage): void => post({ type: 'stage', stage });
  try {
    const value =
      job.kind === 'analyze'
        ? await analyzeBytes(job.fileName, job.bytes, onStage)
        : await mineFile(job.fileName, job.bytes, onStage, job.options);
    post({ type: 'done', value });
  } catch (e) {
    if (e instanceof AppFailure) post({ type: 'failed', code: e.code, message: e.message });
    else post({ type: 'crashed', detail: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

// Jobs come one at a time: the host sends the next only once this one has answered.
parentPort?.on('message', (job: ImportJob) => void run(job));
