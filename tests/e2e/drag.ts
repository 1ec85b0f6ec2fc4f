import type { Page } from '@playwright/test';
import { expect, headings } from './app-test';

/**
 * Drags section `from` by its handle onto section `to` (both by place), then waits for the
 * headings to read `order`.
 *
 * Step by step rather than with `dragTo`, which presses on the handle, scrolls the drop target
 * into view, and only then moves the mouse. Chromium starts a drag on that first move only if the
 * pressed element is still under the point where the button went down; after the scroll it is
 * not, so no drag starts whenever the two sections do not fit on screen together (the first drag
 * in a fresh editor: three sections, the third below the fold). A hand starts the drag where it
 * pressed; so does this: a small move on the handle starts it, then the target comes into view.
 */
export async function dragSection(
  page: Page,
  from: number,
  to: number,
  order: string[],
): Promise<void> {
  const sections = page.getByTestId('draft-section');
  const handle = sections.nth(from).getByTestId('section-drag');
  await handle.hover();
  const start = await handle.boundingBox();
  if (!start) throw new Error('the drag handle is not on screen');
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2 + 12, { steps: 3 });
  const target = sections.nth(to);
  await target.scrollIntoViewIfNeeded();
  const end = await target.boundingBox();
  if (!end) throw new Error('the drop target is not on screen');
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 3 });
  await page.mouse.up();
  // Waits for the page to show the move; the drag itself is never repeated.
  await expect.poll(() => headings(page), { timeout: 10_000 }).toEqual(order);
}
