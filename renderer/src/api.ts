import type { Api } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';

declare global {
  interface Window {
    api?: Api;
  }
}

/** The browser host's token arrives in the page URL once; keep it for reloads of this tab. */
function hostToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem('fanshi-token', fromUrl);
  return fromUrl ?? sessionStorage.getItem('fanshi-token') ?? '';
}

async function rpc(channel: string, args: unknown[]): Promise<Result<unknown>> {
  try {
    const res = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${hostToken()}` },
      body: JSON.stringify(args),
    });
    return (await res.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'io_error', message: '无法连接到范式服务,请确认它仍在运行。' },
    };
  }
}

/** Same shape as the preload's window.api, over HTTP: `api.drafts.get(id)` posts to /rpc/drafts:get. */
function httpApi(): Api {
  return new Proxy({} as Api, {
    get: (_t, ns: string) =>
      new Proxy(
        {},
        {
          get:
            (_u, verb: string) =>
            (...args: unknown[]) =>
              rpc(`${ns}:${verb}`, args),
        },
      ),
  });
}

export const api: Api = window.api ?? httpApi();

/** Turns a failed Result into a thrown Error whose message is the Chinese text for the user. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const r = await pending;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
