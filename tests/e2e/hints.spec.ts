import type { Locator } from '@playwright/test';
import { createDraft, expect, test } from './app-test';
import { GUANHOUGAN } from '../fixtures/template-ids';

/** A shipped 观后感 template with three parallel headings, each with its 范文 paragraph. */
const TEMPLATE = GUANHOUGAN;

async function hintText(section: Locator): Promise<string> {
  const hint = section.getByTestId('section-hint');
  await hint.getByText('参考范文段落').click();
  const text = hint.locator('.ant-typography');
  await expect(text).not.toBeEmpty();
  return text.innerText();
}

test('a section keeps its 范文 hint when it moves', async ({ page, host }) => {
  await page.goto(`${host.url}#/fill/${TEMPLATE}`);
  await createDraft(page);
  const sections = page.getByTestId('draft-section');
  const firstHint = await hintText(sections.nth(0));
  const secondHint = await hintText(sections.nth(1));
  expect(firstHint).not.toBe(secondHint);

  await page.getByRole('button', { name: '下移第1节' }).click();
  await expect(sections.nth(1).getByTestId('section-hint').locator('.ant-typography')).toHaveText(
    firstHint,
  );
  await expect(sections.nth(0).getByTestId('section-hint').locator('.ant-typography')).toHaveText(
    secondHint,
  );
});
