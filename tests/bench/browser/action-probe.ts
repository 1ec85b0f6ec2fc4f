/**
 * Times a user's action in the page: from the input's first event to the moment a list shows what
 * the action should make it show.
 */
import type { Page } from '@playwright/test';

/** What a list must show once an action's effect has been drawn. */
export interface Expected {
  /** The element whose data-count is the number of matches. */
  list: string;
  count: number;
  /** The first row's text, where the order matters. */
  first?: { selector: string; text: string };
}

type ProbeWindow = Window & { probeArm?: (e: Expected) => Promise<number> };

/**
 * Runs in the page: times from the user's input (the first capturing listener, before React's)
 * to the list showing what is expected.
 */
export function installProbe(): void {
  let started: number | null = null;
  const start = (): void => {
    started ??= performance.now();
  };
  for (const type of ['keydown', 'beforeinput', 'pointerdown']) {
    document.addEventListener(type, start, true);
  }
  const shows = (e: Expected): boolean => {
    const list = document.querySelector(e.list);
    if (list?.getAttribute('data-count') !== String(e.count)) return false;
    return !e.first || document.querySelector(e.first.selector)?.textContent === e.first.text;
  };
  (window as ProbeWindow).probeArm = (e) => {
    started = null;
    return new Promise<number>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (started === null || !shows(e)) return;
        observer.disconnect();
        clearTimeout(timeout);
        resolve(performance.now() - started);
      });
      const timeout = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`never showed ${JSON.stringify(e)}`));
      }, 10_000);
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    });
  };
}

/** Arms the probe, runs the user's action, and returns the milliseconds until `expected` showed. */
export async function timed(
  page: Page,
  expected: Expected,
  act: () => Promise<void>,
): Promise<number> {
  const seen = page.evaluate((e) => {
    const arm = (window as ProbeWindow).probeArm;
    if (!arm) throw new Error('probe missing');
    return arm(e);
  }, expected);
  // Should the action throw, its error is the one to report, not the probe's.
  seen.catch(() => undefined);
  // The probe is armed once evaluate has started; a no-op round trip makes sure of it.
  await page.evaluate(() => undefined);
  await act();
  return seen;
}
