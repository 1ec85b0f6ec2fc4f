import type { CDPSession, Locator, Page } from '@playwright/test';
import type { Draft } from '../../electron/shared/model';
import { draftFromTemplate, expect, test } from './app-test';
import type { RunningHost } from './web-host';

/** A draft made from the 观后感 template; every draft the page asks the host to save, as sent. */
async function draftRecordingSaves(page: Page, host: RunningHost): Promise<Draft[]> {
  const saved: Draft[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'POST' || !r.url().includes('/rpc/drafts%3Asave')) return;
    const [draft] = r.postDataJSON() as [Draft];
    saved.push(draft);
  });
  await draftFromTemplate(page, host);
  return saved;
}

/** What the writer wrote in a draft: every field's text, nothing else. */
const writing = (d: Draft): string =>
  [d.title, d.opening, ...d.sections.flatMap((s) => [s.heading, s.body]), d.closing].join('\n');

/**
 * Types pinyin into the focused field as an input method does, one composition state after
 * another (da → dang → dangyuan), the caret after it; the word is not chosen yet.
 */
async function composing(cdp: CDPSession, states: string[]): Promise<void> {
  for (const text of states) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
}

/** Composes pinyin as `composing` does, then commits the word chosen. */
async function compose(cdp: CDPSession, states: string[], word: string): Promise<void> {
  await composing(cdp, states);
  await cdp.send('Input.insertText', { text: word });
}

const PINYIN = ['d', 'da', 'dan', 'dang', 'dangy', 'dangyu', 'dangyuan'];

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

test('a word chosen in an input method is one undo step in the title, a heading and a body, and its pinyin never reaches the draft', async ({
  page,
  host,
}) => {
  const saves = await draftRecordingSaves(page, host);
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

    await composing(cdp, PINYIN);
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
  const saves = await draftRecordingSaves(page, host);
  const opening = page.getByTestId('draft-opening');
  await opening.focus();
  await opening.press('End');
  const savedBefore = saves.length;
  // starts the autosave's pause, which ends while the writer is still composing
  await page.keyboard.insertText('我们');
  const cdp = await page.context().newCDPSession(page);
  await composing(cdp, ['yiding']);
  await expect.poll(() => saves.length).toBeGreaterThan(savedBefore);
  expect(saves.at(-1)?.opening).toMatch(/我们$/u);
  await expect(opening).toHaveValue(/我们yiding$/u);

  await cdp.send('Input.insertText', { text: '一定' });
  await expect(opening).toHaveValue(/我们一定$/u);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  expect(saves.at(-1)?.opening).toMatch(/我们一定$/u);
  for (const saved of saves) expect(writing(saved)).not.toMatch(/[a-z]/u);
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
  await composing(cdp, ['zhong', 'zhongguo']);
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

  await compose(cdp, ['ren'], '人');
  await expect(body).toHaveValue('中国人');

  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  expect(await saves()).toBeGreaterThan(savedBefore + 1);
  await page.reload();
  await expect(page.getByTestId('section-body').first()).toHaveValue('中国人');
});
