import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, CHANNELS, splitChannel } from '../shared/contract';

/** window.api.<namespace>.<verb>(...args), one function per contract channel and nothing else. */
const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
for (const channel of CHANNELS) {
  const [ns, verb] = splitChannel(channel);
  (api[ns] ??= {})[verb] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
}
contextBridge.exposeInMainWorld(API_GLOBAL, api);
