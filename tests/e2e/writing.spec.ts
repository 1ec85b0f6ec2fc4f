import type { Page } from '@playwright/test';
import { draftFromTemplate, expect, fieldValues, test } from './app-test';
import { dragSection } from './drag';

const headings = (page: Page): Promise<string[]> => fieldValues(page, 'section-heading');

/** The saves the page has sent, by the channel the web host exposes. */
function countSaves(page: Page): { count: () => number } {
  let saves = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/rpc/drafts%3Asave')) saves += 1;
  });
  return { count: () => saves };
}

test('a section dragged by its handle onto another takes its place, and is saved so', async ({
  page,
  host,
}) => {
  await draftFromTemplate(page, host);
  const [first = '', second = '', third = ''] = await headings(page);
  const sections = page.getByTestId('draft-section');

  await dragSection(sections.nth(2), sections.nth(0), async () =>
    expect(await headings(page)).toEqual([third, first, second]),
  );
  await dragSection(sections.nth(0), sections.nth(1), async () =>
    expect(await headings(page)).toEqual([first, third, second]),
  );

  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(sections).toHaveCount(3);
  expect(await headings(page)).toEqual([first, third, second]);
});

test('字数 targets show progress per section and for the draft, and come back after reload', async ({
  page,
  host,
}) => {
  await draftFromTemplate(page, host);
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
  await page.getByTestId('open-checks').click();
  const counts = page.getByTestId('checks-panel').getByTestId('section-counts');
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

test('a placeholder and an uneven heading in the checks panel take the writer to them', async ({
  page,
  host,
}) => {
  await draftFromTemplate(page, host);
  const body = page.getByTestId('section-body').nth(2);
  await body.fill('我们要学习XXX同志的精神。');
  await page.getByTestId('section-heading').nth(1).fill('短');

  await page.getByTestId('open-checks').click();
  const panel = page.getByTestId('checks-panel');
  await panel.getByTestId('placeholder-link').filter({ hasText: '第3节正文' }).click();
  await expect(panel).toBeHidden();
  await expect(body).toBeFocused();
  expect(
    await body.evaluate((el) =>
      el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : '',
    ),
  ).toBe('XXX');

  await page.getByTestId('open-checks').click();
  await panel.getByTestId('parallelism-link').filter({ hasText: '第2节' }).first().click();
  await expect(page.getByTestId('section-heading').nth(1)).toBeFocused();
});

test('IME composition is neither doubled nor lost, and nothing is saved while composing', async ({
  page,
  host,
}) => {
  await draftFromTemplate(page, host);
  const saves = countSaves(page);
  const body = page.getByTestId('section-body').first();
  await body.fill('');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  const savedBefore = saves.count();

  await body.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', {
    text: 'zhongguo',
    selectionStart: 8,
    selectionEnd: 8,
  });
  await expect(body).toHaveValue('zhongguo');
  // Longer than the autosave pause: a save now would write text the writer has not chosen.
  await page.waitForTimeout(2_000);
  expect(saves.count()).toBe(savedBefore);

  await cdp.send('Input.insertText', { text: '中国' });
  await expect(body).toHaveValue('中国');
  await cdp.send('Input.imeSetComposition', { text: 'ren', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '人' });
  await expect(body).toHaveValue('中国人');

  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  expect(saves.count()).toBeGreaterThan(savedBefore);
  await page.reload();
  await expect(page.getByTestId('section-body').first()).toHaveValue('中国人');
});
