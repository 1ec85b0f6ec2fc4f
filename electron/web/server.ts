import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fail } from '../shared/result';
import { dispatch } from '../rpc/dispatch';
import type { Handlers } from '../rpc/handlers/types';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

const MAX_BODY_BYTES = 150 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

const sameSecret = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(json);
}

/** 413, and the connection closed: the rest of the upload is not read. */
function refuseUpload(res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  sendJson(res, 413, fail('too_large', `请求过大:一次最多 ${MAX_BODY_BYTES / 1024 / 1024} MB`));
  res.once('finish', () => res.req.socket.destroy());
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A request's URL path, raw and percent-decoded; null when either is malformed. */
function parsePath(url: string | undefined): { raw: string; decoded: string } | null {
  try {
    const raw = new URL(url ?? '/', 'http://127.0.0.1').pathname;
    return { raw, decoded: decodeURIComponent(raw) };
  } catch {
    return null;
  }
}

/**
 * The browser host: the built renderer plus `POST /rpc/<channel>` calling the same handlers as
 * Electron's IPC. Any web page can POST to localhost, so every call needs this launch's token and,
 * when the browser names an Origin, the host's own.
 */
export async function startWebHost(options: {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  /** What the library had to repair, sent with the next answer (see dispatch). */
  warnings?: () => string[];
}): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  // Set once the port is known: the names this host answers to, and the pages it answers.
  let hosts = new Set<string>();
  let origins = new Set<string>();

  async function serveRpc(
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
  ): Promise<void> {
    const reqOrigin = req.headers.origin;
    if (reqOrigin !== undefined && !origins.has(reqOrigin)) {
      sendJson(res, 403, fail('forbidden', '拒绝来自其他网页的调用'));
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), token)) {
      sendJson(res, 401, fail('unauthorized', '缺少或错误的访问令牌'));
      return;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, fail('invalid_argument', '只接受 POST'));
      return;
    }
    // Refused before a byte of it is read: waiting for 10 GB would hold the connection.
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      refuseUpload(res);
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      refuseUpload(res);
      return;
    }
    let args: unknown;
    try {
      args = body.trim() === '' ? [] : JSON.parse(body);
    } catch {
      sendJson(res, 400, fail('invalid_argument', '请求体不是合法的 JSON'));
      return;
    }
    if (!Array.isArray(args)) {
      sendJson(res, 400, fail('invalid_argument', '请求体必须是参数数组'));
      return;
    }
    sendJson(res, 200, await dispatch(options.handlers, channel, args, options.warnings));
  }

  /** `pathname` is already percent-decoded: decoding again would turn %252e%252e into `..`. */
  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const rel = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/u, '');
    const file = join(options.rendererDir, rel);
    if (rel.startsWith('..') || !file.startsWith(options.rendererDir + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const bytes = await readFile(file);
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': rel === 'index.html' ? 'no-store' : 'max-age=3600',
      });
      res.end(bytes);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到');
    }
  }

  const server: Server = createServer((req, res) => {
    // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 is same-origin
    // with it in the browser's eyes, but its requests still name evil.example as the Host.
    if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
      sendJson(res, 403, fail('forbidden', '拒绝访问:请从范式打印的地址打开'));
      return;
    }
    // A throw here would be uncaught and stop the host: `GET //` or `/rpc/%ff` from any page.
    const path = parsePath(req.url);
    if (!path) {
      sendJson(res, 400, fail('invalid_argument', '请求地址不正确'));
      return;
    }
    const handle = path.raw.startsWith('/rpc/')
      ? serveRpc(req, res, path.decoded.slice(5))
      : req.method === 'GET' || req.method === 'HEAD'
        ? serveStatic(res, path.decoded)
        : Promise.resolve(void res.writeHead(405).end());
    handle.catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', '内部错误'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  origins = new Set([...hosts].map((h) => `http://${h}`));
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser's keep-alive connections would otherwise hold the port open.
        server.closeAllConnections();
      }),
  };
}
