import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { blankDraft, chooseOption, expect, exportDraft, test } from './app-test';
import { openForScreenshots, screenshotFolder } from './screenshots';

/*
 * A draft written in the page view alone, by keyboard as a writer does (no outline, no form), then
 * exported: the Word file's text is the page's text, line for line. Screenshots of the page and of
 * the Word file's first page go to test-results/page-view; `FANSHI_SCREENSHOTS=assets/screenshots`
 * refreshes the README's copies (the Word page is rendered with LibreOffice, as
 * libreoffice-render.test.ts does).
 */

const run = promisify(execFile);

/** The page's text as it reads: each line a paragraph, each heading with its number. */
const pageText = (page: Page): Promise<string[]> =>
  page.getByTestId('page-view').evaluate((root) => {
    const lines: string[] = [];
    for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      '[data-field]',
    )) {
      if (el.dataset.field === 'heading') {
        const marker = el.closest('section')?.querySelector('[data-testid="section-marker"]');
        lines.push((marker?.textContent ?? '') + el.value.trim());
      } else {
        lines.push(...el.value.split('\n').map((l) => l.trim()));
      }
    }
    return lines.filter((l) => l.length > 0);
  });

/** Types paragraphs into the field with the caret, as keys, with Enter between them. */
async function type(page: Page, ...paragraphs: string[]): Promise<void> {
  for (const [i, text] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }
}

/** The sections the writer adds on the page: each heading and its body's paragraphs. */
const SECTIONS = [
  { heading: '图书从哪里来', body: ['居民捐出家中闲置的书，街道每季度补充一批新书。'] },
  {
    heading: '读者在哪里',
    body: ['放学后的孩子最多，周末常有老人来读报。', '暑假里开了绘本课，每周两次。'],
  },
  { heading: '还有哪些不足', body: ['开放时间偏短，上班的居民很少能来。'] },
];

async function renderFirstPage(docx: Buffer, png: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'fanshi-page-view-'));
  try {
    const file = join(dir, 'draft.docx');
    await writeFile(file, docx);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      {
        env: { ...process.env, FONTCONFIG_FILE: resolve('tests/fixtures/fontconfig/fonts.conf') },
        timeout: 180_000,
      },
    );
    const prefix = png.replace(/\.png$/u, '');
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, 'draft.pdf'),
      prefix,
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a draft written on the page exports to a Word file that reads as the page does', async ({
  page,
  host,
}) => {
  const shoot = await openForScreenshots(page, host, 'page-view', { width: 1280, height: 1200 });
  await page.getByRole('button', { name: '新建空白草稿' }).click();
  await expect(page.getByTestId('page-view')).toBeVisible();

  // A new draft is called 未命名草稿 until the writer types over it.
  await page.getByTestId('draft-title').click();
  await page.keyboard.press('Control+A');
  await type(page, '社区图书角一年工作回顾');
  await page.getByTestId('draft-opening').click();
  await type(
    page,
    '去年春天，社区在活动中心辟出一间小屋，办起了居民自己的图书角。',
    '一年来，志愿者轮流值守，借还图书三千余册。',
  );

  // The first section from the rail; the next ones with Alt+Enter from the heading before.
  for (const [i, { heading, body }] of SECTIONS.entries()) {
    if (i === 0) await page.getByRole('button', { name: '添加一节' }).click();
    else
      await page
        .getByTestId('section-heading')
        .nth(i - 1)
        .press('Alt+Enter');
    await expect(page.getByTestId('section-heading').nth(i)).toBeFocused();
    await type(page, heading);
    await page.getByTestId('section-body').nth(i).click();
    await type(page, ...body);
  }

  await page.getByTestId('draft-closing').click();
  await type(page, '新的一年，我们想把图书角办得更久、更暖。');

  await chooseOption(page.getByLabel('一级小标题编号'), '一、 二、 三、');
  const markers = page.getByTestId('section-marker');
  await expect(markers).toHaveText(['一、', '二、', '三、']);

  // Reorder: 还有哪些不足 up, before 读者在哪里 (Alt+↑, the caret stays in its heading).
  await page.getByTestId('section-heading').nth(2).press('Alt+ArrowUp');
  await expect(page.getByTestId('section-heading').nth(1)).toHaveValue('还有哪些不足');
  await expect(page.getByTestId('section-heading').nth(1)).toBeFocused();
  // Indent: 读者在哪里 becomes a subsection of it (Tab in its heading).
  await page.getByTestId('section-heading').nth(2).press('Tab');
  await expect(page.getByTestId('draft-section').nth(2)).toHaveAttribute('data-level', '2');
  await expect(page.getByTestId('section-heading').nth(2)).toBeFocused();
  await chooseOption(page.getByLabel('二级小标题编号'), '（一） （二） （三）');
  await expect(markers).toHaveText(['一、', '二、', '（一）']);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // Only the section with the caret or the pointer shows its tools.
  await page.getByTestId('draft-closing').click();
  await page.mouse.move(0, 0);
  const tools = page.getByTestId('section-tools');
  await expect(tools.nth(0)).toHaveCSS('opacity', '0');
  await page.getByTestId('section-body').nth(0).click();
  await expect(tools.nth(0)).toHaveCSS('opacity', '1');
  await expect(tools.nth(1)).toHaveCSS('opacity', '0');

  const onPage = await pageText(page);
  expect(onPage).toEqual([
    '社区图书角一年工作回顾',
    '去年春天，社区在活动中心辟出一间小屋，办起了居民自己的图书角。',
    '一年来，志愿者轮流值守，借还图书三千余册。',
    '一、图书从哪里来',
    '居民捐出家中闲置的书，街道每季度补充一批新书。',
    '二、还有哪些不足',
    '开放时间偏短，上班的居民很少能来。',
    '（一）读者在哪里',
    '放学后的孩子最多，周末常有老人来读报。',
    '暑假里开了绘本课，每周两次。',
    '新的一年，我们想把图书角办得更久、更暖。',
  ]);

  // As a writer sees the page between two sentences: no caret, no pointer on a section.
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.mouse.move(0, 0);
  // At the Word page's picture's scale (60 dpi of 96), so the two compare side by side.
  await page.evaluate(() => {
    document.documentElement.style.zoom = '0.625';
  });
  const view = await page.getByTestId('page-view').boundingBox();
  const sheet = await page.locator('.fs-first .fs-sheet').boundingBox();
  if (!view || !sheet) throw new Error('the page is not on screen');
  // One A4 page's height of the sheet, and the rail beside it.
  await shoot('page-view', {
    x: view.x,
    y: view.y,
    width: view.width,
    height: Math.round(sheet.width * 1.414),
  });
  await page.evaluate(() => {
    document.documentElement.style.zoom = '';
  });

  const file = await exportDraft(page);
  const { value } = await mammoth.extractRawText({ buffer: file.bytes });
  const inWord = value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  expect(inWord).toEqual(onPage);

  if (process.env.FANSHI_SCREENSHOTS && spawnSync('which', ['soffice']).status === 0) {
    test.setTimeout(240_000);
    await renderFirstPage(
      file.bytes,
      join(screenshotFolder('page-view'), 'page-view-docx-page1.png'),
    );
  }
});

