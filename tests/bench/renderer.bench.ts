/**
 * Cold loads of the browser host's page: a new browser context each time, so nothing is cached.
 * renderer.first_paint_ms: navigation to the first contentful paint, the header bar index.html
 * shows before the scripts have run (median).
 * renderer.home_ready_ms (goal ≤ 500, p50 and p95): navigation to the frame that first paints the
 * home page's content: template cards, and the drafts list or its empty note. On an empty library,
 * and as renderer.home_ready_big_ms on one with 5,000 drafts of 3,000 characters and 1,000
 * templates of the user's own.
 * renderer.home_ready_cpu_ms and renderer.home_ready_big_cpu_ms: the page's main thread's CPU time
 * until then (median of 3 traced loads), which a busy machine hardly changes.
 * renderer.initial_js_kb_gz (goal ≤ 300): the scripts the page loads before any user action,
 * each gzipped, summed (median).
 * On the big library, in the page (goal ≤ 50 ms each, p95): home.search_keystroke_ms, from a
 * keystroke in the drafts search to the list showing its matches; home.sort_ms, from picking an
 * order to the list showing it; gallery.search_keystroke_ms, the same for the template search.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { DraftSummary, TemplateSummary } from '../../electron/shared/model';
import {
  filterDrafts,
  sortDrafts,
  type DraftSort,
} from '../../renderer/src/features/drafts/draft-order';
import {
  ALL_GENRES,
  filterTemplates,
  galleryOrder,
} from '../../renderer/src/features/templates/gallery-filter';
import { addUserTemplates, BIG_LIBRARY, writeDrafts } from '../fixtures/big-library';
import { startBenchApp, type BenchApp } from './browser/bench-app';
import { installProbe, timed, type Expected } from './browser/action-probe';
import { mainThreadMs } from './browser/main-thread';
import { median, percentile } from './stats';
import type { Figure } from './run';

const RUNS = 5;

const TEMPLATES = '[data-testid="template-list"] [data-testid^="template-"]';
const DRAFTS = '[data-testid="draft-link"], [data-testid="drafts-empty"]';

type ReadyWindow = Window & { homeReadyAt?: number };

/**
 * Runs in the page before its own scripts: when both columns of the home page are first on
 * screen. The columns' elements are in the page a frame before they are drawn (layout and paint
 * come after): a message posted from that frame's animation callback arrives once it is painted.
 */
