import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  net,
  protocol,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import {
  acquireInstanceLock,
  FolderLockedError,
  type InstanceLock,
} from '../services/store/instance-lock';
import { resolveCorpusDir, resolveTemplatesDir, type AppRoots } from '../services/paths';
import { loadWindowState, saveWindowState } from '../services/window-state';
import { APP_SCHEME, APP_URL, resolveAppPath } from './app-protocol-path';
import { composeApp } from '../rpc/compose';
import { emit, registerAll } from './ipc';
import { menuTemplate, type MenuItemSpec } from './menu-template';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { isAllowedNavigation, windowOptions } from './security';

const rendererRoot = join(__dirname, '../renderer');

// Must precede app ready: app:// behaves like a secure, standard origin (fetch, storage, CSP 'self').
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function appRoots(): AppRoots {
  return {
    repoRoot: app.getAppPath(),
    resourcesPath: app.isPackaged ? process.resourcesPath : undefined,
  };
}

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(request.url, rendererRoot);
    if (!file) return new Response('未找到', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
}

function buildMenu(getWindow: () => BrowserWindow | null, dataDir: string): void {
  const toElectron = (spec: MenuItemSpec): MenuItemConstructorOptions => {
    const { command, submenu, ...rest } = spec;
    const item: MenuItemConstructorOptions = { ...rest };
    if (submenu) item.submenu = submenu.map(toElectron);
    if (command === 'open-data-folder') item.click = () => void shell.openPath(dataDir);
    else if (command === 'about') {
      item.click = () =>
        void dialog.showMessageBox({
          type: 'info',
          title: '关于范式',
          message: `范式 Fanshi ${app.getVersion()}`,
          detail: '从范文学结构,按模板写初稿。草稿保存在本机。',
        });
    } else if (command) {
      item.click = () => {
        const win = getWindow();
        if (win) emit(win, 'menu:command', command);
      };
    }
    return item;
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin').map(toElectron)),
  );
}

async function createWindow(dataDir: string): Promise<BrowserWindow> {
  const state = await loadWindowState(dataDir);
  const win = new BrowserWindow({
    ...windowOptions(join(__dirname, '../preload/index.cjs')),
    ...state,
  });
  if (state.maximized) win.maximize();
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, APP_URL)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    void saveWindowState(dataDir, { ...bounds, maximized: win.isMaximized() });
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_URL);
  return win;
}

async function main(): Promise<void> {
  // A second launch hands over to the first and exits before touching the store.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const dataDir = app.getPath('userData');
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Exports arrive as downloads from the renderer; Electron asks where to save them.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: '导出', defaultPath: item.getFilename() });
  });
  serveApp();
  // The browser host may have this folder open: one writer per folder.
  let lock: InstanceLock;
  try {
    lock = await acquireInstanceLock(dataDir);
  } catch (e) {
    if (!(e instanceof FolderLockedError)) throw e;
    dialog.showErrorBox('范式无法打开资料库', e.message);
    app.exit(3);
    return;
  }
  const roots = appRoots();
  const core = await composeApp({
    dataDir,
    templatesDir: resolveTemplatesDir(roots),
    corpusDir: resolveCorpusDir(roots),
    warmImports: true,
  });
  // Windows are closed (each editor saved its last edit on beforeunload) before will-quit:
  // then finish the store's writes, leave the on-close backup and free the folder.
  let storeClosed = false;
  app.on('will-quit', (event) => {
    if (storeClosed) return;
    event.preventDefault();
    storeClosed = true;
    void core.store
      .close()
      .catch(() => undefined)
      .finally(() => void lock.release().finally(() => app.quit()));
  });
  registerAll(core.handlers, () => APP_URL, core.warnings);
  let win: BrowserWindow | null = await createWindow(dataDir);
  buildMenu(() => win, dataDir);
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0)
      void createWindow(dataDir).then((w) => (win = w));
  });
  app.on('window-all-closed', () => {
    win = null;
    if (process.platform !== 'darwin') app.quit();
  });
}

void main();
