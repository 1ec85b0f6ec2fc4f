import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_URL } from '../../../electron/main/app-protocol-path';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/content-security-policy';
import {
  isAllowedNavigation,
  isTrustedSender,
  windowOptions,
  type SenderFrame,
} from '../../../electron/main/security';

/** Directive name → its sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security): each setting, the
 * value that closes it and what a page could do were it open. A setting Electron already defaults to
 * its safe value may be left unset.
 */
const CHECKLIST: Array<{ setting: string; safe: boolean; risk: string; unsetIsSafe?: true }> = [
  { setting: 'nodeIntegration', safe: false, risk: 'page scripts could require() Node modules' },
  { setting: 'nodeIntegrationInWorker', safe: false, risk: 'a web worker could reach Node' },
  {
    setting: 'nodeIntegrationInSubFrames',
    safe: false,
    risk: 'an iframe could reach the preload and Node',
    unsetIsSafe: true,
  },
  {
    setting: 'contextIsolation',
    safe: true,
    risk: 'page scripts could change the preload’s globals',
  },
  { setting: 'sandbox', safe: true, risk: 'a compromised renderer could reach the file system' },
  { setting: 'webSecurity', safe: true, risk: 'the page could read any origin' },
  {
    setting: 'allowRunningInsecureContent',
    safe: false,
    risk: 'http scripts could run in the page',
  },
  {
    setting: 'webviewTag',
    safe: false,
    risk: 'a <webview> could load a page with its own settings',
  },
  {
    setting: 'experimentalFeatures',
    safe: false,
    risk: 'unfinished Chromium features would be on',
    unsetIsSafe: true,
  },
  {
    setting: 'spellcheck',
    safe: false,
    risk: 'the spellchecker would fetch dictionaries over the network',
  },
];

describe('windowOptions', () => {
  const preload = '/opt/fanshi/out/preload/index.cjs';
  const prefs: Record<string, unknown> = { ...windowOptions(preload).webPreferences };

  it('loads the given preload', () => {
    expect(prefs.preload).toBe(preload);
  });

  it.each(CHECKLIST)('$setting is $safe, else $risk', ({ setting, safe, unsetIsSafe }) => {
    expect(unsetIsSafe ? (prefs[setting] ?? safe) : prefs[setting]).toBe(safe);
  });

  it('turns on no Blink feature beyond Electron’s own', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('lets only the app’s own scripts run: no eval, no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('blocks plugins, base rewriting and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('isTrustedSender', () => {
  const appFile = pathToFileURL('/opt/范式/resources/app.asar/out/renderer/index.html').href;
  const main = (url: string): SenderFrame => ({ url, isMainFrame: true });

  it.each<{ name: string; frame: SenderFrame | null | undefined; expected: boolean }>([
    { name: 'the app’s own page', frame: main(appFile), expected: true },
    {
      name: 'the app’s page with a route hash',
      frame: main(`${appFile}#/drafts/1`),
      expected: true,
    },
    {
      name: 'the app’s page in a sub-frame',
      frame: { url: appFile, isMainFrame: false },
      expected: false,
    },
    {
      name: 'a foreign https origin',
      frame: main('https://evil.example/index.html'),
      expected: false,
    },
    { name: 'another local file', frame: main('file:///tmp/evil/index.html'), expected: false },
    {
      name: 'a sibling file of the app',
      frame: main(appFile.replace('index.html', 'other.html')),
      expected: false,
    },
    {
      name: 'the same path on another host (UNC share)',
      frame: main(appFile.replace('file:///', 'file://attacker.example/')),
      expected: false,
    },
    { name: 'a garbage URL', frame: main('not a url'), expected: false },
    { name: 'an empty URL', frame: main(''), expected: false },
    {
      name: 'a data: URL',
      frame: main('data:text/html,<script>alert(1)</script>'),
      expected: false,
    },
    { name: 'no frame (null)', frame: null, expected: false },
    { name: 'no frame (undefined)', frame: undefined, expected: false },
  ])('$name → $expected', ({ frame, expected }) => {
    expect(isTrustedSender(frame, appFile)).toBe(expected);
  });

  it.each([
    { url: 'http://localhost:5173/', expected: true },
    { url: 'http://localhost:5173/#/fill/xinde-tihui', expected: true },
    { url: 'http://localhost:5174/', expected: false },
    { url: 'https://localhost:5173/', expected: false },
    { url: 'http://127.0.0.1:5173/', expected: false },
  ])('served from a dev server: $url → $expected', ({ url, expected }) => {
    expect(isTrustedSender(main(url), 'http://localhost:5173/')).toBe(expected);
  });

  it.each([
    { url: APP_URL, expected: true },
    { url: `${APP_URL}#/drafts/1`, expected: true },
    { url: 'app://fanshi/assets/index.js', expected: true },
    { url: 'app://evil/index.html', expected: false },
    { url: 'app:///index.html', expected: false },
    { url: 'https://fanshi/index.html', expected: false },
  ])('served from the app:// protocol: $url → $expected', ({ url, expected }) => {
    expect(isTrustedSender(main(url), APP_URL)).toBe(expected);
  });

  it('refuses everything when the app URL itself is garbage', () => {
    expect(isTrustedSender(main(appFile), '::not a url::')).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  const appFile = 'file:///opt/fanshi/out/renderer/index.html';

  it.each([
    { target: `${appFile}#/drafts`, expected: true },
    { target: 'https://www.gov.cn/', expected: false },
    { target: 'file:///etc/passwd', expected: false },
    { target: 'javascript:alert(1)', expected: false },
  ])('$target → $expected', ({ target, expected }) => {
    expect(isAllowedNavigation(target, appFile)).toBe(expected);
  });
});
