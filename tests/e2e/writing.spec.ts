import { draftFromTemplate, expect, headings, openChecks, test } from './app-test';
import { dragSection } from './drag';

// Every test here starts in a draft made from the 观后感 template.
test.beforeEach(async ({ page, host }) => {
  await draftFromTemplate(page, host);
});

test('a section dragged by its handle onto another takes its place, and is saved so', async ({
  page,
}) => {
  const [first = '', second = '', third = ''] = await headings(page);
  await dragSection(page, 2, 0, [third, first, second]);
  await dragSection(page, 0, 1, [first, third, second]);

  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByTestId('draft-section')).toHaveCount(3);
  expect(await headings(page)).toEqual([first, third, second]);
});

test('字数 targets show progress per section and for the draft, and come back after reload', async ({
  page,
}) => {
  const second = page.getByTestId('draft-section').nth(1);
  await second.getByTestId('section-body').fill('一二三四五六七八九十。'.repeat(5));
  const chars = Number(
    /本节 (\d+) 字/u.exec(await second.getByTestId('section-count').innerText())?.[1],
  );
  expect(chars).toBeGreaterThan(50);

  await page.getByLabel('第2节目标字数').fill('200');
  await page.getByLabel('第2节目标字数').press('Tab');
  await expect(second.getByTestId('section-target-progress')).toContainText(`${chars}/200`);

  await page.getByLabel('全文目标字数').fill('1500');
  await page.getByLabel('全文目标字数').press('Tab');
  await expect(page.getByTestId('draft-target-progress')).toContainText('/1500');

  // The report reads the same targets from the saved draft.
  const counts = (await openChecks(page)).getByTestId('section-counts');
  await expect(counts.locator('tr', { hasText: String(chars) })).toContainText('200');
  await page.keyboard.press('Escape');

  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('第2节目标字数')).toHaveValue('200');
  await expect(page.getByLabel('全文目标字数')).toHaveValue('1500');
  await expect(page.getByLabel('第1节目标字数')).toHaveValue('');

  // Clearing a target removes its bar.
  await page.getByLabel('第2节目标字数').fill('');
  await page.getByLabel('第2节目标字数').press('Tab');
  await expect(second.getByTestId('section-target-progress')).toHaveCount(0);
});
