import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { composeApp, type AppCore } from '../../../electron/rpc/compose';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import type { ArgsOf, Channel, ResultOf } from '../../../electron/shared/contract';
import type { Result } from '../../../electron/shared/result';
import { corpusDir, templatesDir } from './fixtures';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: unlike fetch, it sends the path and headers exactly as written. */
export function send(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** How long to wait for an answer before failing (default 5 s). */
    timeoutMs?: number;
    /** false: send the headers only and keep the request open, as a slow upload would. */
    sendBody?: boolean;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        // A fresh connection per request: a refused upload closes its connection.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
    // A host that died or hangs fails the test quickly instead of at the test timeout.
    const timeout = options.timeoutMs ?? 5_000;
    req.setTimeout(timeout, () => req.destroy(new Error(`no answer to ${options.path}`)));
    if (options.sendBody === false) req.flushHeaders();
    else req.end(options.body);
  });
}

export interface HttpHost {
  core: AppCore;
  host: WebHost;
  dataDir: string;
  /** POSTs a call with the token and the host's own Origin; the HTTP status and the Result. */
  call<C extends Channel>(
    channel: C,
    ...args: ArgsOf<C>
  ): Promise<{ status: number; result: Result<ResultOf<C>> }>;
}

/**
 * The browser host over HTTP, in this process: the real handlers on a real data folder, the
 * real server on a free port. Closed after each test.
 */
export function useHttpHost(tempDir: (label?: string) => Promise<string>): () => Promise<HttpHost> {
  const open: HttpHost[] = [];
  afterEach(async () => {
    for (const h of open.splice(0)) {
      await h.host.close();
      await h.core.store.close();
    }
  });
  return async () => {
    const root = await tempDir('http');
    const rendererDir = join(root, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>范式</title>');
    const dataDir = join(root, 'data');
    const core = await composeApp({ dataDir, templatesDir, corpusDir, warmImports: true });
    const host = await startWebHost({ handlers: core.handlers, rendererDir, port: 0 });
    const made: HttpHost = {
      core,
      host,
      dataDir,
      call: async (channel, ...args) => {
        const reply = await send(host.port, {
          method: 'POST',
          path: `/rpc/${channel}`,
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${host.token}`,
            Origin: `http://127.0.0.1:${host.port}`,
          },
          body: JSON.stringify(args),
          timeoutMs: 120_000,
        });
        return { status: reply.status, result: JSON.parse(reply.body) as Result<never> };
      },
    };
    open.push(made);
    return made;
  };
}
