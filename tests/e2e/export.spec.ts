import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, exportDraft, test } from './app-test';

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
  host,
}) => {
  await draftWithPlaceholder(page, host.url);
  const file = await exportDraft(page);
  await expect(page.getByText('第1节正文有待填写的内容“XXX”')).toBeVisible();
  const { value } = await mammoth.extractRawText({ buffer: file.bytes });
  expect(value).toContain('XXX同志说：要抓落实。');
});

test('copy puts rich text in the official fonts and plain text on the clipboard', async ({
  page,
  context,
  host,
}) => {
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

/** Reads one part of a .docx. */
async function part(bytes: Buffer, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (!file) throw new Error(`${name} missing`);
  return file.async('string');
}

test('the export dialog: Windows fonts and a byline, remembered after a reload, and used by copy', async ({
  page,
  context,
  host,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await draftWithPlaceholder(page, host.url);

  // Ctrl+E opens it with the defaults: Word, GB/T 9704, the GB fonts, no byline.
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog.getByRole('radio', { name: 'Word (.docx)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: '公文格式 (GB/T 9704)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^公文字体/u })).toBeChecked();
  await expect(dialog.getByTestId('export-author')).toHaveValue('');

  await dialog.getByRole('radio', { name: /^Windows 自带字体/u }).check();
  await dialog.getByLabel('署名(单位或作者)').fill('县教育局');
  await dialog.getByTestId('export-today').click();
  await expect(dialog.getByTestId('export-date')).toHaveValue(/^\d{4}年\d{1,2}月\d{1,2}日$/u);
  const date = await dialog.getByTestId('export-date').inputValue();
  const pending = page.waitForEvent('download');
  await dialog.getByTestId('export-ok').click();
  const bytes = await readFile(await (await pending).path());
  await expect(dialog).toBeHidden();

  const styles = await part(bytes, 'word/styles.xml');
  expect(styles).toContain('w:eastAsia="仿宋"');
  expect(styles).not.toContain('_GB2312');
  expect(await part(bytes, 'word/fontTable.xml')).toContain(
    '<w:font w:name="仿宋"><w:altName w:val="FangSong"/>',
  );
  expect(await part(bytes, 'word/document.xml')).toContain(`县教育局  ${date}`);

  // The rich copy follows the last export's fonts.
  await page.getByTestId('copy-menu').hover();
  await page.getByTestId('copy-rich').click();
  await expect(page.getByText('已复制,可直接粘贴到 Word')).toBeVisible();
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? (await item.getType('text/html')).text() : '';
  });
  // The clipboard hands the HTML back with its quotes as entities.
  expect(html).toMatch(/mso-fareast-font-family:(?:"|&quot;)仿宋(?:"|&quot;)/u);
  expect(html).not.toContain('_GB2312');

  // A reload keeps the choice; a cancelled change is not kept.
  await page.reload();
  await page.getByTestId('export').click();
  await expect(dialog.getByRole('radio', { name: /^Windows 自带字体/u })).toBeChecked();
  await expect(dialog.getByTestId('export-author')).toHaveValue('县教育局');
  await expect(dialog.getByTestId('export-date')).toHaveValue(date);
  await dialog.getByTestId('export-author').fill('别的单位');
  await dialog.getByRole('radio', { name: '普通格式' }).check();
  // The plain preset has its own fonts: no scheme to choose.
  await expect(dialog.getByRole('radio', { name: /^Windows 自带字体/u })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByTestId('export').click();
  await expect(dialog.getByTestId('export-author')).toHaveValue('县教育局');
  await expect(dialog.getByRole('radio', { name: '公文格式 (GB/T 9704)' })).toBeChecked();
});

test('the export dialog: GB18030 text, and the plain Word preset', async ({ page, host }) => {
  await draftWithPlaceholder(page, host.url);

  const txt = await exportDraft(page, '文本 .txt (GB18030)');
  expect(txt.name).toBe('学习心得.txt');
  // GB18030 has no BOM: the first bytes are the title's.
  expect(new TextDecoder('gb18030').decode(txt.bytes)).toBe(
    '学习心得\r\n\u3000\u3000提高认识\r\n\u3000\u3000XXX同志说：要抓落实。\r\n',
  );

  // The text format was remembered; Word's own fields are hidden for it.
  await page.getByTestId('export').click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog.getByRole('radio', { name: '文本 .txt (GB18030)' })).toBeChecked();
  await expect(dialog.getByTestId('export-author')).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
  await dialog.getByRole('radio', { name: '普通格式' }).check();
  const pending = page.waitForEvent('download');
  await dialog.getByTestId('export-ok').click();
  const file = await pending;
  expect(file.suggestedFilename()).toBe('学习心得.docx');
  const fontTable = await part(await readFile(await file.path()), 'word/fontTable.xml');
  expect([...fontTable.matchAll(/<w:font w:name="([^"]+)">/gu)].map((m) => m[1])).toEqual([
    '宋体',
    'Times New Roman',
  ]);
});
