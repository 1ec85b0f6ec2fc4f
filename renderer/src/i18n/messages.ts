import { useLanguage, type Language } from './language';

/** One feature's interface text in every language; the English must match the Chinese key for key. */
export type Messages<M> = Record<Language, M>;

export const defineMessages = <M>(zh: M, en: NoInfer<M>): Messages<M> => ({ 'zh-CN': zh, en });

/** The feature's text in the language the user chose. */
export const useMessages = <M>(messages: Messages<M>): M => messages[useLanguage()];
