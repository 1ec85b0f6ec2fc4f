import { draftFromTemplate, expect, test } from './app-test';

test('Ctrl+Z and Ctrl+Shift+Z undo and redo a title edit and an added section', async ({
  page,
  host,
}) => {
  await draftFromTemplate(page, host);

  const undoButton = page.getByRole('button', { name: '撤销' });
  const redoButton = page.getByRole('button', { name: '重做' });
  // A freshly opened draft has nothing to undo.
  await expect(undoButton).toBeDisabled();
  await expect(redoButton).toBeDisabled();

  const title = page.getByTestId('draft-title');
  const before = await title.inputValue();
  await title.fill('新的标题');
  await expect(undoButton).toBeEnabled();
  await title.press('Control+z');
  await expect(title).toHaveValue(before);
  await expect(redoButton).toBeEnabled();
  await title.press('Control+Shift+z');
  await expect(title).toHaveValue('新的标题');
  await expect(redoButton).toBeDisabled();

  await page.getByRole('button', { name: '添加同级小节,在第3节后面' }).click();
  await expect(page.getByTestId('draft-section')).toHaveCount(4);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('draft-section')).toHaveCount(3);
  await expect(title).toHaveValue('新的标题');

  // The toolbar buttons do the same as the keys.
  await redoButton.click();
  await expect(page.getByTestId('draft-section')).toHaveCount(4);
  await undoButton.click();
  await undoButton.click();
  await expect(title).toHaveValue(before);
  await expect(page.getByTestId('draft-section')).toHaveCount(3);

  // What undo leaves is what gets saved.
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByTestId('draft-title')).toHaveValue(before);
  await expect(page.getByTestId('draft-section')).toHaveCount(3);
});
