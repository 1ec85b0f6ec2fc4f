/**
 * Security settings as plain data, so they can be asserted without starting Electron.
 */

/** The renderer locked down: no Node, sandboxed, isolated from the preload, no webviews. */
const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: false,
} as const;

export type SecureWebPreferences = typeof LOCKED_DOWN & { preload: string };

export function windowOptions(preload: string) {
  const webPreferences: SecureWebPreferences = { preload, ...LOCKED_DOWN };
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: '范式 Fanshi',
    show: false,
    webPreferences,
  };
}

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/** Only the app's own page, in the main frame, may call the handlers. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || !frame.isMainFrame) return false;
  try {
    const sender = new URL(frame.url);
    const app = new URL(appUrl);
    if (sender.protocol !== app.protocol) return false;
    // A file URL may name another host (a Windows UNC share): same path is not the same page.
    if (app.protocol === 'file:')
      return sender.host === app.host && sender.pathname === app.pathname;
    // Compare hosts, not URL.origin: a custom scheme such as app:// has the opaque origin "null".
    return sender.host !== '' && sender.host === app.host;
  } catch {
    return false;
  }
}

/** The window never navigates away from the app; links open nowhere but the user's browser. */
export function isAllowedNavigation(target: string, appUrl: string): boolean {
  return isTrustedSender({ url: target, isMainFrame: true }, appUrl);
}
