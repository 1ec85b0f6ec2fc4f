import type { Page } from '@playwright/test';
import {
  createDraft,
  draftFromTemplate,
  expect,
  fillTitle,
  GUANHOUGAN,
  openHome,
  test,
  TITLE,
  useTemplate,
} from './app-test';

async function expectEnglish(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByText('Learn the shape from sample essays, write the first draft from a template'),
  ).toBeVisible();
  await expect(page.getByTestId('open-import')).toHaveText('Import essays (Ctrl+O)');
  await expect(page.getByRole('button', { name: 'Export my templates' })).toBeVisible();
  await expect(page.getByLabel('Search templates', { exact: true })).toHaveAttribute(
    'placeholder',
    'Search names, patterns, genres or headings',
  );
  await expect(
    page.getByTestId(`template-${GUANHOUGAN}`).getByRole('button', { name: 'Use this template' }),
  ).toBeVisible();
  // Genres are data, not interface text: they stay as they are.
  await expect(page.getByText('观后感').first()).toBeVisible();
}

async function expectChinese(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('从范文学结构,按模板写初稿')).toBeVisible();
  await expect(page.getByTestId('open-import')).toHaveText('导入范文(Ctrl+O)');
  await expect(
    page.getByTestId(`template-${GUANHOUGAN}`).getByRole('button', { name: '使用此模板' }),
  ).toBeVisible();
}

test('the interface switches to English, remembers it, and switches back', async ({
  page,
  host,
}) => {
  await openHome(page, host);
  await expectChinese(page);

  await page.getByTestId('switch-language').click();
  await expectEnglish(page);

  await page.getByTestId('open-import').click();
  const dialog = page.getByRole('dialog', { name: 'Import essays' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('import-start')).toHaveText('Start import');
  await expect(dialog.getByRole('button', { name: 'Close', exact: true }).last()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(page.getByTestId(`template-${GUANHOUGAN}`)).toBeVisible();
  await expectEnglish(page);

  await page.getByTestId('switch-language').click();
  await expectChinese(page);
  await page.getByTestId('open-import').click();
  await expect(page.getByRole('dialog', { name: '导入范文' })).toBeVisible();
});

test('the draft editor speaks English too, while the draft itself stays Chinese', async ({
  page,
  host,
}) => {
  await openHome(page, host);
  await page.getByTestId('switch-language').click();
  await expectEnglish(page);
  await expect(page.getByRole('heading', { name: 'My drafts' })).toBeVisible();

  await useTemplate(page, 'Use this template');
  // The fill form's own text is English; the template's slots and examples are data.
  await expect(page.getByText('Fill in the details')).toBeVisible();
  await expect(page.getByText('Live preview')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeVisible();
  await fillTitle(page);
  await expect(page.getByTestId('create-draft')).toHaveText('Create draft');
  await createDraft(page);

  // The sections' fields and outline operations, named in English.
  const second = page.getByTestId('draft-section').nth(1);
  await expect(second.getByRole('button', { name: 'Move section 2 up' })).toHaveText('Up');
  await expect(second.getByLabel('Section 2 heading')).toBeVisible();
  await expect(second.getByLabel('Section 2 target')).toBeVisible();
  await expect(second.getByTestId('section-count')).toHaveText(
    /^This section: \d+ characters? \(\d+ without punctuation\)$/,
  );
  await expect(page.getByLabel('Whole draft target')).toBeVisible();
  await expect(page.getByTestId('draft-count')).toContainText('Whole draft: ');

  // The toolbar is interface text…
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeVisible();
  await expect(page.getByTestId('export')).toHaveText('Export… (Ctrl+E)');
  await page.getByTestId('export').click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog.getByRole('radio', { name: 'Word (.docx)' })).toBeChecked();
  await expect(exportDialog.getByRole('radio', { name: /^Official document/u })).toBeChecked();
  await expect(exportDialog.getByLabel('Author or unit')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByLabel('Level 1 heading numbering')).toBeVisible();
  // …the draft is the writer's own text, from the template: it stays Chinese.
  await expect(page.getByTestId('draft-title')).toHaveValue(TITLE);

  await expect(page.getByTestId('reuse-menu')).toHaveText('Outline / template');
  await page.getByTestId('reuse-menu').click();
  await expect(page.getByRole('menuitem', { name: 'Save outline…' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Save as template…' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Save outline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save outline' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('outline-name-dialog-input')).toHaveValue(TITLE);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
});

test('in English the outline list keeps each outline’s name on one line', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await draftFromTemplate(page, host);
  await page.getByTestId('reuse-menu').click();
  await page.getByRole('menuitem', { name: '保存提纲…' }).click();
  const name = page.getByTestId('outline-name-dialog-input');
  await expect(name).toHaveValue(TITLE);
  await name.fill('工匠精神观后感');
  await name.press('Enter');
  await expect(page.getByText('已保存提纲“工匠精神观后感”')).toBeVisible();
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByTestId('switch-language').click();
  await expect(page.getByTestId('outline-use')).toHaveText('New draft from this');

  const box = await page.getByTestId('outline-name').boundingBox();
  const lineHeight = await page
    .getByTestId('outline-name')
    .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(box?.height).toBeLessThan(lineHeight * 1.5);
  expect(box?.width).toBeGreaterThan((box?.height ?? 0) * 3);
});
