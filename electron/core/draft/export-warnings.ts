import type { Draft } from '../../shared/model';
import { findPlaceholders } from '../checks/placeholders';
import { paragraphsOf } from './draft-text';

/** At most this many warnings are listed; the rest are counted in one line. */
const MAX_WARNINGS = 10;

/** Each part of the draft the writer edits, by the name the editor shows it under. */
function editedParts(draft: Draft): Array<{ where: string; text: string }> {
  const parts = [{ where: '标题', text: draft.title }];
  for (const p of paragraphsOf(draft.opening)) parts.push({ where: '开头', text: p });
  draft.sections.forEach((s, i) => {
    parts.push({ where: `第${i + 1}节标题`, text: s.heading });
    for (const p of paragraphsOf(s.body)) parts.push({ where: `第${i + 1}节正文`, text: p });
  });
  for (const p of paragraphsOf(draft.closing)) parts.push({ where: '结尾', text: p });
  return parts;
}

/**
 * Unfilled slots and placeholders (XXX, 20__年, X月X日, _省, {{…}}), one warning each in reading
 * order. Only a warning: the export goes ahead, as the writer may mean to fill them in Word.
 */
export function exportWarnings(draft: Draft): string[] {
  const warnings = editedParts(draft).flatMap(({ where, text }) =>
    findPlaceholders(text).map((p) => `${where}有待填写的内容“${p.text}”`),
  );
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - MAX_WARNINGS;
  return [...warnings.slice(0, MAX_WARNINGS), `另有 ${String(rest)} 处待填写的内容`];
}
