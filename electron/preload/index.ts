import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_GLOBAL,
  CHANNELS,
  EVENTS,
  EVENTS_GLOBAL,
  splitChannel,
  type EventBridge,
  type EventName,
  type Events,
} from '../shared/contract';

/** window.api.<namespace>.<verb>(...args), one function per contract channel and nothing else. */
const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
for (const channel of CHANNELS) {
  const [ns, verb] = splitChannel(channel);
  (api[ns] ??= {})[verb] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
}
contextBridge.exposeInMainWorld(API_GLOBAL, api);

const events: EventBridge = {
  on: (event, listener) => {
    if (!(EVENTS as readonly EventName[]).includes(event)) return () => undefined;
    const wrapped = (_e: IpcRendererEvent, payload: Events[typeof event]): void => {
      listener(payload);
    };
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.off(event, wrapped);
  },
};
contextBridge.exposeInMainWorld(EVENTS_GLOBAL, events);
