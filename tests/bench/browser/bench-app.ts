import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import type { ArgsOf, Channel, ResultOf } from '../../../electron/shared/contract';
import type { Result } from '../../../electron/shared/result';
import { chromiumLaunchOptions } from '../../e2e/chromium';
import { startHost, type RunningHost } from '../../e2e/web-host';

/** The browser host on a library of its own (empty unless `prepare` fills it), and Chromium. */
export interface BenchApp {
  host: RunningHost;
  browser: Browser;
  /** A fresh context (no cache, no storage), as a user's first window would be. */
  newContext: () => Promise<BrowserContext>;
  /** Calls the host over HTTP, as the renderer does, to set up a library without the UI. */
  call: <C extends Channel>(channel: C, ...args: ArgsOf<C>) => Promise<ResultOf<C>>;
  close: () => Promise<void>;
}

export async function startBenchApp(
  name: string,
  prepare?: (dataDir: string) => Promise<void>,
): Promise<BenchApp> {
  const dataDir = await mkdtemp(join(tmpdir(), `fanshi-bench-${name}-`));
  await prepare?.(dataDir);
  const host = await startHost(dataDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  return {
    host,
    browser,
    newContext: async () => {
      const context = await browser.newContext({ locale: 'zh-CN' });
      // tsx keeps function names through an `__name` helper that exists only in Node, and the
      // functions a bench sends into the page call it.
      await context.addInitScript('globalThis.__name = (f) => f;');
      return context;
    },
    call: async (channel, ...args) => {
      const res = await fetch(`${host.origin}/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify(args),
      });
      const r = (await res.json()) as Result<ResultOf<typeof channel>>;
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value;
    },
    close: async () => {
      await browser.close();
      await host.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
