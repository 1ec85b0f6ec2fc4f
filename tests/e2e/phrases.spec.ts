import { readFile } from 'node:fs/promises';
import { draftFromTemplate, expect, openChecks, test } from './app-test';

// Every test here starts in a draft made from the 观后感 template.
test.beforeEach(async ({ page, host }) => {
  await draftFromTemplate(page, host);
});

test('素材库: search, filter, Enter inserts at the caret as one undo step, the source is shown', async ({
  page,
}) => {
  const body = page.getByTestId('section-body').first();
  await body.fill('我们要做到甲乙。');
  // the caret between 甲 and 乙
  await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
  await page.keyboard.press('Control+k');

  const panel = page.getByTestId('phrase-panel');
  const search = panel.getByTestId('phrase-search');
  await expect(search).toBeFocused();
  await panel.getByTestId('phrase-kind').getByText('四字短语').click();
  await search.fill('精准');
  const items = panel.getByTestId('phrase-item');
  await expect(items.first()).toContainText('精准');
  // every result is a four-character run with 精准 in it
  for (const text of await items.allInnerTexts()) expect(text).toMatch(/精准[\s\S]*四字短语/u);
  await search.press('ArrowDown');
  const chosen = (await items.nth(1).locator('div').first().innerText()).trim();
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('phrase-source')).toContainText('来源:');
  await expect(items.nth(1)).toHaveAttribute('title', /来源:.*\.txt/u);

  await search.press('Enter');
  await expect(panel).toBeHidden();
  await expect(body).toHaveValue(`我们要做到甲${chosen}乙。`);
  await expect(body).toBeFocused();

  // one Ctrl+Z takes the whole phrase out, and nothing else
  await page.keyboard.press('Control+z');
  await expect(body).toHaveValue('我们要做到甲乙。');
  await page.keyboard.press('Control+Shift+z');
  await expect(body).toHaveValue(`我们要做到甲${chosen}乙。`);
});

test('a starred phrase is kept as the user’s own across a restart and in the library’s backup', async ({
  page,
  restart,
}) => {
  await page.getByTestId('section-body').first().click();
  await page.getByTestId('open-phrases').click();
  const panel = page.getByTestId('phrase-panel');
  await panel.getByTestId('phrase-kind').getByText('金句').click();
  const first = panel.getByTestId('phrase-item').first();
  const saying = (await first.locator('div').first().innerText()).trim();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await panel.getByTestId('phrase-star').click();
  await expect(page.getByText('已收藏')).toBeVisible();
  await expect(panel.getByTestId('phrase-item').first()).toContainText('我的');

  await restart();
  await page.getByTestId('draft-link').first().click();
  await expect(page.getByTestId('draft-title')).toBeVisible();
  await page.keyboard.press('Control+k');
  const mine = page.getByTestId('phrase-panel').getByTestId('phrase-item').first();
  await expect(mine).toContainText('我的');
  await expect(mine).toContainText(saying);

  // it is in the library's backup: removed, then restored from the backup, it is back
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByTestId('library-menu').click();
  const pending = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '备份资料库到文件…' }).click();
  const backup = await pending;
  await page.getByTestId('draft-link').first().click();
  await page.keyboard.press('Control+k');
  await expect(mine).toContainText('我的');
  await page.getByTestId('phrase-panel').getByTestId('phrase-remove').click();
  await expect(
    page.getByTestId('phrase-panel').getByTestId('phrase-item').first(),
  ).not.toContainText('我的');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByTestId('library-menu').click();
  await page.getByRole('menuitem', { name: '从备份文件恢复…' }).click();
  await page.getByTestId('library-restore-file').setInputFiles({
    name: backup.suggestedFilename(),
    mimeType: 'application/zip',
    buffer: await readFile(await backup.path()),
  });
  await page.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText(/已恢复 1 篇草稿/u)).toBeVisible();
  await page.getByTestId('draft-link').first().click();
  await page.keyboard.press('Control+k');
  await expect(mine).toContainText('我的');
  await expect(mine).toContainText(saying);
});

test('查重 offers less-worn phrases of the same kind for a flagged passage', async ({ page }) => {
  const body = page.getByTestId('section-body').first();
  await body.click();
  await page.keyboard.press('Control+k');
  const panel = page.getByTestId('phrase-panel');
  await panel.getByTestId('phrase-kind').getByText('四字短语').click();
  // a run several sample essays share: what 查重 flags
  const worn = panel.getByTestId('phrase-item').filter({ has: page.getByTestId('phrase-worn') });
  const text = (await worn.first().locator('div').first().innerText()).trim();
  await panel.getByTestId('phrase-search').press('Escape');
  await expect(panel).toBeHidden();

  await body.fill(`我们这样理解：${text}，这是大家的共识。`);
  const checks = await openChecks(page);
  const match = checks.getByTestId('overlap-match').filter({ hasText: text.slice(0, 4) });
  await expect(match.getByTestId('phrase-suggestions')).toContainText(text);
  await expect(match.getByTestId('phrase-suggestion').first()).toBeVisible();
});
