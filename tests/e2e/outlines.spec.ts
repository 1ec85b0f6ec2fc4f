import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  createDraft,
  draftFromTemplate,
  expect,
  fieldValues,
  headings,
  test,
  TITLE,
} from './app-test';
import { libraryText, type RunningHost } from './web-host';

const SECOND_HEADING = '战就要“精益求精”，杜绝“马马虎虎”。';
const MY_BODY = '工匠精神不是口号,而是一次次把小事做到极致。';

/** The editor's structure: title, numbered headings, bodies. */
async function structure(page: Page) {
  return {
    title: await page.getByTestId('draft-title').inputValue(),
    headings: await headings(page),
    markers: await page.getByTestId('section-marker').allInnerTexts(),
    bodies: await fieldValues(page, 'section-body'),
  };
}

/** A draft from the shipped template with its second heading and first body rewritten. */
async function editedDraft(page: Page, host: RunningHost): Promise<void> {
  await draftFromTemplate(page, host);
  await expect(page.getByTestId('draft-title')).toHaveValue(TITLE);
  await page.getByTestId('section-heading').nth(1).fill(SECOND_HEADING);
  await page.getByTestId('section-body').nth(0).fill(MY_BODY);
}

/** Opens 提纲/模板 and picks an item with the keyboard alone. */
async function chooseFromReuseMenu(page: Page, item: '保存提纲…' | '另存为模板…'): Promise<void> {
  await page.getByTestId('reuse-menu').focus();
  await page.keyboard.press('Enter');
  // The menu opens with its first item active.
  await expect(page.getByRole('menuitem', { name: '保存提纲…' })).toBeFocused();
  if (item === '另存为模板…') await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: item })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('an outline saved from a draft lists, renames, starts a draft with its headings, and goes', async ({
  page,
  host,
  dataDir,
}) => {
  await page.goto(host.url);
  await expect(page.getByTestId('outline-empty')).toContainText('提纲是一篇草稿的骨架');
  await editedDraft(page, host);
  const source = await structure(page);
  expect(source.headings[1]).toBe(SECOND_HEADING);

  // Saved straight after the edits: the outline must have them although autosave had no time.
  await chooseFromReuseMenu(page, '保存提纲…');
  const dialog = page.getByTestId('outline-name-dialog');
  const name = dialog.getByTestId('outline-name-dialog-input');
  await expect(name).toHaveValue(TITLE);
  await expect(name).toBeFocused();
  await name.fill('工匠精神观后感');
  await name.press('Enter');
  await expect(page.getByText('已保存提纲“工匠精神观后感”')).toBeVisible();
  await expect(dialog).toBeHidden();

  // The same name again is refused in the dialog, and what was typed stays.
  await chooseFromReuseMenu(page, '保存提纲…');
  // the dialog fills in the draft's title as it opens: typing before that would be overwritten
  await expect(name).toHaveValue(TITLE);
  await expect(name).toBeFocused();
  await name.fill(' 工匠精神观后感 ');
  await name.press('Enter');
  await expect(dialog.getByTestId('outline-name-dialog-error')).toHaveText(
    '已有名为“工匠精神观后感”的提纲,请换一个名称',
  );
  await expect(name).toHaveValue(' 工匠精神观后感 ');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const onDisk = await libraryText(join(dataDir, 'outlines'));
  expect(onDisk).toContain(SECOND_HEADING);
  expect(onDisk).not.toContain(MY_BODY);

  await page.getByRole('button', { name: '返回' }).click();
  const item = page.getByTestId('outline-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('outline-name')).toHaveText('工匠精神观后感');
  await expect(item).toContainText(`${TITLE} · 3 个小标题`);

  await item.getByTestId('outline-rename').click();
  const renameDialog = page.getByTestId('outline-rename-dialog');
  const newName = renameDialog.getByTestId('outline-rename-dialog-input');
  await expect(newName).toHaveValue('工匠精神观后感');
  await newName.fill('观后感·三段排比');
  await renameDialog.getByTestId('outline-rename-dialog-ok').click();
  await expect(item.getByTestId('outline-name')).toHaveText('观后感·三段排比');

  await item.getByTestId('outline-use').click();
  await expect(page).toHaveURL(/#\/draft\//u);
  await expect(page.getByTestId('draft-section')).toHaveCount(3);
  await expect(page.getByTestId('draft-title')).toHaveValue(TITLE);
  const made = await structure(page);
  expect(made.headings).toEqual(source.headings);
  expect(made.markers).toEqual(source.markers);
  expect(made.bodies).toEqual(['', '', '']);
  // The template the source came from stays with the outline: its 范文 hints come along.
  await expect(page.getByTestId('section-hint')).toHaveCount(3);

  await page.getByRole('button', { name: '返回' }).click();
  await item.getByTestId('outline-delete').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('outline-empty')).toBeVisible();
  await expect(page.getByTestId('draft-link')).toHaveCount(2);
});

test('a draft saved as a template shows in the gallery and fills to the same headings', async ({
  page,
  host,
}) => {
  await editedDraft(page, host);
  const source = await structure(page);

  await chooseFromReuseMenu(page, '另存为模板…');
  const dialog = page.getByTestId('template-name-dialog');
  const name = dialog.getByTestId('template-name-dialog-input');
  await expect(name).toHaveValue(TITLE);
  // An empty name cannot be submitted.
  await name.fill('  ');
  await expect(dialog.getByTestId('template-name-dialog-ok')).toBeDisabled();
  await name.fill('我的工匠观后感');
  await dialog.getByTestId('template-name-dialog-ok').click();
  await expect(page.getByText('已另存为模板“我的工匠观后感”')).toBeVisible();

  await page.getByRole('button', { name: '返回' }).click();
  const card = page.locator('[data-testid^="template-u-"]', { hasText: '我的工匠观后感' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('我的模板');
  await card.getByRole('button', { name: '使用此模板' }).click();

  // the title field starts as the draft's own title, the formulas offered beside it
  await expect(page.getByTestId('slot-标题')).toHaveAttribute('placeholder', TITLE);
  await expect(page.getByTestId('preview')).toContainText(SECOND_HEADING);
  await expect(page.getByTestId('preview')).not.toContainText(MY_BODY);
  await createDraft(page);
  const made = await structure(page);
  expect(made.title).toBe(source.title);
  expect(made.headings).toEqual(source.headings);
  expect(made.markers).toEqual(source.markers);
  expect(made.bodies).toEqual(['', '', '']);
  // What the source draft said under its first heading is now that section's reference.
  const hint = page.getByTestId('draft-section').nth(0).getByTestId('section-hint');
  await hint.getByText('参考范文段落').click();
  await expect(hint).toContainText(MY_BODY);
});
