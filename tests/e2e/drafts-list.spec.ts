import { blankDraft, chooseOption, expect, test } from './app-test';

test('the drafts list filters by title, sorts, and Ctrl+F goes to its search box', async ({
  page,
  host,
}) => {
  await blankDraft(page, host, '观《大国工匠》有感', '短');
  await blankDraft(page, host, '学习心得体会', '这一篇的正文比另一篇长得多。');
  await page.getByRole('button', { name: '返回' }).click();

  const links = page.getByTestId('draft-link');
  await expect(links).toHaveText(['学习心得体会', '观《大国工匠》有感']);

  const search = page.getByRole('searchbox', { name: '搜索草稿' });
  await search.fill('大国');
  await expect(links).toHaveText(['观《大国工匠》有感']);
  await search.fill('没有这篇');
  await expect(links).toHaveCount(0);
  await expect(page.getByText('没有标题匹配的草稿')).toBeVisible();
  await search.fill('');
  await expect(links).toHaveCount(2);

  const sortBy = (label: string): Promise<void> =>
    chooseOption(page.getByRole('combobox', { name: '排序' }), label);
  await sortBy('标题');
  await expect(links).toHaveText(['观《大国工匠》有感', '学习心得体会']);
  await sortBy('字数');
  await expect(links).toHaveText(['学习心得体会', '观《大国工匠》有感']);

  // Ctrl+F from the editor comes back home with the caret in the search box.
  await links.first().click();
  await expect(page.getByTestId('draft-title')).toHaveValue('学习心得体会');
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  // And on the home page it moves the caret there from anywhere.
  await page.getByRole('button', { name: '新建空白草稿' }).focus();
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
});
