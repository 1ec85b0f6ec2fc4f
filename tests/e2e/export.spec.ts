import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import {
  blankDraft,
  docxPart,
  expect,
  exportDraft,
  exportFromDialog,
  openExport,
  test,
} from './app-test';

// The copy commands are checked by reading the clipboard back.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// Every test here starts in a blank draft with one section whose body still holds a placeholder
// and ASCII punctuation.
test.beforeEach(async ({ page, host }) => {
  await blankDraft(page, host, '学习心得');
  await page.getByRole('button', { name: '添加一节' }).click();
  await page.getByTestId('section-heading').fill('提高认识');
  await page.getByTestId('section-body').fill('XXX同志说:要抓落实。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
});

/**
 * Copies the draft by the copy menu's item `item`, waits for its message, and answers what the
 * clipboard then holds: the text of each type it has.
 */
async function copyDraft(
  page: Page,
  item: 'copy-rich' | 'copy-text',
  message: string,
): Promise<Record<string, string>> {
  await page.getByTestId('copy-menu').hover();
  await page.getByTestId(item).click();
  await expect(page.getByText(message)).toBeVisible();
  return page.evaluate(async () => {
    const [held] = await navigator.clipboard.read();
    if (!held) return {};
    const texts = held.types.map(async (type) => [type, await (await held.getType(type)).text()]);
    return Object.fromEntries(await Promise.all(texts)) as Record<string, string>;
  });
}

test('export warns about an unfilled placeholder and still downloads the file', async ({
  page,
}) => {
  const file = await exportDraft(page);
  await expect(page.getByText('第1节正文有待填写的内容“XXX”')).toBeVisible();
  const { value } = await mammoth.extractRawText({ buffer: file.bytes });
  expect(value).toContain('XXX同志说：要抓落实。');
});

test('copy puts rich text in the official fonts and plain text on the clipboard', async ({
  page,
}) => {
  const rich = await copyDraft(page, 'copy-rich', '已复制,可直接粘贴到 Word');
  expect(Object.keys(rich)).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(rich['text/html']).toContain('仿宋_GB2312');
  expect(rich['text/html']).toContain('XXX同志说：要抓落实。');
  expect(rich['text/plain']).toBe(
    '学习心得\n\u3000\u3000提高认识\n\u3000\u3000XXX同志说：要抓落实。\n',
  );

  const plain = await copyDraft(page, 'copy-text', '已复制纯文本');
  expect(Object.keys(plain)).toEqual(['text/plain']);
});

test('the export dialog: Windows fonts and a byline, remembered after a reload, and used by copy', async ({
  page,
}) => {
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
  const { bytes } = await exportFromDialog(dialog);

  const styles = await docxPart(bytes, 'word/styles.xml');
  expect(styles).toContain('w:eastAsia="仿宋"');
  expect(styles).not.toContain('_GB2312');
  expect(await docxPart(bytes, 'word/fontTable.xml')).toContain(
    '<w:font w:name="仿宋"><w:altName w:val="FangSong"/>',
  );
  expect(await docxPart(bytes, 'word/document.xml')).toContain(`县教育局  ${date}`);

  // The rich copy follows the last export's fonts.
  const html = (await copyDraft(page, 'copy-rich', '已复制,可直接粘贴到 Word'))['text/html'];
  // The clipboard hands the HTML back with its quotes as entities.
  expect(html).toMatch(/mso-fareast-font-family:(?:"|&quot;)仿宋(?:"|&quot;)/u);
  expect(html).not.toContain('_GB2312');

  // A reload keeps the choice; a cancelled change is not kept.
  await page.reload();
  await openExport(page);
  await expect(dialog.getByRole('radio', { name: /^Windows 自带字体/u })).toBeChecked();
  await expect(dialog.getByTestId('export-author')).toHaveValue('县教育局');
  await expect(dialog.getByTestId('export-date')).toHaveValue(date);
  await dialog.getByTestId('export-author').fill('别的单位');
  await dialog.getByRole('radio', { name: '普通格式' }).check();
  // The plain preset has its own fonts: no scheme to choose.
  await expect(dialog.getByRole('radio', { name: /^Windows 自带字体/u })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await openExport(page);
  await expect(dialog.getByTestId('export-author')).toHaveValue('县教育局');
  await expect(dialog.getByRole('radio', { name: '公文格式 (GB/T 9704)' })).toBeChecked();
});

test('the export dialog: GB18030 text, and the plain Word preset', async ({ page }) => {
  const txt = await exportDraft(page, '文本 .txt (GB18030)');
  expect(txt.name).toBe('学习心得.txt');
  // GB18030 has no BOM: the first bytes are the title's.
  expect(new TextDecoder('gb18030').decode(txt.bytes)).toBe(
    '学习心得\r\n\u3000\u3000提高认识\r\n\u3000\u3000XXX同志说：要抓落实。\r\n',
  );

  // The text format was remembered; Word's own fields are hidden for it.
  const dialog = await openExport(page);
  await expect(dialog.getByRole('radio', { name: '文本 .txt (GB18030)' })).toBeChecked();
  await expect(dialog.getByTestId('export-author')).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
  await dialog.getByRole('radio', { name: '普通格式' }).check();
  const file = await exportFromDialog(dialog);
  expect(file.name).toBe('学习心得.docx');
  const fontTable = await docxPart(file.bytes, 'word/fontTable.xml');
  expect([...fontTable.matchAll(/<w:font w:name="([^"]+)">/gu)].map((m) => m[1])).toEqual([
    '宋体',
    'Times New Roman',
  ]);
});
