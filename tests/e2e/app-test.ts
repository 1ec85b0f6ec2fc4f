import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
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
 * afterwards. `restart` stops the host (if it still runs), calls `whileDown` with the data folder,
 * starts another host on the same folder and opens its home page; that host is stopped after the
 * test too.
 */
export const test = base.extend<{
  dataDir: string;
  host: RunningHost;
  restart: (whileDown?: (dataDir: string) => Promise<void>) => Promise<void>;
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
  restart: async ({ page, host, dataDir }, use) => {
    let running = host;
    await use(async (whileDown) => {
      await running.stop();
      await whileDown?.(dataDir);
      running = await startHost(dataDir);
      await page.goto(running.url);
    });
    await running.stop();
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

/** Opens the host's home page and waits for it to be drawn: the gallery and its 观后感 template. */
export async function openHome(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '选择模板' })).toBeVisible();
  await expect(page.getByTestId(`template-${TEMPLATE_ID}`)).toBeVisible();
}

/**
 * Opens an antd select and picks the option that contains `option` in the select's own list.
 * The list is found through the box's `aria-controls`, not by being visible: the list of a select
 * used just before may still be fading out with the same options, and a click aimed at it finds
 * an element that hides under the pointer. Waits for the list to close.
 */
export async function chooseOption(select: Locator, option: string): Promise<void> {
  const page = select.page();
  const box =
    (await select.getAttribute('role')) === 'combobox' ? select : select.getByRole('combobox');
  await select.click();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const listId = await box.getAttribute('aria-controls');
  const list = page
    .locator('.ant-select-dropdown')
    .filter({ has: page.locator(`[id="${listId ?? ''}"]`) });
  await list.locator('.ant-select-item-option', { hasText: option }).first().click();
  await expect(list).toBeHidden();
}

/** The fill form's holes of a row of parallel headings, in order. */
const ROW_HOLES = ['甲', '乙', '丙'];

/** Fills rows of parallel headings in the fill form: row `i`'s parts into its holes 甲, 乙, 丙. */
export async function fillRows(page: Page, rows: string[][]): Promise<void> {
  for (const [i, parts] of rows.entries()) {
    for (const [k, part] of parts.entries()) {
      await page.getByTestId(`row-${i}-${ROW_HOLES[k] ?? ''}`).fill(part);
    }
  }
}

/** From the gallery: opens the 观后感 template's fill form by its card's button, named `label`. */
export async function useTemplate(page: Page, label = '使用此模板'): Promise<void> {
  await page.getByTestId(`template-${TEMPLATE_ID}`).getByRole('button', { name: label }).click();
}

/** From the 观后感 template's fill form: makes the draft and waits for its three sections. */
export async function createDraft(page: Page): Promise<void> {
  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('draft-section')).toHaveCount(3);
}

/** The draft's section headings, in order. */
export const headings = (page: Page): Promise<string[]> => fieldValues(page, 'section-heading');

/**
 * Goes to the home page and makes a draft from the 观后感 template (found by its genre), its title
 * about 《大国工匠》 and its heading rows filled with `rows` if given.
 */
export async function draftFromTemplate(
  page: Page,
  host: RunningHost,
  rows: string[][] = [],
): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('按文体筛选').getByText('观后感').click();
  await useTemplate(page);
  await fillTitle(page);
  await fillRows(page, rows);
  await createDraft(page);
}

/** Runs `edit` and waits for the autosave it causes to be answered (not for a state it had). */
export async function savedAfter(page: Page, edit: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse((r) => decodeURIComponent(r.url()).includes('drafts:save'));
  await edit();
  await answered;
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

/** Goes to the home page and makes a blank draft with `title` (and `opening`), saved, left open. */
export async function blankDraft(
  page: Page,
  host: RunningHost,
  title: string,
  opening?: string,
): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建空白草稿' }).click();
  await savedAfter(page, async () => {
    await page.getByTestId('draft-title').fill(title);
    if (opening !== undefined) await page.getByTestId('draft-opening').fill(opening);
  });
}

/** Ctrl+S in the editor: saves and keeps a version, as its message says. */
export async function keepVersion(page: Page): Promise<void> {
  await page.keyboard.press('Control+s');
  await expect(page.getByText('已保存,并记下一个历史版本')).toBeVisible();
}

/** A file to hand a file input: a path, or a name and contents made by the test. */
export type FileToPick = string | { name: string; mimeType: string; buffer: Buffer };

/** From the home page: imports one essay file through the dialog; the dialog and its report. */
export async function importEssay(
  page: Page,
  file: FileToPick,
): Promise<{ dialog: Locator; report: Locator }> {
  await page.getByTestId('open-import').click();
  const dialog = page.getByRole('dialog', { name: '导入范文' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog).toContainText(typeof file === 'string' ? basename(file) : file.name);
  await dialog.getByTestId('import-start').click();
  return { dialog, report: dialog.getByTestId('import-report') };
}

/** Closes the import dialog by its button and waits for it to go. */
export async function closeImport(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();
  await expect(dialog).toBeHidden();
}

/** From the home page: imports `file`, makes the one template it gives, and closes the dialog. */
export async function templateFromEssay(page: Page, file: string): Promise<void> {
  const { dialog, report } = await importEssay(page, file);
  await expect(report).toContainText('将生成模板');
  await dialog.getByTestId('import-make').click();
  await expect(report).toContainText('生成模板 1 个');
  await closeImport(dialog);
}

/** From the editor: opens the checks panel (查重与报告); the panel. */
export async function openChecks(page: Page): Promise<Locator> {
  await page.getByTestId('open-checks').click();
  const panel = page.getByTestId('checks-panel');
  await expect(panel).toBeVisible();
  return panel;
}

/** From the editor: opens the export dialog by its button; the dialog. */
export async function openExport(page: Page): Promise<Locator> {
  await page.getByTestId('export').click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * From the editor: opens the export dialog, picks `format` (its radio label) if given, exports, and
 * answers the downloaded file. Otherwise the dialog's remembered choice (Word, GB/T 9704 at first).
 */
export async function exportDraft(page: Page, format?: string): Promise<ExportedFile> {
  const dialog = await openExport(page);
  if (format) await dialog.getByRole('radio', { name: format }).check();
  return exportFromDialog(dialog);
}

/** A file the export gave: its suggested name and its bytes. */
export interface ExportedFile {
  name: string;
  bytes: Buffer;
}

/** In the open export dialog: exports as it is set and answers the downloaded file. */
export async function exportFromDialog(dialog: Locator): Promise<ExportedFile> {
  const pending = dialog.page().waitForEvent('download');
  await dialog.getByTestId('export-ok').click();
  const file = await pending;
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Reads one part of a .docx, such as word/document.xml. */
export async function docxPart(bytes: Buffer, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (!file) throw new Error(`${name} missing`);
  return file.async('string');
}
