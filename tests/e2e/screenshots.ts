import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { RunningHost } from './web-host';

/**
 * Where a spec's screenshots go: test-results/<spec>, or with `FANSHI_SCREENSHOTS=assets/screenshots`
 * the README's copies, refreshed.
 */
export const screenshotFolder = (spec: string): string =>
  resolve(process.env.FANSHI_SCREENSHOTS ?? `test-results/${spec}`);

/** Takes a screenshot of the page, or of `clip` on it, named `name`. */
export type Shoot = (
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
) => Promise<Buffer>;

/**
 * Opens the host's home page in a window of `size`, for screenshots that go to the folder of
 * `spec`; the function that takes them.
 */
export async function openForScreenshots(
  page: Page,
  host: RunningHost,
  spec: string,
  size: { width: number; height: number },
): Promise<Shoot> {
  const folder = screenshotFolder(spec);
  await mkdir(folder, { recursive: true });
  await page.setViewportSize(size);
  await page.goto(host.url);
  return (name, clip) =>
    page.screenshot({ path: join(folder, `${name}.png`), animations: 'disabled', clip });
}
