import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './web-host';
import { GUANHOUGAN } from '../fixtures/template-ids';

/** A shipped template mined from corpus file 000. */
const TEMPLATE = GUANHOUGAN;
/** A sentence of corpus file 000, as written there (ASCII commas included). */
const COPIED = '有的党员干部凡事“揣着手重在参与”,事事都露面、事事不出力。';

let dataDir = '';
let host: RunningHost | undefined;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'fanshi-e2e-checks-'));
  host = await startHost(dataDir);
});

test.afterEach(async () => {
  await host?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

test('a sentence copied from a corpus essay shows as overlap, named and marked', async ({
  page,
}) => {
  if (!host) throw new Error('no host');
  await page.goto(host.url);
  await page
    .getByTestId(`template-${TEMPLATE}`)
    .getByRole('button', { name: '使用此模板' })
    .click();
  await page.getByTestId('create-draft').click();
  await expect(page.getByTestId('draft-section').first()).toBeVisible();

  const body = page.getByTestId('section-body').first();
  await body.fill(`我的体会是：${COPIED}我们要引以为戒。`);
  await page.getByTestId('open-checks').click();

  const panel = page.getByTestId('checks-panel');
  const match = panel.getByTestId('overlap-match').filter({ hasText: '事事都露面' });
  await expect(match).toContainText('来源:000_48cffc3fa1bdb9bc.txt《');
  await expect(match).toContainText('观后感');
  await expect(panel.getByTestId('overlap-percent')).toContainText(/重复率(?!0\.0%)\d+\.\d%/u);
  await expect(panel.getByTestId('overlap-mark').filter({ hasText: '事事都露面' })).toContainText(
    '揣着手重在参与”,事事都露面、事事不出力',
  );
  await expect(panel.getByTestId('section-counts')).toContainText('结尾');
  // the shipped corpus is what it compared against: dozens of essays, and no "none found" warning
  await expect(panel.getByTestId('essays-compared')).toContainText(/比对范文[1-9]\d+篇/u);
  await expect(panel.getByTestId('no-essays-compared')).toHaveCount(0);
});
