import {
  blankDraft,
  expect,
  exportDraft,
  keepVersion,
  openChecks,
  openExport,
  openHome,
  savedAfter,
  test,
} from './app-test';

test('the token leaves the address bar at once, and a reload still works', async ({
  page,
  host,
}) => {
  await openHome(page, host);
  await expect(page.getByRole('button', { name: '新建空白草稿' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  expect(page.url()).not.toContain(host.token);
  await page.reload();
  await expect(page.getByRole('button', { name: '新建空白草稿' })).toBeVisible();
  await expect(page.getByTestId('drafts-empty')).toBeVisible();
});

test('two tabs on one draft: the second save is not silent, and either choice keeps both texts', async ({
  page,
  context,
  host,
}) => {
  await blankDraft(page, host, '志愿服务心得');
  const address = page.url();
  const other = await context.newPage();
  // The second tab comes in through the address the host printed, as a user would.
  await other.goto(`${host.url}${new URL(address).hash}`);
  await expect(other.getByTestId('draft-title')).toHaveValue('志愿服务心得');

  // Tab A saves first.
  await savedAfter(page, () => page.getByTestId('draft-opening').fill('甲窗口写的开头。'));

  // Tab B, still on the copy it loaded, is told and asked.
  await other.getByTestId('draft-opening').fill('乙窗口写的开头。');
  const dialog = other.getByRole('dialog', { name: '这篇草稿在别处改过' });
  await expect(dialog).toBeVisible();
  await expect(other.getByTestId('save-state')).toHaveText('保存冲突');
  await other.getByTestId('keep-mine').click();
  await expect(dialog).toBeHidden();
  await expect(other.getByText('已保存本窗口的内容;另一份已存入历史版本')).toBeVisible();
  await expect(other.getByTestId('save-state')).toHaveText('已保存');

  // Tab A edits on: refused in turn; it takes the other copy, and its own goes to history.
  await page.getByTestId('draft-closing').fill('甲窗口写的结尾。');
  await expect(page.getByRole('dialog', { name: '这篇草稿在别处改过' })).toBeVisible();
  await page.getByTestId('take-theirs').click();
  await expect(page.getByTestId('draft-opening')).toHaveValue('乙窗口写的开头。');
  await expect(page.getByTestId('draft-closing')).toHaveValue('');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('version-item')).toHaveCount(2);
  await expect(page.getByTestId('version-item').first()).toContainText('保存冲突时');

  // Both tabs now edit from the same saved copy: no more conflicts.
  await page.keyboard.press('Escape');
  await savedAfter(page, () => page.getByTestId('draft-title').fill('志愿服务心得(定稿)'));
  await other.reload();
  await expect(other.getByTestId('draft-title')).toHaveValue('志愿服务心得(定稿)');
});

test('when the save fails, export, copy, 查重 and compare do not act, and say why', async ({
  page,
  host,
}) => {
  await blankDraft(page, host, '社区服务总结');
  await keepVersion(page);
  // More than a draft may hold: the host refuses the save.
  await page.getByTestId('draft-opening').fill('服务'.repeat(260_000));
  await expect(page.getByTestId('save-state')).toHaveText('保存失败');
  await expect(page.getByTestId('save-failed')).toContainText('草稿过长');
  const refused = page.getByText('草稿未能保存,所以没有继续');
  /** The action said why it did not run; its message is gone before the next action. */
  const saysWhy = async (): Promise<void> => {
    await expect(refused).toBeVisible();
    // A message waits while the pointer rests on it: move away and let it go.
    await page.mouse.move(10, 400);
    await expect(refused).toHaveCount(0);
  };

  let downloads = 0;
  page.on('download', () => downloads++);
  // the export dialog says it in place, and exports nothing
  const exportDialog = await openExport(page);
  await exportDialog.getByTestId('export-ok').click();
  await expect(exportDialog).toContainText('草稿未能保存,所以没有继续');
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await expect(page.getByText(/^已导出/u)).toHaveCount(0);

  await page.getByTestId('copy-menu').hover();
  await page.getByTestId('copy-text').click();
  await saysWhy();
  await expect(page.getByText('已复制纯文本')).toHaveCount(0);

  await page.getByTestId('open-history').click();
  await page.getByRole('button', { name: '与当前对比' }).click();
  await saysWhy();
  await expect(page.getByTestId('diff-view')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await expect(await openChecks(page)).toContainText('草稿未能保存,所以没有继续');
  await expect(page.getByTestId('overlap-percent')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Shortened again, the same buttons act on the saved text.
  await page.getByTestId('draft-opening').fill('服务社区,温暖人心。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await exportDraft(page);
  expect(downloads).toBe(1);
  await expect(page.getByText('已导出 社区服务总结.docx')).toBeVisible();
});

test('in English, a failed save says why in English, by its code', async ({ page, host }) => {
  await blankDraft(page, host, '社区服务总结');
  await page.getByTestId('switch-language').click();
  await page.getByTestId('draft-opening').fill('服务'.repeat(260_000));
  await expect(page.getByTestId('save-state')).toHaveText('Save failed');
  await expect(page.getByTestId('save-failed')).toContainText('It is too large.');
  await expect(page.getByTestId('save-failed')).not.toContainText('草稿过长');
  await page.getByTestId('export').click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await exportDialog.getByTestId('export-ok').click();
  await expect(exportDialog).toContainText(
    'The draft could not be saved, so nothing else was done: It is too large.',
  );
});
