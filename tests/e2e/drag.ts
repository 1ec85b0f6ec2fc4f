import { expect, type Locator } from '@playwright/test';

/**
 * Drags section `from` by its handle onto section `to`, then waits for `moved` to hold.
 *
 * Step by step rather than with `dragTo`, which presses on the handle, scrolls the drop target
 * into view, and only then moves the mouse. Chromium starts a drag on that first move only if the
 * pressed element is still under the point where the button went down; after the scroll it is
 * not, so no drag starts whenever the two sections do not fit on screen together (the first drag
 * in a fresh editor: three sections, the third below the fold). A hand starts the drag where it
 * pressed; so does this: a small move on the handle starts it, then the target comes into view.
 */
export async function dragSection(
  from: Locator,
  to: Locator,
  moved: () => Promise<void>,
): Promise<void> {
  const page = from.page();
  const handle = from.getByTestId('section-drag');
  await handle.hover();
  const start = await handle.boundingBox();
  if (!start) throw new Error('the drag handle is not on screen');
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2 + 12, { steps: 3 });
  await to.scrollIntoViewIfNeeded();
  const end = await to.boundingBox();
  if (!end) throw new Error('the drop target is not on screen');
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 3 });
  await page.mouse.up();
  // Waits for the page to show the move; the drag itself is never repeated.
  await expect(moved).toPass({ timeout: 10_000 });
}
