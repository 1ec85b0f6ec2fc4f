import { resolve } from 'node:path';
import {
  createDraft,
  draftFromTemplate,
  expect,
  headings,
  templateFromEssay,
  test,
} from './app-test';

/** An essay written for the tests whose three headings are numbered 一、二、三、. */
const ESSAY = resolve(__dirname, '../fixtures/import/teacher-training.txt');

test('a fourth section takes the frame, moves up by button and by key, and is saved', async ({
  page,
  host,
}) => {
  await draftFromTemplate(page, host, [
    ['学思践悟', '走马观花'],
    ['精益求精', '马马虎虎'],
    ['真抓实干', '纸上谈兵'],
  ]);
  const [first = '', second = '', third = ''] = await headings(page);
  expect(third).toBe('战就要“真抓实干”，杜绝“纸上谈兵”。');

  // The new sibling starts as the group's frame with its fields blank, and takes the caret.
  await page.getByRole('button', { name: '添加同级小节,在第3节后面' }).click();
  await expect(page.getByTestId('draft-section')).toHaveCount(4);
  const added = page.getByTestId('section-heading').nth(3);
  await expect(added).toHaveValue('战就要“____”，杜绝“____”。');
  await expect(added).toBeFocused();
  const fourth = '战就要“久久为功”，杜绝“浅尝辄止”。';
  await added.fill(fourth);
  await expect(page.getByTestId('section-count').nth(3)).toHaveText('本节 19 字(不含标点 13 字)');

  await page.getByRole('button', { name: '上移第4节' }).click();
  expect(await headings(page)).toEqual([first, second, fourth, third]);
  await expect(page.getByRole('button', { name: '上移第1节' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '下移第4节' })).toBeDisabled();

  // Alt+↑ moves the focused section and keeps the caret in it.
  const moved = page.getByTestId('section-heading').nth(2);
  await moved.focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await headings(page)).toEqual([first, fourth, second, third]);
  await expect(page.getByTestId('section-heading').nth(1)).toBeFocused();

  // Alt+Enter adds a sibling after it; deleting that one leaves the order as it was.
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByTestId('draft-section')).toHaveCount(5);
  await expect(page.getByTestId('section-heading').nth(2)).toHaveValue(
    '战就要“____”，杜绝“____”。',
  );
  await page.getByRole('button', { name: '删除第3节' }).click();
  expect(await headings(page)).toEqual([first, fourth, second, third]);

  // 添加一节 below the sections adds one at the end the way 添加同级小节 does: in the frame.
  await page.getByRole('button', { name: '添加一节', exact: true }).click();
  await expect(page.getByTestId('draft-section')).toHaveCount(5);
  await expect(page.getByTestId('section-heading').nth(4)).toHaveValue(
    '战就要“____”，杜绝“____”。',
  );
  await expect(page.getByTestId('section-heading').nth(4)).toBeFocused();
  await page.getByRole('button', { name: '删除第5节' }).click();
  expect(await headings(page)).toEqual([first, fourth, second, third]);

  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByTestId('draft-section')).toHaveCount(4);
  expect(await headings(page)).toEqual([first, fourth, second, third]);
});

test('numbered headings show their marker, renumbered after a move and a removal', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await templateFromEssay(page, ESSAY);
  await page
    .locator('[data-testid^="template-u-"]')
    .getByRole('button', { name: '使用此模板' })
    .click();
  await createDraft(page);

  const markers = page.getByTestId('section-marker');
  await expect(markers).toHaveText(['一、', '二、', '三、']);
  const [first = '', second = '', third = ''] = await headings(page);
  await page.getByRole('button', { name: '上移第3节' }).click();
  expect(await headings(page)).toEqual([first, third, second]);
  await expect(markers).toHaveText(['一、', '二、', '三、']);
  await page.getByRole('button', { name: '删除第1节' }).click();
  expect(await headings(page)).toEqual([third, second]);
  await expect(markers).toHaveText(['一、', '二、']);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
});
