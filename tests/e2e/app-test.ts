import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './web-host';

import { GUANHOUGAN as TEMPLATE_ID } from '../fixtures/template-ids';

export { GUANHOUGAN } from '../fixtures/template-ids';

/** The title the tests give the 观后感 template's title formula ({{主题}}《{{作品}}》观后感). */
export const TITLE = '纪录片《大国工匠》观后感';

/** Fills the fill form's title: the holes of the formula it starts with. */
export async function fillTitle(page: Page): Promise<void> {
  await page.getByTestId('formula-标题-主题').fill('纪录片');
  await page.getByTestId('formula-标题-作品').fill('大国工匠');
}

/**
 * Playwright's `test` with a fresh data folder and a browser host on it for each test, both gone
 * afterwards. `anotherHost` starts one more host on the same folder (a restart, after `host.stop()`),
 * stopped after the test too.
 */
export const test = base.extend<{
  dataDir: string;
  host: RunningHost;
  anotherHost: () => Promise<RunningHost>;
}>({
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'fanshi-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir }, use) => {
    const host = await startHost(dataDir);
    await use(host);
    await host.stop();
  },
  anotherHost: async ({ dataDir }, use) => {
    const started: RunningHost[] = [];
    await use(async () => {
      const host = await startHost(dataDir);
      started.push(host);
      return host;
    });
    await Promise.all(started.map((h) => h.stop()));
  },
});

export { expect };

/** The values of the inputs or text areas with `testId`, in page order. */
export const fieldValues = (page: Page, testId: string): Promise<string[]> =>
  page
    .getByTestId(testId)
    .evaluateAll((fields) =>
      fields.map((f) =>
        f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement ? f.value : '',
      ),
    );

/** From the home page: the 观后感 template, its title about 《大国工匠》, made a draft. */
export async function draftFromTemplate(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('按文体筛选').getByText('观后感').click();
  await page
    .getByTestId(`template-${TEMPLATE_ID}`)
    .getByRole('button', { name: '使用此模板' })
    .click();
  await fillTitle(page);
  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('draft-section')).toHaveCount(3);
}

/**
 * From the editor: opens the export dialog, picks `format` (its radio label) if given, exports, and
 * answers the downloaded file. Otherwise the dialog's remembered choice (Word, GB/T 9704 at first).
 */
export async function exportDraft(
  page: Page,
  format?: string,
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export').click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  if (format) await dialog.getByRole('radio', { name: format }).check();
  const pending = page.waitForEvent('download');
  await dialog.getByTestId('export-ok').click();
  const file = await pending;
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}
