import { sentenceSpans } from '../miner/text';

/** A paragraph's sentences, each with its closing mark. */
export const sentencesOf = (text: string): string[] =>
  sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim());

export const firstSentence = (text: string): string => sentencesOf(text)[0] ?? text.trim();

/**
 * An essay's title without what a web page adds to it: the number of the essay in a collection
 * (观后感1, 心得一：, 篇五, （三）) and words like 作文, 范文, 例文, 精选.
 */
export function cleanTitle(title: string | null): string | null {
  if (title === null) return null;
  let t = title.trim();
  for (let i = 0; i < 3; i++) {
    const next = t
      .replace(/[:：\s]+$/u, '')
      .replace(
        /(?<=[感得会稿文篇结告悟想话言])[(（【[]?[0-9一二三四五六七八九十]{1,3}[)）】\]]?$/u,
        '',
      )
      .replace(/(?:作文|范文|例文|精选|范例|大全|汇编)$/u, '')
      .replace(/第?篇$/u, '')
      .trim();
    if (next === t) break;
    t = next;
  }
  return t.length > 0 ? t : null;
}

const PAIRS: ReadonlyArray<[string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['（', '）'],
];

/** Whether every opening quote or bracket of `text` is closed in order. */
export function balanced(text: string): boolean {
  const stack: string[] = [];
  for (const ch of text) {
    const open = PAIRS.find(([o]) => o === ch);
    if (open) {
      stack.push(open[1]);
      continue;
    }
    if (PAIRS.some(([, c]) => c === ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}
