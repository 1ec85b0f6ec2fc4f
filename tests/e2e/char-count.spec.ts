import type { DraftReport } from '../../electron/shared/checks';
import type { Result } from '../../electron/shared/result';
import { blankDraft, chooseOption, expect, openChecks, test } from './app-test';

/*
 * 字数 of a draft written here, counted by hand: the text below the title as the export holds it,
 * each heading with its number; white space not counted; "without punctuation" counts only
 * Chinese characters, letters and digits.
 *
 *   今年，社区志愿服务队坚持每周开展活动。     19  (17 without punctuation)
 *   一、服务居民                                 6  (5)
 *   走访独居老人120户，解决实际困难。           18  (16)
 *   二、美化环境                                 6  (5)
 *   清理楼道杂物，种植花草。                    12  (10)
 *   我们将继续努力！                             8  (7)
 *                                               69  (60)
 */
const ALL = 69;
const WITHOUT_PUNCTUATION = 60;

test('the editor, the home list, the checks panel and checks:report give one 字数', async ({
  page,
  host,
}) => {
  // the title is not counted: a long one changes nothing
  await blankDraft(
    page,
    host,
    '二〇二六年上半年社区志愿服务工作总结',
    '今年，社区志愿服务队坚持每周开展活动。',
  );
  await page.getByRole('button', { name: '添加一节' }).click();
  await page.getByTestId('section-heading').nth(0).fill('服务居民');
  // blank lines and spaces are not counted
  await page.getByTestId('section-body').nth(0).fill('走访独居老人120户，\n\n  解决实际困难。');
  await page.getByRole('button', { name: '添加一节' }).click();
  await page.getByTestId('section-heading').nth(1).fill('美化环境');
  await page.getByTestId('section-body').nth(1).fill('清理楼道杂物，种植花草。');
  await page.getByTestId('draft-closing').fill('我们将继续努力！');
  await chooseOption(page.getByLabel('一级小标题编号'), '一、 二、 三、');
  await expect(page.getByTestId('section-marker')).toHaveText(['一、', '二、']);

  // the editor
  await expect(page.getByTestId('draft-count')).toHaveText(
    `全文 ${ALL} 字(不含标点 ${WITHOUT_PUNCTUATION} 字)`,
  );
  await expect(page.getByTestId('section-count')).toHaveText([
    '本节 24 字(不含标点 21 字)',
    '本节 18 字(不含标点 15 字)',
  ]);
  // what is counted, said where it is counted
  await page.getByTestId('count-rule').hover();
  await expect(page.getByRole('tooltip')).toContainText('连同“一、”等序号');

  // the checks panel
  const panel = await openChecks(page);
  await expect(panel.getByTestId('report-chars')).toContainText(String(ALL));
  await expect(panel.getByTestId('report-chars-no-punct')).toContainText(
    String(WITHOUT_PUNCTUATION),
  );
  const rows = panel.getByTestId('section-counts').locator('tbody tr');
  await expect(rows).toHaveText([
    /^开头19\s*17/u,
    /^一、服务居民24\s*21/u,
    /^二、美化环境18\s*15/u,
    /^结尾8\s*7/u,
  ]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // checks:report, as any host answers it
  const draftId = decodeURIComponent(new URL(page.url()).hash.split('/').at(-1) ?? '');
  const answer = await page.request.post(`${host.origin}/rpc/checks%3Areport`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: [draftId],
  });
  const report = (await answer.json()) as Result<DraftReport>;
  if (!report.ok) throw new Error(report.error.message);
  expect(report.value.total).toMatchObject({ chars: ALL, charsNoPunct: WITHOUT_PUNCTUATION });

  // the home list
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByTestId('draft-summary')).toContainText(
    `${ALL} 字(不含标点 ${WITHOUT_PUNCTUATION} 字)`,
  );
  await expect(page.getByTestId('draft-summary')).toHaveAttribute('title', /标题不计入/u);
});
