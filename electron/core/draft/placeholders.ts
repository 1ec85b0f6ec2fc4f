import type { Draft } from '../../shared/model';
import { paragraphsOf } from './draft-text';

/**
 * What a template or a sample essay leaves for the writer to fill: XXX or ×× for a name, 20__年 or
 * _省 for blanks, X月X日 for a date, and Handlebars braces a template did not resolve.
 */
const PLACEHOLDER = new RegExp(
  [
    String.raw`\{\{[^}\n]{0,40}(?:\}\})?`,
    String.raw`(?<![A-Za-z])\d*[XxＸｘ×]{2,}(?![A-Za-z])[年月日号]?`,
    String.raw`(?<![A-Za-z])[XＸ×][年月日号时省市县区乡镇村](?:[XＸ×][年月日号时])*`,
    String.raw`\d*[_＿]+\d*[\p{Script=Han}]?`,
  ].join('|'),
  'gu',
);

/** At most this many warnings are listed; the rest are counted in one line. */
const MAX_WARNINGS = 10;

interface Part {
  where: string;
  text: string;
}

function partsOf(draft: Draft): Part[] {
  const parts: Part[] = [{ where: '标题', text: draft.title }];
  for (const p of paragraphsOf(draft.opening)) parts.push({ where: '开头', text: p });
  draft.sections.forEach((s, i) => {
    parts.push({ where: `第${i + 1}节标题`, text: s.heading });
    for (const p of paragraphsOf(s.body)) parts.push({ where: `第${i + 1}节正文`, text: p });
  });
  for (const p of paragraphsOf(draft.closing)) parts.push({ where: '结尾', text: p });
  return parts;
}

/**
 * Unfilled slots and placeholders, one warning each, in reading order. Export still goes ahead:
 * the writer may mean to fill them in Word.
 */
export function placeholderWarnings(draft: Draft): string[] {
  const warnings: string[] = [];
  for (const { where, text } of partsOf(draft)) {
    for (const m of text.matchAll(PLACEHOLDER)) {
      warnings.push(`${where}有待填写的内容“${m[0]}”`);
    }
  }
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - MAX_WARNINGS;
  return [...warnings.slice(0, MAX_WARNINGS), `另有 ${rest} 处待填写的内容`];
}
