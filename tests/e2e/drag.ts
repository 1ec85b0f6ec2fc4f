import { expect, type Locator } from '@playwright/test';

/**
 * Drags section `from` by its handle onto section `to`, until `moved` holds. Under Playwright,
 * Chromium at times starts no drag at all for the first press in a freshly opened editor (no
 * dragstart fires), so a drag that changed nothing is tried again; one that moved wrongly fails.
 */
export async function dragSection(
  from: Locator,
  to: Locator,
  moved: () => Promise<void>,
): Promise<void> {
  await expect(async () => {
    await from.getByTestId('section-drag').dragTo(to);
    await moved();
  }).toPass({ timeout: 10_000 });
}
