import type { CDPSession, Locator, Page } from '@playwright/test';
import type { Draft } from '../../electron/shared/model';
import { draftFromTemplate, expect, test } from './app-test';
import { dragSection } from './drag';

/** Every draft the page asks the host to save, as sent. */
function recordSaves(page: Page): Draft[] {
  const saved: Draft[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'POST' || !r.url().includes('/rpc/drafts%3Asave')) return;
    const [draft] = r.postDataJSON() as [Draft];
    saved.push(draft);
  });
  return saved;
}

/** What the writer wrote in a draft: every field's text, nothing else. */
const writing = (d: Draft): string =>
  [d.title, d.opening, ...d.sections.flatMap((s) => [s.heading, s.body]), d.closing].join('\n');

/**
 * Types pinyin into the focused field as an input method does, one composition state after
 * another (da → dang → dangyuan), then commits the word chosen.
 */
async function compose(cdp: CDPSession, states: string[], word: string): Promise<void> {
  for (const text of states) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.insertText', { text: word });
}

const PINYIN = ['d', 'da', 'dan', 'dang', 'dangy', 'dangyu', 'dangyuan'];

test('a word chosen in an input method is one undo step in the title, a heading and a body, and its pinyin never reaches the draft', async ({
  page,
  host,
}) => {
  const saves = recordSaves(page);
  await draftFromTemplate(page, host);
  const cdp = await page.context().newCDPSession(page);
  const fields: Array<[string, Locator]> = [
    ['title', page.getByTestId('draft-title')],
    ['heading', page.getByTestId('section-heading').nth(1)],
    ['body', page.getByTestId('section-body').nth(0)],
  ];
  const sectionCount = page.getByTestId('section-count').nth(0);
  const draftCount = page.getByTestId('draft-count');

  for (const [name, field] of fields) {
    const before = await field.inputValue();
    expect(before, name).not.toMatch(/[a-z]/u);
    await field.focus();
    await field.press('End');
    // typed straight before the composition: within one undo step's merge time
    await page.keyboard.insertText('很好');
    await expect(field).toHaveValue(`${before}很好`);
    const countsBefore = [await sectionCount.innerText(), await draftCount.innerText()];

    for (const text of PINYIN.slice(0, -1)) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    await cdp.send('Input.imeSetComposition', {
      text: 'dangyuan',
      selectionStart: 8,
      selectionEnd: 8,
    });
    await expect(field).toHaveValue(`${before}很好dangyuan`);
    // the pinyin is not the draft's: its 字数 did not take it in
    expect([await sectionCount.innerText(), await draftCount.innerText()], name).toEqual(
      countsBefore,
    );
    await cdp.send('Input.insertText', { text: '党员' });
    await expect(field).toHaveValue(`${before}很好党员`);

    await field.press('Control+z');
    await expect(field, `${name}: the first undo takes the chosen word`).toHaveValue(
      `${before}很好`,
    );
    await field.press('Control+z');
    await expect(field, `${name}: the second takes what was typed before it`).toHaveValue(before);
    await field.press('Control+Shift+z');
    await expect(field).toHaveValue(`${before}很好`);
    await field.press('Control+Shift+z');
    await expect(field).toHaveValue(`${before}很好党员`);
  }

  // two words chosen one after the other are two steps
  const body = page.getByTestId('section-body').nth(0);
  const start = await body.inputValue();
  await body.focus();
  await body.press('End');
  await compose(cdp, ['gan', 'ganbu'], '干部');
  await compose(cdp, ['qun', 'qunzhong'], '群众');
  await expect(body).toHaveValue(`${start}干部群众`);
  await body.press('Control+z');
  await expect(body).toHaveValue(`${start}干部`);
  await body.press('Control+Shift+z');

  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  expect(saves.length).toBeGreaterThan(0);
  for (const saved of saves) expect(writing(saved)).not.toMatch(/[a-z]/u);
  await page.reload();
  await expect(page.getByTestId('draft-title')).toHaveValue(/很好党员$/u);
  await expect(page.getByTestId('section-heading').nth(1)).toHaveValue(/很好党员$/u);
  await expect(page.getByTestId('section-body').nth(0)).toHaveValue(/很好党员干部群众$/u);
});

test('letters left composing while autosave runs are not saved; the word chosen then is', async ({
  page,
  host,
}) => {
  const saves = recordSaves(page);
  await draftFromTemplate(page, host);
  const opening = page.getByTestId('draft-opening');
  await opening.focus();
  await opening.press('End');
  const savedBefore = saves.length;
  // starts the autosave's pause, which ends while the writer is still composing
  await page.keyboard.insertText('我们');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'yiding', selectionStart: 6, selectionEnd: 6 });
  await expect.poll(() => saves.length).toBeGreaterThan(savedBefore);
  expect(saves.at(-1)?.opening).toMatch(/我们$/u);
  await expect(opening).toHaveValue(/我们yiding$/u);

  await cdp.send('Input.insertText', { text: '一定' });
  await expect(opening).toHaveValue(/我们一定$/u);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  expect(saves.at(-1)?.opening).toMatch(/我们一定$/u);
  for (const saved of saves) expect(writing(saved)).not.toMatch(/[a-z]/u);
});

test('with the focus on no field, after a drag or a button, Ctrl+Z undoes the draft’s last change', async ({
  page,
  host,
}) => {
  await draftFromTemplate(page, host);
  const headings = page.getByTestId('section-heading');
  const [first = '', second = '', third = ''] = await headings.evaluateAll((els) =>
    els.map((e) => (e instanceof HTMLInputElement ? e.value : '')),
  );
  const sections = page.getByTestId('draft-section');
  const order = (): Promise<string[]> =>
    headings.evaluateAll((els) => els.map((e) => (e instanceof HTMLInputElement ? e.value : '')));

  await dragSection(sections.nth(2), sections.nth(0), async () =>
    expect(await order()).toEqual([third, first, second]),
  );
  await expect(page.locator('input:focus, textarea:focus')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(order).toEqual([first, second, third]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(order).toEqual([third, first, second]);
  await page.keyboard.press('Control+z');
  await expect.poll(order).toEqual([first, second, third]);

  // the delete button goes with its section: the focus is left on the page
  await page.getByRole('button', { name: '删除第3节' }).click();
  await expect(sections).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(sections).toHaveCount(3);
  expect(await order()).toEqual([first, second, third]);

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
