import { useLanguage, type Language } from './language';

/** One piece of interface text in both languages, side by side, so that neither can be left out. */
export interface Both<T = string> {
  zh: T;
  en: T;
}

/** What a piece of text can be: words, a list of words, or a function that words its arguments. */
type Text = string | readonly string[] | ((...args: never[]) => string);

/** A feature's text as it is declared: each key a pair of translations or a group of keys. */
interface Bilingual {
  readonly [key: string]: Both<Text> | Bilingual;
}

/** The declared text in one language: every pair replaced by its side. */
type OneLanguage<B> = { [K in keyof B]: B[K] extends { zh: infer T } ? T : OneLanguage<B[K]> };

/** Each pair's English of the same type as its Chinese (a function takes the same arguments). */
type SameTypes<B> = {
  [K in keyof B]: B[K] extends { zh: infer T } ? Both<T> : SameTypes<B[K]>;
};

/** One feature's interface text in every language. */
export type Messages<M> = Record<Language, M>;

const isPair = (entry: Both<Text> | Bilingual): entry is Both<Text> =>
  'zh' in entry && 'en' in entry;

function side<B extends Bilingual>(bundle: B, language: keyof Both): OneLanguage<B> {
  const entries = Object.entries(bundle).map(([key, entry]) => [
    key,
    isPair(entry) ? entry[language] : side(entry, language),
  ]);
  // The mapped type follows the declaration key for key, which the entries cannot show TypeScript.
  return Object.fromEntries(entries) as OneLanguage<B>;
}

/** A feature's text declared key by key in both languages, turned into one bundle per language. */
export const defineMessages = <B extends Bilingual>(
  bundle: B & SameTypes<B>,
): Messages<OneLanguage<B>> => ({ 'zh-CN': side(bundle, 'zh'), en: side(bundle, 'en') });

/** The feature's text in the language the user chose. */
export const useMessages = <M>(messages: Messages<M>): M => messages[useLanguage()];
