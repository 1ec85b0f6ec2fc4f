import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { startHost, type RunningHost } from './web-host';

let dataDir = '';
let host: RunningHost | undefined;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'fanshi-e2e-export-'));
  host = await startHost(dataDir);
});

test.afterEach(async () => {
  await host?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** A blank draft with one section whose body still holds a placeholder and ASCII punctuation. */
async function draftWithPlaceholder(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: '新建空白草稿' }).click();
  await page.getByTestId('draft-title').fill('学习心得');
  await page.getByRole('button', { name: '添加一节' }).click();
  await page.getByTestId('section-heading').fill('提高认识');
  await page.getByTestId('section-body').fill('XXX同志说:要抓落实。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

test('export warns about an unfilled placeholder and still downloads the file', async ({
  page,
}) => {
  if (!host) throw new Error('no host');
  await draftWithPlaceholder(page, host.url);
  const pending = page.waitForEvent('download');
  await page.getByTestId('export-docx').click();
  const file = await readFile(await (await pending).path());
  await expect(page.getByText('第1节正文有待填写的内容“XXX”')).toBeVisible();
  const { value } = await mammoth.extractRawText({ buffer: file });
  expect(value).toContain('XXX同志说：要抓落实。');
});

test('copy puts rich text in the official fonts and plain text on the clipboard', async ({
  page,
  context,
}) => {
  if (!host) throw new Error('no host');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await draftWithPlaceholder(page, host.url);

  await page.getByTestId('copy-menu').hover();
  await page.getByTestId('copy-rich').click();
  await expect(page.getByText('已复制,可直接粘贴到 Word')).toBeVisible();
  const rich = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    return {
      types: [...item.types],
      html: await (await item.getType('text/html')).text(),
      text: await (await item.getType('text/plain')).text(),
    };
  });
  expect(rich?.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(rich?.html).toContain('仿宋_GB2312');
  expect(rich?.html).toContain('XXX同志说：要抓落实。');
  expect(rich?.text).toBe('学习心得\n\u3000\u3000提高认识\n\u3000\u3000XXX同志说：要抓落实。\n');

  await page.getByTestId('copy-menu').hover();
  await page.getByTestId('copy-text').click();
  await expect(page.getByText('已复制纯文本')).toBeVisible();
  const types = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? [...item.types] : [];
  });
  expect(types).toEqual(['text/plain']);
});
