/**
 * Blanks a template leaves for the user: 20__年, XXX, X月X日, _省, {{slot}}, ____. A draft
 * handed in with one of these still in it is the mistake this check exists for.
 */
const PLACEHOLDER =
  /20[_＿]+年|20[X×Ｘ]{2}年|[X×Ｘ]{1,2}月[X×Ｘ]{1,2}日|[_＿]+[省市县区乡镇村]|[X×Ｘ]{1,2}[省市县区乡镇村]|\{\{[^{}\n]{0,40}(?:\}\})?|[X×Ｘ]{2,}|[_＿]{2,}/gu;

export interface PlaceholderSpan {
  start: number;
  end: number;
  text: string;
}

export function findPlaceholders(text: string): PlaceholderSpan[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}
