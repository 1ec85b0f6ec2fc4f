import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../shared/result';

/** What a template's structure helpers collected; plain text when it used none. */
export interface RenderedParts {
  title: string;
  opening: string[];
  sections: Array<{
    level: number;
    scheme: string;
    inline: boolean;
    heading: string;
    body: string[];
  }>;
  closing: string[];
  /** True when the template marked its structure with the title/heading/body helpers. */
  structured: boolean;
  text: string;
}

export const RENDER_LIMITS = { timeoutMs: 1_000, maxOutputChars: 2_000_000, heapMb: 128 } as const;

/**
 * The worker is inline CommonJS so it runs the same under tsx, Vitest and a bundled build; it
 * loads Handlebars from a path resolved here. Handlebars compiles with `new Function`: a user
 * template is an untrusted program, so it runs here with a small heap and is killed after the
 * deadline. The structure helpers record title, sections and closing as they render, which is
 * how a template becomes a draft without parsing its text back.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Handlebars = require(workerData.handlebarsPath);
Handlebars.logger.level = 'silent';
const hbs = Handlebars.create();
const cache = new Map();
const text = (s) => String(s).replace(/\\r\\n?/g, '\\n');
const paras = (s) => text(s).split('\\n').map((p) => p.trim()).filter((p) => p.length > 0);
const out = (options) => options.data && options.data.out;
hbs.registerHelper('title', function (options) {
  const o = out(options); o.structured = true; o.title = paras(options.fn(this)).join(''); return '';
});
hbs.registerHelper('opening', function (options) {
  const o = out(options); o.structured = true; o.opening.push(...paras(options.fn(this))); return '';
});
hbs.registerHelper('heading', function (options) {
  const o = out(options); o.structured = true;
  const h = options.hash || {};
  const level = Math.min(Math.max(Number(h.level) || 1, 1), 3);
  const schemes = String(h.schemes || 'none').split('|');
  o.sections.push({ level, scheme: schemes[level - 1] || 'none', inline: h.inline === true,
    heading: paras(options.fn(this)).join(''), body: [] });
  return '';
});
hbs.registerHelper('body', function (options) {
  const o = out(options); o.structured = true;
  const target = o.sections.length > 0 ? o.sections[o.sections.length - 1].body : o.opening;
  target.push(...paras(options.fn(this))); return '';
});
hbs.registerHelper('closing', function (options) {
  const o = out(options); o.structured = true; o.closing.push(...paras(options.fn(this))); return '';
});
const KNOWN = { title: true, opening: true, heading: true, body: true, closing: true,
  each: true, if: true, unless: true, with: true, lookup: true };
// A string past V8's length limit or an array past its size is output gone too far, not recursion.
const SIZE = /Invalid (string|array|typed array) length|Array buffer allocation failed/;
parentPort.on('message', ({ source, data }) => {
  try {
    let fn = cache.get(source);
    if (!fn) {
      fn = hbs.compile(source, { noEscape: true, strict: false, knownHelpers: KNOWN, knownHelpersOnly: true });
      cache.set(source, fn);
    }
    const o = { title: '', opening: [], sections: [], closing: [], structured: false };
    const rendered = fn(data, { data: { out: o } });
    const size = rendered.length + JSON.stringify(o).length;
    if (size > workerData.maxOutputChars) {
      parentPort.postMessage({ ok: false, code: 'too_large', message: 'output' });
      return;
    }
    parentPort.postMessage({ ok: true, parts: { ...o, text: text(rendered) } });
  } catch (e) {
    const message = String((e && e.message) || e);
    const code = e instanceof RangeError ? (SIZE.test(message) ? 'too_large' : 'too_deep') : 'template_error';
    parentPort.postMessage({ ok: false, code, message });
  }
});
`;

function handlebarsPath(): string {
  const req =
    typeof require === 'function' ? require : createRequire(join(process.cwd(), 'index.js'));
  return req.resolve('handlebars');
}

type Reply =
  | { ok: true; parts: RenderedParts }
  | { ok: false; code: 'too_large' | 'too_deep' | 'template_error'; message: string };

interface Job {
  source: string;
  data: Record<string, unknown>;
  resolve: (parts: RenderedParts) => void;
  reject: (e: AppFailure) => void;
}

/** What went wrong in a template, in Chinese, and where when Handlebars said so. */
export class TemplateFailure extends AppFailure {
  constructor(
    code: 'template_error' | 'too_large' | 'timeout',
    readonly problem: string,
    readonly at: { line: number; column: number } | null = null,
  ) {
    super(code, at ? `模板第 ${at.line} 行第 ${at.column} 列:${problem}` : problem);
  }
}

