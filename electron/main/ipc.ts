import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../shared/contract';
import { fail } from '../shared/result';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers/types';
import { isTrustedSender } from './security';

/** Registers every channel; typed so that leaving a handler out does not compile. */
export function registerAll(handlers: Handlers, appUrl: () => string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame;
      if (
        !isTrustedSender(
          frame ? { url: frame.url, isMainFrame: frame === frame.top } : null,
          appUrl(),
        )
      ) {
        return fail('invalid_argument', '拒绝来自非本应用页面的调用');
      }
      return dispatch(handlers, channel, args);
    });
  }
}
