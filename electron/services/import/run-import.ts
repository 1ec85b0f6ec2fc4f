import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportStage } from '../../shared/model';
import { AppFailure } from '../../shared/result';
import type { ImportJob, JobResult, MineOptions, WorkerMessage } from './import-protocol';

/**
 * The most an import may take: 20 MB of text mines in seconds; a file that takes minutes or
 * gigabytes is refused instead of holding the machine.
 */
export const IMPORT_LIMITS = {
  maxBytes: 32 * 1024 * 1024,
  timeoutMs: 120_000,
  heapMb: 1536,
} as const;

const localRequire = (): NodeJS.Require =>
  typeof require === 'function' ? require : createRequire(join(process.cwd(), 'index.js'));

/**
 * Where the worker's code is. Built, it is a file of its own beside the main bundle; from
 * source (the browser host under tsx, tests) it is TypeScript, which tsx compiles as it loads.
 */
function workerFiles(): { entry: string; tsx: string | null } {
  if (!__filename.endsWith('.ts')) return { entry: join(__dirname, 'import-worker.js'), tsx: null };
  return { entry: join(__dirname, 'import-worker.ts'), tsx: localRequire().resolve('tsx/cjs/api') };
}

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.tsx) require(workerData.tsx).register();
require(workerData.entry);
`;

/** Refuses a file over IMPORT_LIMITS.maxBytes before any work is done on it. */
export function assertImportSize(bytes: number): void {
  if (bytes > IMPORT_LIMITS.maxBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    throw new AppFailure(
      'too_large',
      `文件过大(${mb(bytes)} MB):一次导入的文件最多 ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB。请把它分成几个文件再导入。`,
    );
  }
}

const internal = (): AppFailure =>
  new AppFailure('internal', '分析文件时出现内部错误,导入没有完成。');

/**
 * A worker that mined a file this big is ended afterwards, so that the memory goes with it;
 * after smaller files it is kept for the next import.
 */
const REUSE_BELOW_BYTES = 2 * 1024 * 1024;

/**
 * Runs import jobs in workers with a heap limit and a deadline, away from the thread that
 * answers every other call. A loaded worker is kept spare, because loading the miner takes
 * longer than mining a page; one that mined a big file, failed or overran is ended.
 */
export class ImportRunner {
  private spare: Worker | null = null;

  /** Loads a worker ahead of the next import. */
  warm(): void {
    this.spare ??= this.spawn();
  }

  private spawn(): Worker {
    const { entry, tsx } = workerFiles();
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { entry, tsx },
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.heapMb },
    });
    // A spare must not keep a process alive that is done (a CLI, a test).
    worker.unref();
    worker.once('exit', () => {
      if (this.spare === worker) this.spare = null;
    });
    return worker;
  }

  /** Mines `bytes` in a worker; they are handed over to it, so the caller must not use them after. */
  run<K extends ImportJob['kind']>(
    kind: K,
    fileName: string,
    bytes: Uint8Array,
    onStage: (stage: ImportStage) => void = () => undefined,
    options?: MineOptions,
  ): Promise<JobResult<K>> {
    assertImportSize(bytes.length);
    // making templates needs the formulas to offer: a 'mine' job without them is a mistake here
    if (kind === 'mine' && !options) return Promise.reject(internal());
    const worker = this.spare ?? this.spawn();
    this.spare = null;
    worker.ref();
    // Handed over, not copied, when the bytes have a buffer of their own (a decoded upload).
    const whole =
      bytes.buffer instanceof ArrayBuffer &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength;
    const copy = whole ? bytes : new Uint8Array(bytes);
    return new Promise<JobResult<K>>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: { value: JobResult<K> } | { failure: AppFailure }): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if ('value' in outcome && bytes.length < REUSE_BELOW_BYTES && !this.spare) {
          worker.unref();
          this.spare = worker;
        } else {
          void worker.terminate();
          this.warm();
        }
        if ('value' in outcome) resolve(outcome.value);
        else reject(outcome.failure);
      };
      const timer = setTimeout(() => {
        finish({
          failure: new AppFailure(
            'timeout',
            `文件分析超过 ${IMPORT_LIMITS.timeoutMs / 1000} 秒,已中止。文件可能过大或结构异常。`,
          ),
        });
      }, IMPORT_LIMITS.timeoutMs);
      const onMessage = (m: WorkerMessage): void => {
        if (m.type === 'stage') onStage(m.stage);
        else if (m.type === 'done') finish({ value: m.value as JobResult<K> });
        else if (m.type === 'failed') finish({ failure: new AppFailure(m.code, m.message) });
        else {
          console.error(`import of ${fileName}:`, m.detail);
          finish({ failure: internal() });
        }
      };
      const onError = (e: Error & { code?: string }): void => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          finish({
            failure: new AppFailure(
              'too_large',
              '文件内容过多,分析时超出了内存上限,导入没有完成。',
            ),
          });
          return;
        }
        console.error(`import of ${fileName}:`, e);
        finish({ failure: internal() });
      };
      const onExit = (): void => finish({ failure: internal() });
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      const job: ImportJob =
        kind === 'mine' && options
          ? { kind: 'mine', fileName, bytes: copy, options }
          : { kind: 'analyze', fileName, bytes: copy };
      worker.postMessage(job, [copy.buffer as ArrayBuffer]);
    });
  }

  /** Ends the spare worker (a running job ends with its own). */
  async close(): Promise<void> {
    const spare = this.spare;
    this.spare = null;
    await spare?.terminate();
  }
}
