import type { Page } from '@playwright/test';
import { draftFromTemplate, expect, fieldValues, test } from './app-test';
import { dragSection } from './drag';

const headings = (page: Page): Promise<string[]> => fieldValues(page, 'section-heading');

type SavesWindow = Window & { draftSaves?: number };

/** A few times the editor's autosave pause (800 ms): long enough for a save to have gone out. */
const PAUSES_MS = 3_000;

/**
 * Counts, in the page, the saves it sends (calls to the web host's drafts:save), so that reading
 * the count after running the page's timers sees every save those timers started.
 */
async function countSaves(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as SavesWindow;
    const send = window.fetch.bind(window);
    w.draftSaves = 0;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('drafts%3Asave')) {
        w.draftSaves = (w.draftSaves ?? 0) + 1;
      }
      return send(input, init);
    };
  });
  return () => page.evaluate(() => (window as SavesWindow).draftSaves ?? 0);
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
  // The test drives the page's timers itself, to run through the autosave pause without waiting.
  await page.clock.install();
  const saves = await countSaves(page);
  await draftFromTemplate(page, host);
  const body = page.getByTestId('section-body').first();
  await body.fill('');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  const savedBefore = await saves();

  await body.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', {
    text: 'zhongguo',
    selectionStart: 8,
    selectionEnd: 8,
  });
  await expect(body).toHaveValue('zhongguo');
  // Pinyin being composed is not yet part of the draft: the draft as saved is still the draft.
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  // From here time stands still but for the test, which runs it on past several autosave pauses
  // (the pause is set a little ahead: the page's clock still runs until it is reached). No save
  // may go out, for it would write text the writer has not chosen yet.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 30_000));
  await page.clock.runFor(PAUSES_MS);
  expect(await saves()).toBe(savedBefore);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // Once the composition ends, the word is an edit, and the same stretch of time saves it, once.
  await cdp.send('Input.insertText', { text: '中国' });
  await expect(body).toHaveValue('中国');
  await expect(page.getByTestId('save-state')).toHaveText('未保存');
  await page.clock.runFor(PAUSES_MS);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  expect(await saves()).toBe(savedBefore + 1);
  await page.clock.resume();

  await cdp.send('Input.imeSetComposition', { text: 'ren', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '人' });
  await expect(body).toHaveValue('中国人');

  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  expect(await saves()).toBeGreaterThan(savedBefore + 1);
  await page.reload();
  await expect(page.getByTestId('section-body').first()).toHaveValue('中国人');
});
