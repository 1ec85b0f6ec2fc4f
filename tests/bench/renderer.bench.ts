/**
 * A cold load of the browser host's page: a new browser context each time, so nothing is cached.
 * renderer.first_paint_ms (goal ≤ 500): navigation to the first contentful paint, which is the
 * header bar index.html shows before the scripts have run.
 * renderer.home_ready_ms: navigation to the template gallery showing its cards (the home page's
 * content, which needs the page's code and the host's answers).
 * renderer.initial_js_kb_gz (goal ≤ 400): the scripts the page loads before any user action,
 * each gzipped, summed. Medians of RUNS loads after one warm-up of the host.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { median, startBenchApp, type BenchApp } from './browser/bench-app';
import type { Figure } from './run';

const RUNS = 5;

const HOME_CONTENT = '[data-testid="template-list"] [data-testid^="template-"]';

type ReadyWindow = Window & { homeReadyAt?: number };

/** Runs in the page before its own scripts: when the home page's content first appears. */
function watchHomeContent(selector: string): void {
  const w = window as ReadyWindow;
  const observer = new MutationObserver(() => {
    if (w.homeReadyAt === undefined && document.querySelector(selector)) {
      w.homeReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface Load {
  firstPaint: number;
  homeReady: number;
  jsBytesGz: number;
}

async function coldLoad(app: BenchApp): Promise<Load> {
  const context = await app.newContext();
  try {
    await context.addInitScript(watchHomeContent, HOME_CONTENT);
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    const onResponse = (res: Response): void => {
      if (res.request().resourceType() === 'script') {
        scripts.push(res.body().then((body) => gzipSync(body).length));
      }
    };
    page.on('response', onResponse);
    await page.goto(app.host.url);
    await page.locator(HOME_CONTENT).first().waitFor();
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    const times = await page.evaluate(() => ({
      firstPaint:
        performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? NaN,
      homeReady: (window as ReadyWindow).homeReadyAt ?? NaN,
    }));
    const sizes = await Promise.all(scripts);
    return { ...times, jsBytesGz: sizes.reduce((a, b) => a + b, 0) };
  } finally {
    await context.close();
  }
}

export default async function rendererBench(): Promise<Figure[]> {
  const app = await startBenchApp('renderer');
  try {
    await coldLoad(app);
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(app));
    return [
      {
        name: 'renderer.first_paint_ms',
        value: median(loads.map((l) => l.firstPaint)),
        unit: 'ms',
      },
      { name: 'renderer.home_ready_ms', value: median(loads.map((l) => l.homeReady)), unit: 'ms' },
      {
        name: 'renderer.initial_js_kb_gz',
        value: median(loads.map((l) => l.jsBytesGz)) / 1024,
        unit: 'KB',
      },
    ];
  } finally {
    await app.close();
  }
}
