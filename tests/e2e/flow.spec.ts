import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { libraryText } from './web-host';
import { GUANHOUGAN } from '../fixtures/template-ids';
import { docxPart, expect, exportDraft, fillTitle, openHome, test, TITLE } from './app-test';

/** A shipped template mined from the corpus: three parallel inline headings. */
const TEMPLATE = GUANHOUGAN;

const download = async (page: Page, format?: string): Promise<Buffer> =>
  (await exportDraft(page, format)).bytes;

test('template → form → preview → draft → edit → autosave → reload → restart → export', async ({
  page,
  host,
  dataDir,
  restart,
}) => {
  await openHome(page, host);

  // Templates of one shape are shown together as variants of a family.
  const family = page.locator('[data-testid^="family-"]').first();
  await expect(family).toContainText('同类模板');
  expect(await family.locator('[data-testid^="template-"]').count()).toBeGreaterThanOrEqual(2);
  // The search reads names, frames (as cards show them) and genres.
  const search = page.getByLabel('搜索模板', { exact: true });
  await search.fill('杜绝“____”');
  await expect(page.getByTestId(`template-${TEMPLATE}`)).toBeVisible();
  await expect(page.locator('[data-testid^="template-xindetihui-"]')).toHaveCount(0);
  await search.fill('党课讲稿');
  await expect(page.locator('[data-testid^="template-dangkejianggao-"]').first()).toBeVisible();
  await expect(page.locator('[data-testid^="template-guanhougan-"]')).toHaveCount(0);
  await search.fill('');

  await page.getByLabel('按文体筛选').getByText('观后感').click();
  const card = page.getByTestId(`template-${TEMPLATE}`);
  await expect(card.getByLabel('结构预览')).toContainText('战就要“____”，杜绝“____”。');
  await card.getByRole('button', { name: '使用此模板' }).click();

  await fillTitle(page);
  await page.getByTestId('row-0-甲').fill('精益求精');
  await expect(page.getByTestId('preview')).toContainText(TITLE);
  await expect(page.getByTestId('preview')).toContainText('战就要“精益求精”，杜绝“');
  // A group of three can become four: the new row takes the frame.
  await page.getByTestId('add-row-小节').click();
  await page.getByTestId('row-3-甲').fill('久久为功');
  await page.getByTestId('row-3-乙').fill('浅尝辄止');
  await expect(page.getByTestId('preview')).toContainText('战就要“久久为功”，杜绝“浅尝辄止”。');

  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('draft-title')).toHaveValue(TITLE);
  await expect(page.getByTestId('draft-section')).toHaveCount(4);
  await expect(page.getByTestId('section-heading').first()).toHaveValue(
    /^战就要“精益求精”，杜绝“.+”。$/u,
  );
  await expect(page.getByTestId('section-heading').nth(3)).toHaveValue(
    '战就要“久久为功”，杜绝“浅尝辄止”。',
  );

  // The 范文's paragraph for the section is a reference beside the editor, not the draft's text.
  const hint = page.getByTestId('section-hint').first();
  await hint.getByText('参考范文段落').click();
  await expect(hint.locator('.ant-typography')).not.toBeEmpty();
  expect(await page.getByTestId('section-body').first().inputValue()).toBe('');

  await page.getByTestId('draft-title').fill('观看《大国工匠》有感');
  const body = page.getByTestId('section-body').first();
  await body.fill('');
  await body.pressSequentially('精益求精的态度,是每一位职工都该学的本领。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // The library on disk holds the typed text (lowdb on a real file).
  expect(await libraryText(dataDir)).toContain('精益求精的态度');

  await page.reload();
  await expect(page.getByTestId('draft-title')).toHaveValue('观看《大国工匠》有感');
  await expect(body).toHaveValue('精益求精的态度,是每一位职工都该学的本领。');

  // A new host process on the same data folder still has the draft.
  await restart();
  await page.getByTestId('draft-link').filter({ hasText: '观看《大国工匠》有感' }).click();
  await expect(page.getByTestId('section-body').first()).toHaveValue(
    '精益求精的态度,是每一位职工都该学的本领。',
  );

  const docx = await download(page);
  const { value: docText } = await mammoth.extractRawText({ buffer: docx });
  expect(docText).toContain('观看《大国工匠》有感');
  // Export makes the typed ASCII comma full-width.
  expect(docText).toContain('精益求精的态度，是每一位职工都该学的本领。');
  expect(docText).toContain('战就要“久久为功”，杜绝“浅尝辄止”。');
  expect(await docxPart(docx, 'word/document.xml')).toContain('精益求精的态度');

  const txt = await download(page, '文本 .txt (UTF-8)');
  expect([...txt.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = txt.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]).toBe('观看《大国工匠》有感');
  // The template's headings are inline: the body continues the heading's paragraph.
  expect(text).toMatch(/\u3000\u3000战就要“精益求精”，杜绝“[^”]+”。精益求精的态度，是/u);
});

test('the host refuses calls without its token or from another origin', async ({
  request,
  host,
}) => {
  const url = `${host.origin}/rpc/templates:list`;
  const noToken = await request.post(url, { data: [] });
  expect(noToken.status()).toBe(401);
  const wrongToken = await request.post(url, {
    data: [],
    headers: { Authorization: 'Bearer not-the-token' },
  });
  expect(wrongToken.status()).toBe(401);
  const foreign = await request.post(url, {
    data: [],
    headers: { Authorization: `Bearer ${host.token}`, Origin: 'https://example.com' },
  });
  expect(foreign.status()).toBe(403);
  const own = await request.post(url, {
    data: [],
    headers: { Authorization: `Bearer ${host.token}`, Origin: host.origin },
  });
  expect(own.status()).toBe(200);
  expect(((await own.json()) as { ok: boolean }).ok).toBe(true);
});

test('a blank draft can be created, deleted, and the empty state guides the user', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByText('还没有草稿')).toBeVisible();
  await page.getByRole('button', { name: '新建空白草稿' }).click();
  await expect(page.getByTestId('draft-title')).toHaveValue('未命名草稿');
  await page.getByRole('button', { name: '添加一节' }).click();
  await page.getByTestId('section-heading').fill('强化安全生产责任');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.getByRole('button', { name: '返回' }).first().click();
  await expect(page.getByTestId('draft-link')).toHaveCount(1);
  await page.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有草稿')).toBeVisible();
});
