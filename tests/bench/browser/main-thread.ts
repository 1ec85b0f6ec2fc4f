import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** CPU time of a complete event, in microseconds. */
  tdur?: number;
}

/**
 * CPU time the page's main thread spent on tasks from the start of `run` until the page's
 * `performance.mark(mark)`, from a Chromium trace. A wall-clock time on a busy machine is mostly
 * waiting for a core; this hardly moves with the load, so it shows what the page itself costs.
 */
export async function mainThreadMs(
  browser: Browser,
  page: Page,
  mark: string,
  run: () => Promise<void>,
): Promise<number> {
  await browser.startTracing(page, {
    // RunTask, the main thread's tasks, is in the disabled-by-default timeline category.
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  const failed = await run().then(
    () => null,
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
  const trace = await browser.stopTracing();
  if (failed) throw failed;
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const at = events.find((e) => e.name === mark);
  if (!at) throw new Error(`the trace has no mark ${mark}`);
  if (!events.some((e) => e.name === 'RunTask' && e.tdur !== undefined)) {
    throw new Error('the trace has no task times');
  }
  return (
    events
      .filter(
        (e) =>
          e.ph === 'X' &&
          e.name === 'RunTask' &&
          e.pid === at.pid &&
          e.tid === at.tid &&
          e.ts <= at.ts,
      )
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
  );
}
