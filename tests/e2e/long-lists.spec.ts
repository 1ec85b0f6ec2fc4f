import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUserTemplates, writeDrafts } from '../fixtures/big-library';
import { test as appTest, expect } from './app-test';

const DRAFTS = 600;
const USER_TEMPLATES = 40;

/**
 * One library for both tests, made once per worker without the UI; each test's host starts on it.
 * The tests only read it.
 */
const test = appTest.extend<object, { bigLibrary: string }>({
  bigLibrary: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'fanshi-e2e-long-'));
      await addUserTemplates(dir, USER_TEMPLATES);
      await writeDrafts(dir, DRAFTS);
      await use(dir);
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  dataDir: async ({ bigLibrary }, use) => {
    await use(bigLibrary);
  },
});

// Both tests start on the home page.
test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url);
});

test('a long drafts list draws only the rows in view, scrolls to the rest and is searched whole', async ({
  page,
}) => {
  const list = page.getByTestId('draft-list');
  const links = page.getByTestId('draft-link');
  await expect(list).toHaveAttribute('data-count', String(DRAFTS));
  // Newest first; far fewer rows in the page than drafts in the library.
  await expect(links.first()).toHaveText(`第${DRAFTS}期干部培训班学习心得`);
  expect(await links.count()).toBeLessThan(40);

  // Scrolled, the list draws later rows in place of the first ones.
  const newest = links.filter({ hasText: `第${DRAFTS}期干部培训班学习心得` });
  await list.hover();
  await page.mouse.wheel(0, 3_000);
  await expect(newest).toHaveCount(0);
  await expect(links.first()).toHaveText(/^第(\d+)期/u);
  const first = Number(/第(\d+)期/u.exec(await links.first().innerText())?.[1]);
  expect(first).toBeLessThan(DRAFTS - 20);
  expect(await links.count()).toBeLessThan(40);

  // The search covers every draft, not only the rows drawn.
  const search = page.getByRole('searchbox', { name: '搜索草稿' });
  await search.fill('第17期');
  await expect(list).toHaveAttribute('data-count', '1');
  await expect(links).toHaveText(['第17期干部培训班学习心得']);
  await search.fill('');
  await expect(list).toHaveAttribute('data-count', String(DRAFTS));
});

test('the template gallery comes in pages of whole families, and a search starts from page one', async ({
  page,
}) => {
  const gallery = page.getByTestId('template-list');
  const cards = gallery.locator('[data-testid^="template-"]');
  const total = Number(await gallery.getAttribute('data-count'));
  expect(total).toBeGreaterThan(USER_TEMPLATES);
  const pages = page.getByTestId('template-pages');
  await expect(pages).toBeVisible();

  const firstPage = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(firstPage.length).toBeLessThanOrEqual(30 + USER_TEMPLATES);
  expect(firstPage.length).toBeLessThan(total);
  await pages.getByRole('listitem', { name: '下一页' }).click();
  await expect(cards.first()).not.toHaveAttribute('data-testid', firstPage[0] ?? '');
  const secondPage = await cards.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-testid')),
  );
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);

  // A search shows its matches from the first page on; one page needs no pager.
  await page.getByRole('searchbox', { name: '搜索模板' }).fill('(第7版)');
  await expect(gallery).toHaveAttribute('data-count', '1');
  await expect(cards).toHaveCount(1);
  await expect(pages).toBeHidden();
});