function watchHomeContent(selectors: string[]): void {
  const w = window as ReadyWindow;
  const observer = new MutationObserver(() => {
    if (!selectors.every((s) => document.querySelector(s))) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const painted = new MessageChannel();
      painted.port1.onmessage = () => {
        w.homeReadyAt = performance.now();
        performance.mark('home-ready');
      };
      painted.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface Load {
  firstPaint: number;
  homeReady: number;
  jsBytesGz: number;
}

/** Cold loads traced for the main thread's CPU time, apart from the timed ones (tracing costs). */
const TRACED_RUNS = 3;

/** The main thread's CPU time until the home page shows, in a cold load. */
async function coldLoadCpu(app: BenchApp): Promise<number> {
  const context = await app.newContext();
  try {
    await context.addInitScript(watchHomeContent, [TEMPLATES, DRAFTS]);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    return await mainThreadMs(app.browser, page, 'home-ready', async () => {
      await page.goto(app.host.url);
      await page.waitForFunction(() => (window as ReadyWindow).homeReadyAt !== undefined);
    });
  } finally {
    await context.close();
  }
}

/**
 * The scripts the page loaded, each gzipped, summed. Read from the host once the page is ready:
 * taking their bodies from the browser during the load would make it slower than it is.
 */
async function scriptBytesGz(page: Page): Promise<number> {
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((url) => new URL(url).pathname.endsWith('.js')),
  );
  const sizes = await Promise.all(
    urls.map(
      async (url) => gzipSync(new Uint8Array(await (await fetch(url)).arrayBuffer())).length,
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

async function coldLoad(app: BenchApp, keep?: (page: Page) => Promise<void>): Promise<Load> {
  const context = await app.newContext();
  try {
    await context.addInitScript(watchHomeContent, [TEMPLATES, DRAFTS]);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(app.host.url);
    await page.waitForFunction(() => (window as ReadyWindow).homeReadyAt !== undefined);
    await page.waitForLoadState('networkidle');
    const times = await page.evaluate(() => ({
      firstPaint:
        performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? NaN,
      homeReady: (window as ReadyWindow).homeReadyAt ?? NaN,
    }));
    const jsBytesGz = await scriptBytesGz(page);
    await keep?.(page);
    return { ...times, jsBytesGz };
  } finally {
    await context.close();
  }
}

async function coldLoads(
  app: BenchApp,
  keep?: (page: Page) => Promise<void>,
): Promise<{ loads: Load[]; cpu: number[] }> {
  await coldLoad(app); // the host's and the browser's own first-time work is not the page's
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(app, i === RUNS - 1 ? keep : undefined));
  const cpu: number[] = [];
  for (let i = 0; i < TRACED_RUNS; i++) cpu.push(await coldLoadCpu(app));
  return { loads, cpu };
}

/** Each key changes what the drafts search matches: a step that changed nothing draws nothing. */
const KEYS = [
  '2',
  '5',
  'Backspace',
  '9',
  'Backspace',
  'Backspace',
  '8',
  '1',
  'Backspace',
  'Backspace',
];

const same = (a: Expected | null, b: Expected): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Backspace, or one character typed (a Chinese one arrives as text input, as from an IME). */
const typeKey = (page: Page, key: string): Promise<void> =>
  key === 'Backspace' ? page.keyboard.press(key) : page.keyboard.type(key);

async function draftSearch(page: Page, drafts: DraftSummary[]): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: '搜索草稿' });
  await box.click();
  const sorted = sortDrafts(drafts, 'updated');
  const samples: number[] = [];
  let query = '';
  let before: Expected | null = null;
  for (let round = 0; round < 4; round++) {
    for (const key of KEYS) {
      query = key === 'Backspace' ? query.slice(0, -1) : query + key;
      const matches = filterDrafts(sorted, query);
      const expected: Expected = {
        list: '[data-testid="draft-list"]',
        count: matches.length,
        first: { selector: '[data-testid="draft-link"]', text: matches[0]?.title ?? '' },
      };
      if (same(before, expected)) throw new Error(`the key ${key} would change nothing`);
      samples.push(await timed(page, expected, () => typeKey(page, key)));
      before = expected;
    }
  }
  // The first round warms up the page's code paths.
  return samples.slice(KEYS.length);
}

async function draftSort(page: Page, drafts: DraftSummary[]): Promise<number[]> {
  const samples: number[] = [];
  const labels: Record<DraftSort, string> = { updated: '最近修改', title: '标题', chars: '字数' };
  for (const sort of [
    'title',
    'chars',
    'updated',
    'title',
    'updated',
    'chars',
    'updated',
  ] as const) {
    const first = sortDrafts(drafts, sort)[0]?.title ?? '';
    await page.getByRole('combobox', { name: '排序' }).click();
    const option = page.locator(`.ant-select-item-option[title="${labels[sort]}"]`);
    await option.waitFor();
    const expected: Expected = {
      list: '[data-testid="draft-list"]',
      count: drafts.length,
      first: { selector: '[data-testid="draft-link"]', text: first },
    };
    samples.push(await timed(page, expected, () => option.click()));
  }
  return samples;
}

async function gallerySearch(page: Page, templates: TemplateSummary[]): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: '搜索模板' });
  await box.click();
  const ordered = galleryOrder(templates);
  const samples: number[] = [];
  let query = '';
  let before: Expected | null = null;
  const keys = ['第', '1', '2', 'Backspace', 'Backspace', 'Backspace'];
  for (let round = 0; round < 4; round++) {
    for (const key of keys) {
      query = key === 'Backspace' ? query.slice(0, -1) : query + key;
      const expected: Expected = {
        list: '[data-testid="template-list"]',
        count: filterTemplates(ordered, ALL_GENRES, query).length,
      };
      if (same(before, expected)) await typeKey(page, key);
      else if (round === 0) await timed(page, expected, () => typeKey(page, key));
      else samples.push(await timed(page, expected, () => typeKey(page, key)));
      before = expected;
    }
  }
  // The first round warms up the page's code paths.
  return samples;
}

const ms = (name: string, value: number): Figure => ({ name, value, unit: 'ms' });

export default async function rendererBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const empty = await startBenchApp('renderer');
  try {
    const { loads, cpu } = await coldLoads(empty);
    const ready = loads.map((l) => l.homeReady);
    figures.push(
      ms('renderer.first_paint_ms', median(loads.map((l) => l.firstPaint))),
      ms('renderer.home_ready_ms', median(ready)),
      ms('renderer.home_ready_p95_ms', percentile(ready, 95)),
      ms('renderer.home_ready_cpu_ms', median(cpu)),
      {
        name: 'renderer.initial_js_kb_gz',
        value: median(loads.map((l) => l.jsBytesGz)) / 1024,
        unit: 'KB',
      },
    );
  } finally {
    await empty.close();
  }

  const big = await startBenchApp('renderer-big', async (dataDir) => {
    await addUserTemplates(dataDir, BIG_LIBRARY.userTemplates);
    await writeDrafts(dataDir, BIG_LIBRARY.drafts);
  });
  try {
    const drafts = await big.call('drafts:list');
    const templates = await big.call('templates:list');
    let search: number[] = [];
    let sort: number[] = [];
    let gallery: number[] = [];
    const { loads, cpu } = await coldLoads(big, async (page) => {
      // A user types once the page has settled: its main thread idle.
      await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
      await page.evaluate(installProbe);
      search = await draftSearch(page, drafts);
      sort = await draftSort(page, drafts);
      gallery = await gallerySearch(page, templates);
    });
    const ready = loads.map((l) => l.homeReady);
    figures.push(
      ms('renderer.home_ready_big_ms', median(ready)),
      ms('renderer.home_ready_big_p95_ms', percentile(ready, 95)),
      ms('renderer.home_ready_big_cpu_ms', median(cpu)),
      ms('home.search_keystroke_p95_ms', percentile(search, 95)),
      ms('home.sort_p95_ms', percentile(sort, 95)),
      ms('gallery.search_keystroke_p95_ms', percentile(gallery, 95)),
    );
  } finally {
    await big.close();
  }
  return figures;
}
