import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './web-host';

/** An essay written for this test, on a topic the corpus does not have. */
const ESSAY = resolve(__dirname, '../fixtures/import/teacher-training.txt');
/** A page as an essay website shows it, with furniture around an essay that has no headings. */
const PAGE = resolve(__dirname, '../fixtures/import/library-page.txt');

let dataDir = '';
let host: RunningHost | undefined;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'fanshi-e2e-import-'));
  host = await startHost(dataDir);
});

test.afterEach(async () => {
  await host?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

test('an imported essay becomes a template in the gallery, then a draft', async ({ page }) => {
  if (!host) throw new Error('no host');
  await page.goto(host.url);
  await page.getByTestId('open-import').click();
  const dialog = page.getByRole('dialog', { name: '导入范文' });
  await dialog.locator('input[type=file]').setInputFiles(ESSAY);
  await expect(dialog).toContainText('teacher-training.txt');
  await dialog.getByTestId('import-start').click();

  // First what the miner read: the title can be corrected before the template is made.
  const report = dialog.getByTestId('import-report');
  await expect(report).toContainText('编码 utf-8');
  await expect(report).toContainText('小标题 3 个');
  await expect(report).toContainText('将生成模板');
  const title = dialog.getByLabel('第 1 篇标题');
  await expect(title).toHaveValue('参加2025年青年教师培训的心得体会');
  await title.fill('青年教师培训心得体会');
  await dialog.getByTestId('import-make').click();
  await expect(report).toContainText('生成模板 1 个');
  await expect(title).toBeDisabled();
  await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();

  // The new template sits in the gallery as the user's own, and survives a reload.
  await page.reload();
  const card = page.locator('[data-testid^="template-u-"]');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('我的模板');
  // The three numbered headings share 以…,做… : one frame, filled per section.
  await expect(card.getByLabel('结构预览')).toContainText('以____，做____');
  await card.getByRole('button', { name: '使用此模板' }).click();

  await page.getByTestId('row-0-甲').fill('德立身');
  await page.getByTestId('row-0-乙').fill('学生信赖的教师');
  await expect(page.getByTestId('preview')).toContainText('一、以德立身，做学生信赖的教师');
  await expect(page.getByTestId('preview')).toContainText('二、以爱育人，做学生成长的引路人');
  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('section-heading')).toHaveCount(3);
  await expect(page.getByTestId('section-heading').first()).toHaveValue(
    '以德立身，做学生信赖的教师',
  );
  await expect(page.getByTestId('draft-title')).toHaveValue(/青年教师培训心得体会/u);
});

test('a web page: the furniture removed is listed, and why it gives no template', async ({
  page,
}) => {
  if (!host) throw new Error('no host');
  await page.goto(host.url);
  await page.getByTestId('open-import').click();
  const dialog = page.getByRole('dialog', { name: '导入范文' });
  await dialog.locator('input[type=file]').setInputFiles(PAGE);
  await dialog.getByTestId('import-start').click();

  const report = dialog.getByTestId('import-report');
  await expect(dialog.getByLabel('第 1 篇标题')).toHaveValue('社区读书会活动心得');
  await expect(report).toContainText('去除杂项 4 行');
  await expect(dialog.getByTestId('import-essay')).toContainText(
    '没有找到小标题,无法生成模板(至少需要两个小标题)',
  );
  await dialog.getByRole('button', { name: '去除的杂项(4 行)' }).click();
  await expect(dialog.getByTestId('import-junk').getByRole('listitem')).toHaveText([
    '返回首页',
    '某某范文网 > 心得体会 > 读书心得',
    '发布时间:2025-04-23 09:15 来源:某某范文网 浏览:318次',
    '上一篇:社区志愿服务心得',
  ]);
  await dialog.getByTestId('import-make').click();
  await expect(report).toContainText('生成模板 0 个');
  await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();
  await expect(page.locator('[data-testid^="template-u-"]')).toHaveCount(0);
});

test('a template edited with an error shows where, and a fixed one saves as a new template', async ({
  page,
}) => {
  if (!host) throw new Error('no host');
  await page.goto(host.url);
  await page.getByRole('button', { name: '编辑' }).first().click();
  const source = page.getByTestId('template-source');
  await source.fill('第一行\n{{constructor}}');
  await expect(page.getByTestId('template-problems')).toContainText(
    '第 2 行第 3 列:禁止访问原型属性',
  );
  await source.fill(
    '{{#title}}安全生产月活动总结{{/title}}\n{{#opening}}为筑牢安全防线,我们开展了系列活动。{{/opening}}',
  );
  await expect(page.getByTestId('template-preview')).toHaveText(
    '安全生产月活动总结\n为筑牢安全防线,我们开展了系列活动。',
  );
  await page.getByLabel('新模板名称').fill('安全生产月总结');
  await page.getByRole('button', { name: '另存为新模板' }).click();
  await expect(page.getByTestId('preview')).toContainText('安全生产月活动总结');
  await page.goto(host.url);
  await expect(page.locator('[data-testid^="template-u-"]')).toContainText('安全生产月总结');
});
