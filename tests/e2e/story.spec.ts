import mammoth from 'mammoth';
import {
  chooseOption,
  expect,
  exportDraft,
  fieldValues,
  fillRows,
  fillTitle,
  GUANHOUGAN,
  headings,
  openChecks,
  openExport,
  test,
  TITLE,
} from './app-test';
import { dragSection } from './drag';
import { openForScreenshots } from './screenshots';

/**
 * The editor's whole story, as a first-time user lives it, with a screenshot of each screen.
 * Screenshots go to test-results/story; `FANSHI_SCREENSHOTS=assets/screenshots` refreshes the
 * README's copies.
 */
const FOURTH = '战就要“久久为功”，杜绝“浅尝辄止”。';

test('first launch → 观后感 template → fill → write → fourth section → reorder → checks → outline → new draft → export', async ({
  page,
  host,
}) => {
  const shoot = await openForScreenshots(page, host, 'story', { width: 1360, height: 900 });

  // First launch: nothing written yet, and the way in is offered.
  await expect(page.getByTestId('drafts-empty')).toBeVisible();
  await expect(page.getByTestId('start-with-sample')).toBeVisible();
  await expect(page.getByTestId('outline-empty')).toBeVisible();
  await shoot('1-home');

  // Pick a 观后感 template.
  await page.getByLabel('按文体筛选').getByText('观后感').click();
  const card = page.getByTestId(`template-${GUANHOUGAN}`);
  await expect(card).toContainText('观后感');
  await card.getByRole('button', { name: '使用此模板' }).click();

  // Fill: title, opening and closing are formulas the writer fills with their own words (the
  // opening chosen from the genre's), the rows fill the frame; the preview follows every
  // keystroke, and nothing of the sample essay is in it.
  await fillTitle(page);
  await chooseOption(page.getByTestId('formula-开头'), '组织观看了');
  await page.getByTestId('formula-开头-单位').fill('车间党支部');
  await page.getByTestId('formula-开头-作品').fill('大国工匠');
  await page.getByTestId('formula-开头-感受').fill('大家深受触动');
  await fillRows(page, [
    ['精益求精', '马马虎虎'],
    ['学思践悟', '走马观花'],
    ['真抓实干', '纸上谈兵'],
  ]);
  const closing = page.locator('[data-testid^="formula-结尾-"]');
  for (let i = 0; i < (await closing.count()); i++) {
    await closing.nth(i).fill('把工匠精神落到每一道工序上');
  }
  const preview = page.getByTestId('preview');
  await expect(preview).toContainText(TITLE);
  await expect(preview).toContainText('近日，车间党支部组织观看了《大国工匠》，大家深受触动。');
  await expect(preview).toContainText('战就要“精益求精”，杜绝“马马虎虎”。');
  await expect(preview).not.toContainText('____');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('2-fill');
  await page.getByTestId('create-draft').click();

  // Write.
  const sections = page.getByTestId('draft-section');
  await expect(sections).toHaveCount(3);
  await page.getByTestId('draft-opening').fill('近日,我认真观看了《大国工匠》,深受触动。');
  await page
    .getByTestId('section-body')
    .nth(0)
    .fill('工匠精神不是口号,而是一次次把小事做到极致。X月X日,车间里又一次返工。');
  await chooseOption(page.getByLabel('一级小标题编号'), '一、 二、 三、');
  await expect(page.getByTestId('section-marker')).toHaveText(['一、', '二、', '三、']);

  // A fourth section keeps the group's frame.
  await page.getByRole('button', { name: '添加同级小节,在第3节后面' }).click();
  await expect(sections).toHaveCount(4);
  const fourth = page.getByTestId('section-heading').nth(3);
  await expect(fourth).toHaveValue('战就要“____”，杜绝“____”。');
  await fourth.fill(FOURTH);
  await expect(page.getByTestId('section-marker')).toHaveText(['一、', '二、', '三、', '四、']);

  // Reorder by dragging: the fourth goes first and the numbers follow.
  const before = await headings(page);
  await dragSection(page, 3, 0, [FOURTH, ...before.slice(0, 3)]);
  await expect(page.getByTestId('section-marker')).toHaveText(['一、', '二、', '三、', '四、']);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await shoot('3-editor');

  // The checks panel flags the placeholder left in the body, and takes the writer to it.
  const checks = await openChecks(page);
  const link = checks.getByTestId('placeholder-link').filter({ hasText: 'X月X日' });
  await expect(link).toContainText('第2节正文');
  await shoot('4-checks');
  await link.click();
  const body = page.getByTestId('section-body').nth(1);
  await expect(body).toBeFocused();
  await body.pressSequentially('3月5日');
  await expect(body).toHaveValue(/3月5日,车间里/u);

  // Save the outline.
  await page.getByTestId('reuse-menu').click();
  await page.getByTestId('save-outline').click();
  const name = page.getByTestId('outline-name-dialog-input');
  await name.fill('观后感·四段排比');
  await name.press('Enter');
  await expect(page.getByText('已保存提纲“观后感·四段排比”')).toBeVisible();
  const outlineHeadings = await headings(page);

  // New draft from the outline: same headings and numbers, nothing of the old text.
  await page.getByRole('button', { name: '返回' }).click();
  const outline = page.getByTestId('outline-item').filter({ hasText: '观后感·四段排比' });
  await expect(outline).toContainText('4 个小标题');
  await shoot('5-home-with-outline');
  await outline.getByTestId('outline-use').click();
  await expect(sections).toHaveCount(4);
  expect(await headings(page)).toEqual(outlineHeadings);
  expect(await fieldValues(page, 'section-body')).toEqual(['', '', '', '']);
  await expect(page.getByTestId('section-marker')).toHaveText(['一、', '二、', '三、', '四、']);

  // Export: a Word file with the numbered headings.
  await page.getByTestId('section-body').nth(0).fill('久久为功,方能成事。');
  await openExport(page);
  await shoot('7-export-dialog');
  await page.keyboard.press('Escape');
  const file = await exportDraft(page);
  expect(file.name).toMatch(/\.docx$/u);
  const { value: text } = await mammoth.extractRawText({ buffer: file.bytes });
  expect(text).toContain(`一、${FOURTH}`);
  // The export sets punctuation full-width, as official documents have it.
  expect(text).toContain('久久为功，方能成事。');
  await shoot('6-new-draft-exported');
});
