import { draftFromTemplate, expect, headings, test } from './app-test';
import { dragSection } from './drag';

// Every test here starts in a draft made from the 观后感 template.
test.beforeEach(async ({ page, host }) => {
  await draftFromTemplate(page, host);
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo a title edit and an added section', async ({
  page,
}) => {
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

test('with the focus on no field, after a drag or a button, Ctrl+Z undoes the draft’s last change', async ({
  page,
}) => {
  const [first = '', second = '', third = ''] = await headings(page);
  const sections = page.getByTestId('draft-section');

  await dragSection(page, 2, 0, [third, first, second]);
  await expect(page.locator('input:focus, textarea:focus')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => headings(page)).toEqual([first, second, third]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => headings(page)).toEqual([third, first, second]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => headings(page)).toEqual([first, second, third]);

  // the delete button goes with its section: the focus is left on the page
  await page.getByRole('button', { name: '删除第3节' }).click();
  await expect(sections).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(sections).toHaveCount(3);
  expect(await headings(page)).toEqual([first, second, third]);

  // a field of a dialog keeps its own undo
  const title = page.getByTestId('draft-title');
  const titleBefore = await title.inputValue();
  await page.getByTestId('reuse-menu').click();
  await page.getByRole('menuitem', { name: '保存提纲…' }).click();
  const name = page.getByTestId('outline-name-dialog-input');
  await expect(name).toBeFocused();
  await name.fill('我的提纲');
  await name.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(sections).toHaveCount(3);
  await expect(title).toHaveValue(titleBefore);
});
