import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './web-host';

/** A shipped 观后感 template with three parallel sections. */
const TEMPLATE = '000-48cffc3fa1bdb9bc-01';

let dataDir = '';
let host: RunningHost | undefined;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'fanshi-e2e-a11y-'));
  host = await startHost(dataDir);
});

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

/** Serious and critical axe findings on the page as it is now, one line each, for a readable diff. */
async function seriousIssues(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

test('no screen or dialog has a serious or critical accessibility issue', async ({ page }) => {
  if (!host) throw new Error('no host');
  await page.goto(host.url);
  await expect(page.getByTestId(`template-${TEMPLATE}`)).toBeVisible();
  expect(await seriousIssues(page), '首页').toEqual([]);

  await page.getByTestId('open-import').click();
  await expect(page.getByRole('dialog', { name: '导入范文' })).toBeVisible();
  expect(await seriousIssues(page), '导入范文').toEqual([]);
  await page.keyboard.press('Escape');

  await page
    .getByTestId(`template-${TEMPLATE}`)
    .getByRole('button', { name: '使用此模板' })
    .click();
  await expect(page.getByTestId('create-draft')).toBeVisible();
  expect(await seriousIssues(page), '填写模板').toEqual([]);

  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('draft-section')).toHaveCount(3);
  await page.getByLabel('第1节目标字数').fill('300');
  expect(await seriousIssues(page), '编辑草稿').toEqual([]);

  await page.getByTestId('open-checks').click();
  await expect(page.getByTestId('section-counts')).toBeVisible();
  expect(await seriousIssues(page), '查重与报告').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-panel')).toBeVisible();
  expect(await seriousIssues(page), '历史版本').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto(`${host.url}#/edit/${encodeURIComponent(TEMPLATE)}`);
  await expect(page.getByRole('textbox').first()).toBeVisible();
  expect(await seriousIssues(page), '编辑模板').toEqual([]);
});
