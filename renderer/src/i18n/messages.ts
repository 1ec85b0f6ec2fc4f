import { useLanguage, type Language } from './language';

/** One feature's interface text in every language; the English must match the Chinese key for key. */
export type Messages<M> = Record<Language, M>;

export const defineMessages = <M>(zh: M, en: NoInfer<M>): Messages<M> => ({ 'zh-CN': zh, en });

/** The feature's text in the language the user chose. */
export const useMessages = <M>(messages: Messages<M>): M => messages[useLanguage()];

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A day in the user's time zone as 2026-01-04, the same in both languages. Not Intl: its date
 * formats load ICU data on first use, some 15 ms of the home page's first render.
 */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A moment as 2026-01-04 11:19, with seconds where two moments a few seconds apart must be told
 * apart (the versions of a draft).
 */
export function formatDateTime(iso: string, { seconds = false } = {}): string {
  const d = new Date(iso);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return `${formatDate(iso)} ${seconds ? `${time}:${pad(d.getSeconds())}` : time}`;
}
