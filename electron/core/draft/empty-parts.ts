import type { EmptyPart } from '../../shared/checks';
import type { Draft } from '../../shared/model';

/*
 * The renderer imports this module's values (an explicit exception in eslint.config.mjs): the
 * export dialog names the empty parts of the draft in the window before anything is saved or
 * exported. It stays pure and imports only types.
 */

const blank = (text: string): boolean => text.trim() === '';

/**
 * The parts of a draft with nothing written in them, in reading order. A section with nothing
 * in it is one entry; a heading with sections nested under it needs no body of its own.
 */
export function emptyParts(
  draft: Pick<Draft, 'title' | 'opening' | 'sections' | 'closing'>,
): EmptyPart[] {
  const found: EmptyPart[] = [];
  if (blank(draft.title)) found.push({ kind: 'title', section: null, field: { part: 'title' } });
  if (blank(draft.opening)) {
    found.push({ kind: 'opening', section: null, field: { part: 'opening' } });
  }
  draft.sections.forEach((s, i) => {
    const next = draft.sections[i + 1];
    const nests = next !== undefined && next.level > s.level;
    const heading = { part: 'heading', sectionId: s.id } as const;
    if (blank(s.heading) && blank(s.body) && !nests) {
      found.push({ kind: 'section', section: i, field: heading });
    } else if (blank(s.heading)) {
      found.push({ kind: 'heading', section: i, field: heading });
    } else if (blank(s.body) && !nests) {
      found.push({ kind: 'body', section: i, field: { part: 'body', sectionId: s.id } });
    }
  });
  if (blank(draft.closing)) {
    found.push({ kind: 'closing', section: null, field: { part: 'closing' } });
  }
  return found;
}
