import type { Locator, Page } from '@playwright/test';
import { draftFromTemplate, expect, openChecks, openExport, test } from './app-test';

/** A sentence of corpus file 000, as written there (ASCII commas included). */
const COPIED = '有的党员干部凡事“揣着手重在参与”,事事都露面、事事不出力。';

/** What the checks panel and the export dialog list for a draft with its 开头, 第3节 and 结尾 empty. */
const EMPTY_PARTS = ['开头是空的', '第3节只有小标题,没有正文', '结尾是空的'];

/** The selected text of the focused field. */
const selection = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
      ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)
      : '';
  });

/** Writes `text` as section `n`'s body and opens the checks panel; the body field and the panel. */
async function checkBody(
  page: Page,
  n: number,
  text: string,
): Promise<{ body: Locator; panel: Locator }> {
  const body = page.getByTestId('section-body').nth(n);
  await body.fill(text);
  return { body, panel: await openChecks(page) };
}

/** Follows `link` in `panel` (the checks panel or the export dialog): it closes, `field` has the caret. */
async function follow(link: Locator, panel: Locator, field: Locator): Promise<void> {
  await link.click();
  await expect(panel).toBeHidden();
  await expect(field).toBeFocused();
}

// Every test here starts in a draft made from the 观后感 template.
test.beforeEach(async ({ page, host }) => {
  await draftFromTemplate(page, host);
});

test('a sentence copied from a corpus essay shows as overlap, named and marked', async ({
  page,
}) => {
  const { panel } = await checkBody(page, 0, `我的体会是：${COPIED}我们要引以为戒。`);
  const match = panel.getByTestId('overlap-match').filter({ hasText: '事事都露面' });
  await expect(match).toContainText('来源:000_48cffc3fa1bdb9bc.txt《');
  await expect(match).toContainText('观后感');
  await expect(panel.getByTestId('overlap-percent')).toContainText(/重复率(?!0\.0%)\d+\.\d%/u);
  await expect(panel.getByTestId('overlap-mark').filter({ hasText: '事事都露面' })).toContainText(
    '揣着手重在参与”,事事都露面、事事不出力',
  );
  await expect(panel.getByTestId('section-counts')).toContainText('结尾');
  // the shipped corpus is what it compared against: dozens of essays, and no "none found" warning
  await expect(panel.getByTestId('essays-compared')).toContainText(/比对范文[1-9]\d+篇/u);
  await expect(panel.getByTestId('no-essays-compared')).toHaveCount(0);
});

test('clicking a 查重 passage puts the writer in its field with the passage selected', async ({
  page,
}) => {
  const text = `看完影片，我想起身边的现象。\n${COPIED}我们要引以为戒。`;
  const { body, panel } = await checkBody(page, 1, text);
  const link = panel.getByTestId('overlap-link').filter({ hasText: '事事都露面' });
  const passage = await link.innerText();
  await follow(link, panel, body);
  const selected = await selection(page);
  expect(selected).toBe(passage);
  expect(COPIED).toContain(selected);
  expect(selected.length).toBeGreaterThanOrEqual(8);
});

test('a placeholder and an uneven heading in the checks panel take the writer to them', async ({
  page,
}) => {
  await page.getByTestId('section-heading').nth(1).fill('短');
  const { body, panel } = await checkBody(page, 2, '我们要学习XXX同志的精神。');
  await follow(panel.getByTestId('placeholder-link').filter({ hasText: '第3节正文' }), panel, body);
  expect(await selection(page)).toBe('XXX');

  await openChecks(page);
  await panel.getByTestId('parallelism-link').filter({ hasText: '第2节' }).first().click();
  await expect(page.getByTestId('section-heading').nth(1)).toBeFocused();
});

test('an empty opening, closing and section are flagged in the checks panel and in the export dialog, each a way to it', async ({
  page,
}) => {
  const bodies = page.getByTestId('section-body');
  await page.getByTestId('draft-opening').fill('');
  await bodies.nth(0).fill('工匠们几十年如一日，把一件事做到极致。');
  await bodies.nth(1).fill('他们的专注让我汗颜。');
  await bodies.nth(2).fill('');
  await page.getByTestId('draft-closing').fill('  ');

  const panel = await openChecks(page);
  await expect(panel.getByTestId('empty-link')).toHaveText(EMPTY_PARTS);
  await follow(panel.getByTestId('empty-link').filter({ hasText: '第3节' }), panel, bodies.nth(2));

  const dialog = await openExport(page);
  await expect(dialog.getByTestId('export-empty-link')).toHaveText(EMPTY_PARTS);
  await follow(
    dialog.getByTestId('export-empty-link').filter({ hasText: '开头' }),
    dialog,
    page.getByTestId('draft-opening'),
  );

  // what is written since counts at the next opening
  await page.keyboard.insertText('近日，我观看了纪录片。');
  await bodies.nth(2).fill('我要向他们学习。');
  await openExport(page);
  await expect(dialog.getByTestId('export-empty-link')).toHaveText(['结尾是空的']);
  await page.keyboard.press('Escape');
  await page.getByTestId('draft-closing').fill('让我们都做新时代的工匠。');
  await openExport(page);
  await expect(dialog.getByTestId('export-ok')).toBeVisible();
  await expect(dialog.getByTestId('export-empty')).toHaveCount(0);
});
