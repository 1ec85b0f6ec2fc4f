import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blankDraft, expect, keepVersion, test } from './app-test';

test('deleting a draft offers 撤销, which brings it back', async ({ page, host }) => {
  await blankDraft(page, host, '教师培训心得体会', '通过这次培训,我深受启发。');
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
  await blankDraft(page, host, '安全生产讲话', '守住安全底线。');

  await keepVersion(page);
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
  host,
  restart,
}) => {
  await blankDraft(page, host, '乡村振兴工作总结', '今年以来,我镇坚持产业兴旺。');
  await keepVersion(page);
  await restart(async (dataDir) => {
    const [file = ''] = await readdir(join(dataDir, 'drafts'));
    await writeFile(join(dataDir, 'drafts', file), Buffer.alloc(512));
  });
  await page.getByTestId('draft-link').click();
  await expect(page.getByTestId('draft-opening')).toHaveValue('今年以来,我镇坚持产业兴旺。');
  await expect(page.getByText('资料库做了修复')).toBeVisible();
  await expect(page.getByText(/已损坏,已移至 .*corrupt-\d+/u)).toBeVisible();
});
