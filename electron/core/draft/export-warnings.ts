import type { Draft } from '../../shared/model';
import { draftPlaceholders } from '../checks/placeholders';

/** At most this many warnings are listed; the rest are counted in one line. */
const MAX_WARNINGS = 10;

/**
 * Unfilled slots and placeholders (XXX, 20__年, X月X日, _省, {{…}}), one warning each in reading
 * order. Only a warning: the export goes ahead, as the writer may mean to fill them in Word.
 */
export function exportWarnings(draft: Draft): string[] {
  const warnings = draftPlaceholders(draft).map((p) => `${p.label}有待填写的内容“${p.text}”`);
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - MAX_WARNINGS;
  return [...warnings.slice(0, MAX_WARNINGS), `另有 ${String(rest)} 处待填写的内容`];
}
