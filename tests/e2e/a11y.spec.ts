import type { Page } from '@playwright/test';
import {
  createDraft,
  expect,
  GUANHOUGAN,
  openChecks,
  openHome,
  test,
  useTemplate,
} from './app-test';
import AxeBuilder from '@axe-core/playwright';

/** Serious and critical axe findings on the page as it is now, one line each, for a readable diff. */
async function seriousIssues(page: Page): Promise<string[]> {
  // A dialog fading in has text still part-transparent, which axe reports as too faint.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

test('no screen or dialog has a serious or critical accessibility issue', async ({
  page,
  host,
}) => {
  await openHome(page, host);
  expect(await seriousIssues(page), '首页').toEqual([]);

  await page.getByTestId('open-import').click();
  await expect(page.getByRole('dialog', { name: '导入范文' })).toBeVisible();
  expect(await seriousIssues(page), '导入范文').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '导入范文' })).toBeHidden();

  await useTemplate(page);
  await expect(page.getByTestId('create-draft')).toBeVisible();
  expect(await seriousIssues(page), '填写模板').toEqual([]);

  await createDraft(page);
  await page.getByLabel('第1节目标字数').fill('300');
  expect(await seriousIssues(page), '编辑草稿(页面)').toEqual([]);
  await page.getByTestId('editor-view').getByText('大纲').click();
  await expect(page.getByTestId('page-view')).toBeHidden();
  expect(await seriousIssues(page), '编辑草稿(大纲)').toEqual([]);
  await page.getByTestId('editor-view').getByText('页面').click();
  await expect(page.getByTestId('page-view')).toBeVisible();

  const checks = await openChecks(page);
  await expect(checks.getByTestId('section-counts')).toBeVisible();
  expect(await seriousIssues(page), '查重与报告').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(checks).toBeHidden();

  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-panel')).toBeVisible();
  expect(await seriousIssues(page), '历史版本').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('history-panel')).toBeHidden();

  await page.getByTestId('section-body').first().click();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('phrase-item').first()).toBeVisible();
  expect(await seriousIssues(page), '素材库').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('phrase-panel')).toBeHidden();

  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: '导出' })).toBeVisible();
  expect(await seriousIssues(page), '导出').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto(`${host.url}#/edit/${encodeURIComponent(GUANHOUGAN)}`);
  await expect(page.getByRole('textbox').first()).toBeVisible();
  expect(await seriousIssues(page), '编辑模板').toEqual([]);
});
