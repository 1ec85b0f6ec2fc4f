import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../shared/result';
import { assertSafeZip } from './zip-check';

/**
 * .docx → raw text with mammoth, in a worker with a small heap and a deadline, after the zip's
 * directory passed the size checks. The worker is an inline CommonJS script so that it runs the
 * same under tsx, vitest and a bundled build; it loads mammoth from a path resolved here.
 */

const TIMEOUT_MS = 30_000;
const HEAP_MB = 256;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const mammoth = require(workerData.mammothPath);
mammoth
  .extractRawText({ buffer: Buffer.from(workerData.bytes) })
  .then(
    (r) => parentPort.postMessage({ ok: true, text: r.value }),
    (e) => parentPort.postMessage({ ok: false, message: String((e && e.message) || e) }),
  );
`;

function mammothPath(): string {
  const req =
    typeof require === 'function' ? require : createRequire(join(process.cwd(), 'index.js'));
  return req.resolve('mammoth');
}

/** mammoth's own messages are English and name its internals ("Bug : …"): never shown. */
const unreadable = (): AppFailure =>
  new AppFailure('unsupported_input', '无法读取这个 Word 文档：文件已损坏，或不是 .docx 格式。');

type WorkerReply = { ok: true; text: string } | { ok: false; message: string };

function isReply(v: unknown): v is WorkerReply {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { ok?: unknown; text?: unknown; message?: unknown };
  return (
    (r.ok === true && typeof r.text === 'string') ||
    (r.ok === false && typeof r.message === 'string')
  );
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  assertSafeZip(bytes);
  const copy = new Uint8Array(bytes);
  return new Promise<string>((resolvePromise, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { mammothPath: mammothPath(), bytes: copy },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const finish = (err: AppFailure | null, text?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (err) reject(err);
      else resolvePromise(text ?? '');
    };
    const timer = setTimeout(
      () => finish(new AppFailure('timeout', 'Word 文档解析超时，文件可能过大或已损坏')),
      TIMEOUT_MS,
    );
    worker.on('message', (msg: unknown) => {
      if (!isReply(msg)) finish(new AppFailure('internal', 'Word 文档解析返回了无法识别的结果'));
      else if (msg.ok) finish(null, msg.text);
      else finish(unreadable());
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(new AppFailure('too_large', 'Word 文档内容过大，解析时超出内存限制'));
      } else finish(unreadable());
    });
    worker.on('exit', (code) => {
      if (!settled) finish(new AppFailure('internal', `Word 文档解析进程意外退出（${code}）`));
    });
  });
}
