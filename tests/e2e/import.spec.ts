import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './web-host';

/** An essay written for this test, on a topic the corpus does not have. */
const ESSAY = resolve(__dirname, '../fixtures/import/teacher-training.txt');

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

  const report = dialog.getByTestId('import-report');
  await expect(report).toContainText('编码 utf-8');
  await expect(report).toContainText('生成模板 1 个');
  await expect(report).toContainText('小标题 3 个');
  await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();

  // The new template sits in the gallery as the user's own, and survives a reload.
  await page.reload();
  const card = page.locator('[data-testid^="template-u-"]');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('我的模板');
  await expect(card.getByLabel('结构预览')).toContainText('以爱育人,做学生成长的引路人');
  await card.getByRole('button', { name: '使用此模板' }).click();

  await page.getByTestId('row-0-小标题').fill('以德立身,做学生信赖的教师');
  await expect(page.getByTestId('preview')).toContainText('一、以德立身,做学生信赖的教师');
  await expect(page.getByTestId('preview')).toContainText('二、以爱育人,做学生成长的引路人');
  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('section-heading')).toHaveCount(3);
  await expect(page.getByTestId('section-heading').first()).toHaveValue(
    '以德立身,做学生信赖的教师',
  );
  await expect(page.getByTestId('draft-title')).toHaveValue(/青年教师培训的心得体会/u);
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

test('a long import shows how far it has got, then its report', async ({ page }) => {
  if (!host) throw new Error('no host');
  // About 12 MB: three sections of many lines, in the words of the fixture essay's topic.
  const lines = [
    '每周的教研活动上,老师们轮流说课、评课,互相取长补短。',
    '课后我把学生的作业逐本批改,把共性问题记在本子上。',
    '家访路上,我更懂得了每个孩子背后的家庭。',
  ];
  const body = Array.from({ length: 25_000 }, (_, i) => lines[i % lines.length]).join('\n');
  const essay = [
    '教师培训心得体会',
    '这次培训让我重新思考了教师的职责。',
    '一、以德立身',
    body,
    '二、以学促教',
    body,
    '三、以爱育人',
    body,
    '总之,我将把所学用到今后的教学中去。',
  ].join('\n');
  const dialog = page.getByRole('dialog', { name: '导入范文' });
  await page.goto(host.url);
  await page.getByTestId('open-import').click();
  await dialog.locator('input[type=file]').setInputFiles({
    name: '教师培训合集.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(essay),
  });
  await dialog.getByTestId('import-start').click();
  await expect(dialog.getByTestId('import-stage')).toContainText('教师培训合集.txt');
  await expect(dialog.getByTestId('import-report')).toContainText('生成模板 1 个', {
    timeout: 60_000,
  });
  await expect(dialog.getByTestId('import-stage')).toHaveCount(0);
  await expect(dialog.getByTestId('import-report')).toContainText('没有收入查重的比对范围');
});
