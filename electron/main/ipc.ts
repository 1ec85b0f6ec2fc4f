import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type EventName, type Events } from '../shared/contract';
import { fail } from '../shared/result';
import { dispatch } from '../rpc/dispatch';
import type { Handlers } from '../rpc/handlers/types';
import { isTrustedSender } from './security';

/** Registers every channel; typed so that leaving a handler out does not compile. */
export function registerAll(
  handlers: Handlers,
  appUrl: () => string,
  /** What the library had to repair, sent with the next answer (see dispatch). */
  warnings: () => string[],
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame;
      const sender = frame ? { url: frame.url, isMainFrame: frame === frame.top } : null;
      if (!isTrustedSender(sender, appUrl())) {
        return fail('invalid_argument', '拒绝来自非本应用页面的调用');
      }
      return dispatch(handlers, channel, args, warnings);
    });
  }
}

/** Pushes one of the contract's events to the window's page. */
export function emit<E extends EventName>(win: BrowserWindow, event: E, payload: Events[E]): void {
  win.webContents.send(event, payload);
}
