import { readFile } from 'node:fs/promises';
import { draftFromTemplate, expect, fieldValues, headings, test } from './app-test';

// 另存为 copies the draft for Word: the test reads the clipboard back.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('with the host out of reach, 另存为 keeps the window’s text as a .txt and copies it for Word; 导入 reads the .txt back into a draft', async ({
  page,
  host,
  restart,
}) => {
  await draftFromTemplate(page, host);
  await page.getByTestId('draft-opening').fill('近日，我所在的车间组织观看了纪录片。');
  const bodies = page.getByTestId('section-body');
  await bodies.nth(0).fill('老师傅们几十年如一日。\n把每一道工序做到极致。');
  await bodies.nth(1).fill('精益求精，是他们的习惯。');
  await bodies.nth(2).fill('专注让平凡的岗位发光。');
  await page.getByTestId('draft-closing').fill('总之，我要以他们为榜样，干好本职工作。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  await host.stop();
  // written while the host is gone: only the window has it
  await page.getByTestId('draft-title').fill('观看《大国工匠》有感');
  await expect(page.getByTestId('save-failed')).toBeVisible();
  const window = {
    title: await page.getByTestId('draft-title').inputValue(),
    opening: await page.getByTestId('draft-opening').inputValue(),
    headings: await headings(page),
    markers: await page.getByTestId('section-marker').allInnerTexts(),
    bodies: await fieldValues(page, 'section-body'),
    closing: await page.getByTestId('draft-closing').inputValue(),
  };

  await page.getByTestId('save-as').click();
  const pending = page.waitForEvent('download');
  await page.getByTestId('save-as-txt').click();
  const file = await pending;
  expect(file.suggestedFilename()).toBe('观看《大国工匠》有感(未保存的副本).txt');
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(window.title);
  // each heading flush on a line of its own, with its number; each paragraph indented
  window.headings.forEach((h, i) => expect(lines).toContain(`${window.markers[i]}${h}`));
  expect(lines).toContain('\u3000\u3000把每一道工序做到极致。');
  expect(text).not.toContain('{');

  await page.getByTestId('save-as').click();
  await page.getByTestId('save-as-word').click();
  await expect(page.getByText('已复制全文')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')[0]).toBe(window.title);
  // laid out as the document prints: a heading that ends a sentence runs into its paragraph
  expect(copied).toContain(
    `\u3000\u3000${window.markers[0]}${window.headings[0]}老师傅们几十年如一日。`,
  );
  expect(copied).toContain('\u3000\u3000把每一道工序做到极致。');
  expect(copied).toContain(window.closing);

  // the host is back: the text file becomes a draft again
  await restart();
  await page.getByTestId('library-menu').click();
  await page.getByRole('menuitem', { name: '从文本文件新建草稿…' }).click();
  await page.getByTestId('draft-from-text-file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'text/plain',
    buffer: bytes,
  });
  await expect(page.getByTestId('draft-title')).toHaveValue(window.title);
  await expect(page.getByTestId('draft-opening')).toHaveValue(window.opening);
  expect(await headings(page)).toEqual(window.headings);
  await expect(page.getByTestId('section-marker')).toHaveText(window.markers);
  expect(await fieldValues(page, 'section-body')).toEqual(window.bodies);
  await expect(page.getByTestId('draft-closing')).toHaveValue(window.closing);
});

test('a file that is not text is refused with a reason, and no draft is made', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByTestId('library-menu').click();
  await page.getByRole('menuitem', { name: '从文本文件新建草稿…' }).click();
  await page.getByTestId('draft-from-text-file').setInputFiles({
    name: '草稿.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x10]),
  });
  await expect(page.getByText(/导入失败.*二进制/u)).toBeVisible();
  await expect(page.getByTestId('drafts-empty')).toBeVisible();
});
