import { useSyncExternalStore } from 'react';

export type Language = 'zh-CN' | 'en';

const KEY = 'fanshi.language';
const listeners = new Set<() => void>();

function read(): Language {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    // Storage can be off (a locked-down profile); the app then simply starts in Chinese.
    return 'zh-CN';
  }
}

let current: Language = read();

export function setLanguage(language: Language): void {
  current = language;
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Not remembered across restarts, but the switch still applies now.
  }
  document.documentElement.lang = language;
  for (const l of listeners) l();
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The interface language, zh-CN unless the user chose English; re-renders on a switch. */
export const useLanguage = (): Language => useSyncExternalStore(subscribe, () => current);

document.documentElement.lang = current;
