import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './app-test';

/** A blank draft with `title` and `opening`, saved, with the editor left open. */
async function newDraft(page: Page, title: string, opening: string): Promise<void> {
  await page.getByRole('button', { name: '新建空白草稿' }).click();
  await page.getByTestId('draft-title').fill(title);
  await page.getByTestId('draft-opening').fill(opening);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

test('deleting a draft offers 撤销, which brings it back', async ({ page, host }) => {
  await page.goto(host.url);
  await newDraft(page, '教师培训心得体会', '通过这次培训,我深受启发。');
  await page.getByRole('button', { name: '返回' }).first().click();
  await expect(page.getByTestId('draft-link')).toHaveText(['教师培训心得体会']);

  await page.getByRole('button', { name: '删除' }).click();
  // The confirmation's own button, once it shows (not the list's 删除 again).
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有草稿')).toBeVisible();
  await page.getByTestId('undo-delete').click();
  await expect(page.getByTestId('draft-link')).toHaveText(['教师培训心得体会']);

  // Restored whole: the text is still there.
  await page.getByTestId('draft-link').click();
  await expect(page.getByTestId('draft-opening')).toHaveValue('通过这次培训,我深受启发。');
});

test('Ctrl+S keeps a version; after an edit, comparing and restoring it brings the text back', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await newDraft(page, '安全生产讲话', '守住安全底线。');

  await page.keyboard.press('Control+s');
  await expect(page.getByText('已保存,并记下一个历史版本')).toBeVisible();
  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('version-item')).toHaveCount(1);
  await expect(page.getByTestId('version-item')).toContainText('手动保存');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('history-panel')).toBeHidden();

  await page.getByTestId('draft-opening').fill('守住安全红线。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  await page.getByTestId('open-history').click();
  await page.getByRole('button', { name: '与当前对比' }).click();
  await expect(page.getByTestId('diff-view').locator('del')).toHaveText('底');
  await expect(page.getByTestId('diff-view').locator('ins')).toHaveText('红');

  await page.getByTestId('restore-version').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '恢复' }).click();
  await expect(page.getByTestId('draft-opening')).toHaveValue('守住安全底线。');
  // What the restore replaced is kept as a version too.
  await expect(page.getByTestId('version-item')).toHaveCount(2);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByTestId('draft-opening')).toHaveValue('守住安全底线。');
});

test('a damaged draft file is restored from its last version and the user is told', async ({
  page,
  host: first,
  dataDir,
  anotherHost,
}) => {
  let host = first;
  await page.goto(host.url);
  await newDraft(page, '乡村振兴工作总结', '今年以来,我镇坚持产业兴旺。');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('已保存,并记下一个历史版本')).toBeVisible();
  await host.stop();

  const [file = ''] = await readdir(join(dataDir, 'drafts'));
  await writeFile(join(dataDir, 'drafts', file), Buffer.alloc(512));

  host = await anotherHost();
  await page.goto(host.url);
  await page.getByTestId('draft-link').click();
  await expect(page.getByTestId('draft-opening')).toHaveValue('今年以来,我镇坚持产业兴旺。');
  await expect(page.getByText('资料库做了修复')).toBeVisible();
  await expect(page.getByText(/已损坏,已移至 .*corrupt-\d+/u)).toBeVisible();
});
