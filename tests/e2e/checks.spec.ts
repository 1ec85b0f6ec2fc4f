import type { Page } from '@playwright/test';
import { draftFromTemplate, expect, test } from './app-test';
import { GUANHOUGAN } from '../fixtures/template-ids';

/** A shipped template mined from corpus file 000. */
const TEMPLATE = GUANHOUGAN;
/** A sentence of corpus file 000, as written there (ASCII commas included). */
const COPIED = '有的党员干部凡事“揣着手重在参与”,事事都露面、事事不出力。';

/** The selected text of the focused field. */
const selection = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
      ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)
      : '';
  });

test('a sentence copied from a corpus essay shows as overlap, named and marked', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByTestId(`template-${TEMPLATE}`)
    .getByRole('button', { name: '使用此模板' })
    .click();
  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('draft-section').first()).toBeVisible();

  const body = page.getByTestId('section-body').first();
  await body.fill(`我的体会是：${COPIED}我们要引以为戒。`);
  await page.getByTestId('open-checks').click();

  const panel = page.getByTestId('checks-panel');
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
  host,
}) => {
  await draftFromTemplate(page, host);
  const body = page.getByTestId('section-body').nth(1);
  await body.fill(`看完影片，我想起身边的现象。\n${COPIED}我们要引以为戒。`);
  await page.getByTestId('open-checks').click();

  const panel = page.getByTestId('checks-panel');
  const link = panel.getByTestId('overlap-link').filter({ hasText: '事事都露面' });
  const passage = await link.innerText();
  await link.click();
  await expect(panel).toBeHidden();
  await expect(body).toBeFocused();
  const selected = await selection(page);
  expect(selected).toBe(passage);
  expect(COPIED).toContain(selected);
  expect(selected.length).toBeGreaterThanOrEqual(8);
});

test('an empty opening, closing and section are flagged in the checks panel and in the export dialog, each a way to it', async ({
  page,
  host,
}) => {
  await draftFromTemplate(page, host);
  const bodies = page.getByTestId('section-body');
  await page.getByTestId('draft-opening').fill('');
  await bodies.nth(0).fill('工匠们几十年如一日，把一件事做到极致。');
  await bodies.nth(1).fill('他们的专注让我汗颜。');
  await bodies.nth(2).fill('');
  await page.getByTestId('draft-closing').fill('  ');

  await page.getByTestId('open-checks').click();
  const panel = page.getByTestId('checks-panel');
  await expect(panel.getByTestId('empty-link')).toHaveText([
    '开头是空的',
    '第3节只有小标题,没有正文',
    '结尾是空的',
  ]);
  await panel.getByTestId('empty-link').filter({ hasText: '第3节' }).click();
  await expect(panel).toBeHidden();
  await expect(bodies.nth(2)).toBeFocused();

  await page.getByTestId('export').click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog.getByTestId('export-empty-link')).toHaveText([
    '开头是空的',
    '第3节只有小标题,没有正文',
    '结尾是空的',
  ]);
  await dialog.getByTestId('export-empty-link').filter({ hasText: '开头' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('draft-opening')).toBeFocused();

  // what is written since counts at the next opening
  await page.keyboard.insertText('近日，我观看了纪录片。');
  await bodies.nth(2).fill('我要向他们学习。');
  await page.getByTestId('export').click();
  await expect(dialog.getByTestId('export-empty-link')).toHaveText(['结尾是空的']);
  await page.keyboard.press('Escape');
  await page.getByTestId('draft-closing').fill('让我们都做新时代的工匠。');
  await page.getByTestId('export').click();
  await expect(dialog.getByTestId('export-ok')).toBeVisible();
  await expect(dialog.getByTestId('export-empty')).toHaveCount(0);
});