/** Handlebars' run-time messages are English: the ones a template can cause, in Chinese. */
const HANDLEBARS_TEXT: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/unknown helper ([^\s]+)/u, (m) => `未知的辅助函数 ${m[1] ?? ''}`],
  [/Must pass iterator to #each/u, () => '#each 后面要写一个列表的名称'],
  [/#(\w+) requires exactly one argument/u, (m) => `#${m[1] ?? ''} 后面要写且只写一个名称`],
  [
    /fn is not a function|inverse is not a function/u,
    () => '块辅助函数要成对地写成 {{#名称}}…{{/名称}}',
  ],
  [/Missing helper: "?([^"\s]+)"?/u, (m) => `未知的辅助函数 ${m[1] ?? ''}`],
];

function templateFailureOf(reply: Reply & { ok: false }): TemplateFailure {
  if (reply.code === 'too_large') return new TemplateFailure('too_large', '模板输出超过 2 MB 上限');
  if (reply.code === 'too_deep') {
    return new TemplateFailure('template_error', '模板递归过深(是否有自我引用?)');
  }
  const where = / - (\d+):(\d+)/u.exec(reply.message);
  const at = where ? { line: Number(where[1]), column: Number(where[2]) + 1 } : null;
  for (const [pattern, say] of HANDLEBARS_TEXT) {
    const m = pattern.exec(reply.message);
    if (m) return new TemplateFailure('template_error', say(m), at);
  }
  return new TemplateFailure('template_error', '模板无法渲染,请检查它的写法', at);
}

const timedOut = (ms: number): TemplateFailure =>
  new TemplateFailure('timeout', `模板渲染超过 ${ms / 1000} 秒,已中止`);

/**
 * One long-lived render worker, given one job at a time: a job's deadline starts when the worker
 * takes it, not while it waits behind others. A worker that overruns, runs out of memory or dies
 * is replaced; only the job it was running fails.
 */
export class TemplateRenderer {
  private worker: Worker | null = null;
  private online: Promise<void> = Promise.resolve();
  private readonly queue: Job[] = [];
  private running: { job: Job; timer?: ReturnType<typeof setTimeout> } | null = null;

  constructor(private readonly timeoutMs: number = RENDER_LIMITS.timeoutMs) {}

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        handlebarsPath: handlebarsPath(),
        maxOutputChars: RENDER_LIMITS.maxOutputChars,
      },
      resourceLimits: {
        maxOldGenerationSizeMb: RENDER_LIMITS.heapMb,
        maxYoungGenerationSizeMb: 16,
      },
    });
    this.online = new Promise((resolve) => worker.once('online', () => resolve()));
    const mine = (): boolean => this.worker === worker;
    worker.on('message', (reply: Reply) => {
      if (!mine()) return;
      if (reply.ok) this.finish({ parts: reply.parts });
      else this.finish({ failure: templateFailureOf(reply) });
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (!mine()) return;
      this.worker = null;
      this.finish({
        failure:
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new TemplateFailure('too_large', '模板渲染超出内存限制')
            : new TemplateFailure('template_error', '模板渲染进程出错,请重试'),
      });
    });
    worker.on('exit', () => {
      if (!mine()) return;
      // A worker only dies under a render when the template ran it out of memory.
      this.worker = null;
      this.finish({ failure: new TemplateFailure('too_large', '模板渲染超出内存限制') });
    });
    // After the listeners, which would hold the port: an idle worker keeps no process alive.
    worker.unref();
    return worker;
  }

  render(source: string, data: Record<string, unknown>): Promise<RenderedParts> {
    return new Promise<RenderedParts>((resolve, reject) => {
      this.queue.push({ source, data, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    const worker = (this.worker ??= this.spawn());
    // Busy, the worker keeps the process alive until the job is answered; idle, it does not.
    worker.ref();
    const running: { job: Job; timer?: ReturnType<typeof setTimeout> } = { job };
    this.running = running;
    // The deadline is for the template, not for starting the worker on a busy machine.
    void this.online.then(() => {
      if (this.running !== running) return;
      try {
        worker.postMessage({ source: job.source, data: job.data });
      } catch (e) {
        // Data that cannot be copied to the worker (too big, or not plain data).
        this.finish({
          failure:
            e instanceof RangeError
              ? new TemplateFailure('too_large', '填写的内容过多,无法渲染')
              : new TemplateFailure('template_error', '填写的内容无法用于渲染模板'),
        });
        return;
      }
      running.timer = setTimeout(() => {
        if (this.running !== running) return;
        // A runaway render cannot be interrupted: replace the worker.
        this.worker = null;
        void worker.terminate();
        this.finish({ failure: timedOut(this.timeoutMs) });
      }, this.timeoutMs);
    });
  }

  /** Settles the running job, clears its deadline and starts the next one. */
  private finish(outcome: { parts: RenderedParts } | { failure: AppFailure }): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = null;
    if ('parts' in outcome) running.job.resolve(outcome.parts);
    else running.job.reject(outcome.failure);
    if (this.queue.length === 0) this.worker?.unref();
    this.next();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    for (const job of this.queue.splice(0))
      job.reject(new AppFailure('internal', '模板渲染已停止'));
    if (w) await w.terminate();
  }
}
