import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  chooseOption,
  closeImport,
  expect,
  fillRows,
  importEssay,
  templateFromEssay,
  test,
} from './app-test';

/** Essays written for these tests, on topics the corpus does not have. */
const ESSAY = resolve(__dirname, '../fixtures/import/teacher-training.txt');
/** A 心得体会 with a subtitle, an opening, three `一、…，…之…` sections and a closing paragraph. */
const FIRST_AID = resolve(__dirname, '../fixtures/import/first-aid-training.txt');
/** A page as an essay website shows it, with furniture around an essay that has no headings. */
const PAGE = resolve(__dirname, '../fixtures/import/library-page.txt');

/** Turns a formula field to 自己写 and writes its text. */
async function writeOwn(page: Page, field: string, text: string): Promise<void> {
  await chooseOption(page.getByTestId(`formula-${field}`), '自己写');
  await page.getByTestId(`slot-${field}`).fill(text);
}

// Every test here starts on the home page.
test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url);
});

test('an imported essay becomes a template in the gallery, then a draft', async ({ page }) => {
  const { dialog, report } = await importEssay(page, ESSAY);

  // First what the miner read: the title can be corrected before the template is made.
  await expect(report).toContainText('编码 utf-8');
  await expect(report).toContainText('小标题 3 个');
  await expect(report).toContainText('将生成模板');
  const title = dialog.getByLabel('第 1 篇标题');
  await expect(title).toHaveValue('参加2025年青年教师培训的心得体会');
  await title.fill('青年教师培训心得体会');
  await dialog.getByTestId('import-make').click();
  await expect(report).toContainText('生成模板 1 个');
  await expect(title).toBeDisabled();
  await closeImport(dialog);

  // The new template sits in the gallery as the user's own, and survives a reload.
  await page.reload();
  const card = page.locator('[data-testid^="template-u-"]');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('我的模板');
  // The three numbered headings share 以…,做… : one frame, filled per section.
  await expect(card.getByLabel('结构预览')).toContainText('以____，做____');
  await card.getByRole('button', { name: '使用此模板' }).click();

  // The essay's headings are examples: the rows start blank, numbered.
  await fillRows(page, [['德立身', '学生信赖的教师']]);
  await expect(page.getByTestId('preview')).toContainText('一、以德立身，做学生信赖的教师');
  await expect(page.getByTestId('preview')).not.toContainText('以爱育人');
  await writeOwn(page, '标题', '参加乡村教师培训的心得体会');
  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('section-heading')).toHaveCount(3);
  await expect(page.getByTestId('section-heading').first()).toHaveValue(
    '以德立身，做学生信赖的教师',
  );
  await expect(page.getByTestId('draft-title')).toHaveValue('参加乡村教师培训的心得体会');
});

test('reopened after an import, the dialog imports only the files added since', async ({
  page,
}) => {
  await templateFromEssay(page, ESSAY);

  await page.getByTestId('open-import').click();
  const dialog = page.getByRole('dialog', { name: '导入范文' });
  const report = dialog.getByTestId('import-report');
  await expect(dialog).toBeVisible();
  // nothing is waiting to be imported: the last import's files are done
  await expect(dialog.getByTestId('import-start')).toBeDisabled();
  await expect(dialog).not.toContainText('待导入');
  await dialog.locator('input[type=file]').setInputFiles(FIRST_AID);
  await expect(dialog).toContainText('待导入:first-aid-training.txt');
  await expect(dialog).not.toContainText('teacher-training.txt');
  await dialog.getByTestId('import-start').click();
  await expect(report.locator('.ant-list-item')).toHaveCount(1);
  await expect(report).toContainText('first-aid-training.txt');
  await dialog.getByTestId('import-make').click();
  await expect(report).toContainText('生成模板 1 个');
  await expect(report.locator('.ant-list-item')).toHaveCount(1);
  await expect(report).not.toContainText('teacher-training.txt');
});

test('a web page: the furniture removed is listed, and why it gives no template', async ({
  page,
}) => {
  const { dialog, report } = await importEssay(page, PAGE);

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
  await closeImport(dialog);
  await expect(page.locator('[data-testid^="template-u-"]')).toHaveCount(0);
});

test('an imported essay keeps its subtitle, its closing and the frame its headings share', async ({
  page,
}) => {
  const { dialog, report } = await importEssay(page, FIRST_AID);
  await expect(report).toContainText('小标题 3 个');
  await dialog.getByTestId('import-make').click();
  await dialog.getByRole('button', { name: '使用生成的模板' }).click();

  // Subtitle and closing are fields, the essay's own sentences only references beside them.
  const subtitle = page.getByTestId('field-副标题');
  const closing = page.getByTestId('field-结尾');
  await expect(subtitle).toContainText('范文原句');
  await expect(subtitle).toContainText('——参加单位红十字救护员培训有感');
  await expect(closing).toContainText('这次培训让我明白');
  const fill = async (field: string, words: string[]): Promise<void> => {
    const holes = page.locator(`[data-testid^="formula-${field}-"]`);
    await expect(holes.first()).toBeVisible();
    const n = await holes.count();
    for (let i = 0; i < n; i++) await holes.nth(i).fill(words[i] ?? words[0] ?? '');
  };
  await fill('副标题', ['社区消防演练']);
  await fill('结尾', ['演练', '安全要靠平时一点一滴地积累']);

  // The headings share 一、…，…之…: the block offers it as its frame, unless it already is one.
  const propose = page.getByTestId('propose-小节');
  if ((await propose.count()) > 0) await propose.click();
  await expect(page.getByTestId('frame-小节')).toContainText('____，____之____');
  await fillRows(page, [
    ['熟悉器材', '守好防火', '门'],
    ['演练逃生', '练就自救', '能'],
    ['带动邻里', '织密守护', '网'],
  ]);
  const preview = page.getByTestId('preview');
  await expect(preview).toContainText('一、熟悉器材，守好防火之门');
  await expect(preview).toContainText('三、带动邻里，织密守护之网');
  await expect(preview).toContainText('社区消防演练');

  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('section-heading')).toHaveCount(3);
  await expect(page.getByTestId('section-heading').nth(1)).toHaveValue('演练逃生，练就自救之能');
  await expect(page.getByTestId('draft-opening')).toHaveValue(/^——.*社区消防演练/u);
  await expect(page.getByTestId('draft-closing')).toHaveValue(/安全要靠平时一点一滴地积累/u);
  // nothing of the imported essay went into the draft
  for (const field of ['draft-title', 'draft-opening', 'draft-closing']) {
    await expect(page.getByTestId(field)).not.toHaveValue(/红十字|心肺复苏|救护技能/u);
  }
});

test('a template edited with an error shows where, and a fixed one saves as a new template', async ({
  page,
  host,
}) => {
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
  // Its two stages may each take most of a minute on a busy machine, as their waits below allow:
  // the test's own limit must not be shorter than those waits together.
  test.setTimeout(180_000);
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
  const { dialog, report } = await importEssay(page, {
    name: '教师培训合集.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(essay),
  });
  // reading (mining) and making the templates each show their stage while they run
  await expect(dialog.getByTestId('import-stage')).toContainText('教师培训合集.txt');
  await expect(dialog.getByTestId('import-make')).toBeEnabled({ timeout: 60_000 });
  await dialog.getByTestId('import-make').click();
  await expect(dialog.getByTestId('import-stage')).toContainText('教师培训合集.txt');
  await expect(report).toContainText('生成模板 1 个', { timeout: 60_000 });
  await expect(dialog.getByTestId('import-stage')).toHaveCount(0);
  await expect(report).toContainText('没有收入查重的比对范围');
});
