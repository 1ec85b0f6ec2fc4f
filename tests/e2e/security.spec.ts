import { expect, exportDraft, openHome, test } from './app-test';

test('under the production CSP eval is refused and the normal flow raises no violation', async ({
  page,
  host,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(host.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  // the page's icon too: a browser asks for it on every load
  await expect
    .poll(() => page.evaluate(() => document.querySelector('link[rel=icon]')?.getAttribute('href')))
    .toBe('./favicon.svg');
  const icon = await page.request.get(new URL('favicon.svg', host.url).href);
  expect(icon.status()).toBe(200);

  // DevTools evaluations are exempt from the eval check unless asked not to be.
  const cdp = await page.context().newCDPSession(page);
  const probe = async (code: string): Promise<unknown> => {
    const r = (await cdp.send('Runtime.evaluate', {
      expression: `(() => { try { return String(${code}); } catch (e) { return e.name; } })()`,
      allowUnsafeEvalBlockedByCSP: false,
      returnByValue: true,
    })) as { result: { value?: unknown } };
    return r.result.value;
  };
  expect(await probe("eval('6 * 7')")).toBe('EvalError');
  expect(await probe("new Function('return 1')()")).toBe('EvalError');
  const readViolations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  // The probes above are the only violations expected; clear them before the real flow.
  await page.evaluate(() => {
    (window as unknown as { __cspViolations: string[] }).__cspViolations.length = 0;
  });

  await page.getByRole('button', { name: '使用此模板' }).first().click();
  await page
    .getByTestId('row-0-甲')
    .or(page.getByTestId('row-0-小标题'))
    .first()
    .fill('筑牢安全防线');
  await expect(page.getByTestId('preview')).toContainText('筑牢安全防线');
  await page.getByTestId('create-draft').click();
  await page.getByTestId('section-body').first().fill('完成了青年教师培训的全部课程。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await exportDraft(page);
  expect(await readViolations()).toEqual([]);
  expect(missing).toEqual([]);
});

test('the app cancels the browser default for files dropped outside a drop zone', async ({
  page,
  host,
}) => {
  await openHome(page, host);
  // The default action of a file drop is to open the file in place of the app.
  const notCancelled = await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['<h1>x</h1>'], 'page.html', { type: 'text/html' }));
    return ['dragover', 'drop'].filter((type) =>
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      ),
    );
  });
  expect(notCancelled).toEqual([]);
});
