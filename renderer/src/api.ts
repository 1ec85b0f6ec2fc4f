import type { Api } from '../../electron/shared/contract';
import type { AppError, ErrorCode, Result } from '../../electron/shared/result';

declare global {
  interface Window {
    api?: Api;
  }
}

const TOKEN_KEY = 'fanshi-token';

/**
 * The browser host's token arrives in the page's address once. It is kept for reloads of this
 * tab and taken out of the address bar at once, so that it is not left in the history, a
 * bookmark or a screenshot.
 */
function takeHostToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** A failed call, with the host's code: the renderer words it in the interface's language. */
export class HostError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

const failed = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** What a status means when the host's answer is not a Result (a proxy, a crash). */
const STATUS_CODES: Record<number, ErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  413: 'too_large',
};

const isResult = (v: unknown): v is Result<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';

function httpApi(): Api {
  const token = takeHostToken();
  const rpc = async (channel: string, given: unknown[]): Promise<Result<unknown>> => {
    // An optional argument left out is not sent: JSON would make it null, which no schema takes.
    const args = [...given];
    while (args.length > 0 && args.at(-1) === undefined) args.pop();
    let res: Response;
    try {
      res = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(args),
      });
    } catch {
      return failed('offline', '无法连接到范式服务,请确认它仍在运行。');
    }
    const body: unknown = await res.json().catch(() => null);
    if (isResult(body)) return body;
    return failed(STATUS_CODES[res.status] ?? 'internal', `范式服务的回答无法识别(${res.status})`);
  };
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

type WarningsListener = (warnings: string[]) => void;
const warningsListeners = new Set<WarningsListener>();
/** Warnings that arrived before anything listened: the first page's calls may beat the shell. */
let unheard: string[] = [];

function hear(result: Result<unknown>): void {
  const warnings = result.libraryWarnings ?? [];
  if (warnings.length === 0) return;
  if (warningsListeners.size === 0) unheard.push(...warnings);
  for (const listener of warningsListeners) listener(warnings);
}

/**
 * Calls `listener` with what the library had to repair, as it comes back with any call's answer
 * (each warning once); answers that came before are delivered at once.
 */
export function onLibraryWarnings(listener: WarningsListener): () => void {
  warningsListeners.add(listener);
  if (unheard.length > 0) {
    const earlier = unheard;
    unheard = [];
    listener(earlier);
  }
  return () => warningsListeners.delete(listener);
}

/** The same Api, every answer passing by `hear` on its way to the caller. */
function heard(inner: Api): Api {
  const byNamespace = inner as unknown as Record<
    string,
    Record<string, (...args: unknown[]) => Promise<Result<unknown>>>
  >;
  return new Proxy({} as Api, {
    get: (_t, ns: string) =>
      new Proxy(
        {},
        {
          get:
            (_u, verb: string) =>
            async (...args: unknown[]) => {
              const fn = byNamespace[ns]?.[verb];
              if (!fn) throw new TypeError(`未知的调用:${ns}:${verb}`);
              const result = await fn(...args);
              hear(result);
              return result;
            },
        },
      ),
  });
}

/** `window.api` when the preload gave it; else the same `Api` over HTTP (`/rpc/drafts:get`). */
export const api: Api = heard(window.api ?? httpApi());

export const hostError = (error: AppError): HostError => new HostError(error.code, error.message);

/** A failed Result as a thrown HostError, which keeps the code. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const r = await pending;
  if (!r.ok) throw hostError(r.error);
  return r.value;
}
