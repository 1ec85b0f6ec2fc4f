import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import type { TemplateSummary } from '../../../electron/shared/model';
import type { Result } from '../../../electron/shared/result';
import { useApps, useTempDirs } from '../support/fixtures';
import { send, type Reply } from '../support/http-host';

const SECRET = 'TOP-SECRET 乡村振兴资金台账';
const tempDir = useTempDirs();
const openApp = useApps();
let host: WebHost;
let root: string;

beforeEach(async () => {
  root = await tempDir('web');
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>范式</title>');
  await writeFile(join(rendererDir, 'assets', 'a.js'), 'console.log("范式");');
  // A file beside the renderer folder that traversal would reach.
  await writeFile(join(root, 'secret.txt'), SECRET);
  const core = await openApp({ dataDir: join(root, 'data') });
  host = await startWebHost({ handlers: core.handlers, rendererDir, port: 0 });
});

afterEach(async () => {
  await host.close();
});

const rpc = (
  channel: string,
  options: { token?: string; origin?: string; body?: string } = {},
): Promise<Reply> => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  if (options.origin !== undefined) headers.Origin = options.origin;
  return send(host.port, {
    method: 'POST',
    path: `/rpc/${channel}`,
    headers,
    body: options.body ?? '[]',
  });
};

const ownOrigin = (): string => `http://127.0.0.1:${host.port}`;

describe('startWebHost', () => {
  it('binds 127.0.0.1 on a free port and names a per-launch token in its URL', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[\w-]{24,}$/u);
  });

  // On Linux all of 127/8 is loopback: a host bound to 0.0.0.0 would answer on 127.0.0.2 too.
  it.runIf(process.platform === 'linux')('does not listen beyond 127.0.0.1', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect(host.port, '127.0.0.2');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });

  it('serves index.html at / with the Content-Security-Policy header', async () => {
    const reply = await send(host.port, { path: `/?token=${host.token}` });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('<!doctype html><title>范式</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = reply.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves assets with their content type', async () => {
    const reply = await send(host.port, { path: '/assets/a.js' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('console.log("范式");');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers a missing file with 404', async () => {
    expect((await send(host.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%2f..%2fetc%2fpasswd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  ])('refuses the traversal %s with 404 and no file contents', async (path) => {
    const reply = await send(host.port, { path });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SECRET);
    expect(reply.body).not.toContain('root:');
  });
});

describe('DNS rebinding: the Host header', () => {
  it.each([
    'evil.example',
    'evil.example:PORT',
    '127.0.0.1',
    '127.0.0.1.nip.io:PORT',
    'LOCALHOST:1',
  ])('refuses the page and the calls addressed to %j: 403', async (name) => {
    const hostHeader = name.replace('PORT', String(host.port));
    for (const request of [
      { path: '/' },
      {
        method: 'POST',
        path: '/rpc/drafts:list',
        headers: { Authorization: `Bearer ${host.token}` },
        body: '[]',
      },
    ]) {
      const reply = await send(host.port, {
        ...request,
        headers: { ...request.headers, Host: hostHeader },
      });
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain('<title>');
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('malformed requests', () => {
  it.each(['/rpc/%ff', '/rpc/templates%E0%A4%A', '/%E0%A4%A', '//', '/\\'])(
    'answers %s with 400 and keeps serving',
    async (path) => {
      const reply = await send(host.port, { method: 'POST', path, body: '[]' });
      expect(reply.status).toBe(400);
      expect((await send(host.port, { path: '/' })).status).toBe(200);
    },
  );

  it('decodes a path once: a double-encoded traversal stays a missing file', async () => {
    const reply = await send(host.port, { path: '/%252e%252e/secret.txt' });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SECRET);
  });
});

describe('POST /rpc', () => {
  it('refuses a call without a token: 401, code unauthorized', async () => {
    const reply = await rpc('templates:list');
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it.each(['wrong-token', '', 'Bearer'])('refuses the wrong token %j: 401', async (token) => {
    expect((await rpc('templates:list', { token })).status).toBe(401);
  });

  it('refuses a token that is only a prefix of the right one: 401', async () => {
    expect((await rpc('templates:list', { token: host.token.slice(0, -1) })).status).toBe(401);
  });

  it.each(['https://evil.example', 'http://localhost:1', 'null'])(
    'refuses the right token from the foreign Origin %s: 403',
    async (origin) => {
      expect((await rpc('templates:list', { token: host.token, origin })).status).toBe(403);
    },
  );

  it('answers its own page under either of its names', async () => {
    for (const name of ['127.0.0.1', 'localhost']) {
      const reply = await send(host.port, {
        method: 'POST',
        path: '/rpc/templates:list',
        headers: {
          Host: `${name}:${host.port}`,
          Origin: `http://${name}:${host.port}`,
          Authorization: `Bearer ${host.token}`,
        },
        body: '[]',
      });
      expect(reply.status, name).toBe(200);
    }
  });

  it('refuses the right token from the same host on another port: 403', async () => {
    const origin = `http://127.0.0.1:${host.port + 1}`;
    expect((await rpc('templates:list', { token: host.token, origin })).status).toBe(403);
  });

  it('answers the right token from its own Origin with the ok Result', async () => {
    const reply = await rpc('templates:list', { token: host.token, origin: ownOrigin() });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    const result = JSON.parse(reply.body) as Result<TemplateSummary[]>;
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.length).toBeGreaterThanOrEqual(15);
  });

  it('passes the array body as the arguments, and a call’s effect persists', async () => {
    const auth = { token: host.token, origin: ownOrigin() };
    const created = await rpc('drafts:create', { ...auth, body: '[{"title":"教师培训心得"}]' });
    expect(created.status).toBe(200);
    const list = JSON.parse((await rpc('drafts:list', auth)).body) as Result<
      Array<{ title: string }>
    >;
    expect(list).toMatchObject({ ok: true, value: [{ title: '教师培训心得' }] });
  });

  it('answers a call refused by the handler with 200 and the failed Result', async () => {
    const reply = await rpc('templates:get', { token: host.token, body: '[42]' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });

  it('answers an unknown channel with the not_found Result', async () => {
    const reply = await rpc('drafts:purge', { token: host.token });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it.each(['{"id":"x"}', '"templates"', '42', 'null'])(
    'refuses the non-array body %s: 400',
    async (body) => {
      expect((await rpc('templates:list', { token: host.token, body })).status).toBe(400);
    },
  );

  it.each(['[', '{"title":', 'not json', '[1,]'])(
    'refuses the invalid JSON %j: 400',
    async (body) => {
      const reply = await rpc('templates:list', { token: host.token, body });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid_argument' },
      });
    },
  );

  it('answers 413 at once to a declared 10 GB body, without waiting for it', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/rpc/templates:importEssays',
      headers: {
        Authorization: `Bearer ${host.token}`,
        'Content-Type': 'application/json',
        'Content-Length': String(10 * 1024 ** 3),
      },
      // No body is sent: a host that waited for it would never answer (send gives up at 5 s).
      sendBody: false,
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect((await send(host.port, { path: '/' })).status).toBe(200);
  });

  it('refuses GET on /rpc even with the token: 405', async () => {
    const reply = await send(host.port, {
      path: '/rpc/templates:list',
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(reply.status).toBe(405);
  });
});