test('the outline view edits the same draft with the same undo history, and is remembered', async ({
  page,
  host,
}) => {
  await blankDraft(page, host, '春季运动会总结');
  const pageView = page.getByTestId('page-view');
  await expect(pageView).toBeVisible();

  // The same draft in the outline: the title typed on the page, then an opening typed here.
  await page.getByTestId('editor-view').getByText('大纲').click();
  await expect(pageView).toBeHidden();
  await expect(page.getByTestId('draft-title')).toHaveValue('春季运动会总结');
  await page.getByTestId('draft-opening').fill('四月的一个晴天，全校师生在操场上迎来了运动会。');

  // One history: undo reaches back across the switch to the page's step.
  await page.getByTestId('draft-opening').press('Control+z');
  await expect(page.getByTestId('draft-opening')).toHaveValue('');
  await page.getByTestId('draft-opening').press('Control+z');
  await expect(page.getByTestId('draft-title')).toHaveValue('未命名草稿');

  // Back on the page, redo brings both steps back.
  await page.getByTestId('editor-view').getByText('页面').click();
  await expect(pageView).toBeVisible();
  await page.getByTestId('draft-title').press('Control+Shift+z');
  await page.getByTestId('draft-title').press('Control+Shift+z');
  await expect(page.getByTestId('draft-title')).toHaveValue('春季运动会总结');
  await expect(page.getByTestId('draft-opening')).toHaveValue(
    '四月的一个晴天，全校师生在操场上迎来了运动会。',
  );
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // The view chosen last is the one the editor opens in.
  await page.getByTestId('editor-view').getByText('大纲').click();
  await page.reload();
  await expect(page.getByTestId('draft-opening')).toHaveValue(
    '四月的一个晴天，全校师生在操场上迎来了运动会。',
  );
  await expect(pageView).toBeHidden();
  await page.getByTestId('editor-view').getByText('页面').click();
  await page.reload();
  await expect(pageView).toBeVisible();
});
