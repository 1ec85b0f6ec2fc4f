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
parentPort.on('message', ({ id, source, data }) => {
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
      parentPort.postMessage({ id, ok: false, code: 'too_large', message: 'output' });
      return;
    }
    parentPort.postMessage({ id, ok: true, parts: { ...o, text: text(rendered) } });
  } catch (e) {
    const message = String((e && e.message) || e);
    const code = e instanceof RangeError ? 'too_deep' : 'template_error';
    parentPort.postMessage({ id, ok: false, code, message });
  }
});
`;

function handlebarsPath(): string {
  const req =
    typeof require === 'function' ? require : createRequire(join(process.cwd(), 'index.js'));
  return req.resolve('handlebars');
}

type Reply =
  | { id: number; ok: true; parts: RenderedParts }
  | { id: number; ok: false; code: string; message: string };

interface Pending {
  resolve: (parts: RenderedParts) => void;
  reject: (e: AppFailure) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** One long-lived render worker, replaced whenever a render overruns or exhausts its heap. */
export class TemplateRenderer {
  private worker: Worker | null = null;
  private online: Promise<void> = Promise.resolve();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

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
    worker.unref();
    this.online = new Promise((resolve) => worker.once('online', () => resolve()));
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (e: Error & { code?: string }) => {
      const failure =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppFailure('too_large', '模板渲染超出内存限制')
          : new AppFailure('template_error', `模板渲染失败:${e.message}`);
      this.failAll(failure);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      // A worker only dies under a render when the template ran it out of memory.
      this.failAll(
        code === 0
          ? new AppFailure('template_error', '模板渲染进程意外退出')
          : new AppFailure('too_large', '模板渲染超出内存限制'),
      );
    });
    return worker;
  }

  private settle(reply: Reply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    clearTimeout(p.timer);
    if (reply.ok) p.resolve(reply.parts);
    else if (reply.code === 'too_large') {
      p.reject(new AppFailure('too_large', '模板输出超过 2 MB 上限'));
    } else if (reply.code === 'too_deep') {
      p.reject(new AppFailure('template_error', '模板递归过深(是否有自我引用?)'));
    } else p.reject(new AppFailure('template_error', `模板错误:${reply.message}`));
  }

  private failAll(failure: AppFailure): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(failure);
      this.pending.delete(id);
    }
  }

  async render(source: string, data: Record<string, unknown>): Promise<RenderedParts> {
    const worker = (this.worker ??= this.spawn());
    // The deadline is for the template, not for starting the worker on a busy machine.
    await this.online;
    const id = this.nextId++;
    return new Promise<RenderedParts>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new AppFailure('timeout', '模板渲染超过 1 秒,已中止'));
        // A runaway render cannot be interrupted: replace the worker.
        this.worker = null;
        this.failAll(new AppFailure('timeout', '模板渲染超过 1 秒,已中止'));
        void worker.terminate();
      }, RENDER_LIMITS.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, source, data });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
