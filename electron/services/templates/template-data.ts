import { draftToText } from '../../core/draft/draft-text';
import { textToDraftParts } from '../../core/draft/text-to-draft';
import type { Draft, NumberingScheme, Template } from '../../shared/model';
import type { RenderedParts } from './render-worker';
import { NUMBERING_SCHEMES } from '../../core/draft/numbering';
import { orBlank } from '../../core/templates/formula-text';
import { sectionIdAt } from '../../core/draft/section-ops';

export type DraftParts = Pick<Draft, 'title' | 'opening' | 'sections' | 'closing' | 'numbering'>;

const KNOWN_SCHEMES = new Set<string>(NUMBERING_SCHEMES);

const asScheme = (s: string): NumberingScheme =>
  KNOWN_SCHEMES.has(s) ? (s as NumberingScheme) : 'none';

/**
 * The data a template renders with: what the user typed, and for everything left empty the
 * template's defaults. A row field without a default is a blank (____) the checks panel flags,
 * so a template filled with `{}` reads as its skeleton, every place to write marked.
 */
export function withDefaults(
  template: Template,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const filled: Record<string, unknown> = {};
  for (const slot of template.slots) {
    const v = data[slot.name];
    filled[slot.name] = typeof v === 'string' && v.trim() !== '' ? v : slot.default;
  }
  for (const block of template.blocks) {
    const given = data[block.name];
    const rows: unknown[] = Array.isArray(given) ? given : block.rows;
    const fields = new Set(block.fields.map((f) => f.name));
    filled[block.name] = rows.map((row, i) => {
      const r = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
      const fallback = block.rows[i] ?? {};
      const out: Record<string, string> = {};
      for (const key of new Set([...fields, ...Object.keys(fallback), ...Object.keys(r)])) {
        const v = r[key];
        const typed = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
        const value = typed.trim() !== '' ? typed : (fallback[key] ?? '');
        out[key] = fields.has(key) ? orBlank(value) : value;
      }
      return out;
    });
  }
  return filled;
}

/** A rendered template as a draft's structure; plain text when the template marked none. */
export function partsToDraft(parts: RenderedParts): DraftParts {
  if (!parts.structured) return textToDraftParts(parts.text);
  const numbering: NumberingScheme[] = [];
  for (const s of parts.sections) {
    if (numbering[s.level - 1] === undefined) numbering[s.level - 1] = asScheme(s.scheme);
  }
  for (let i = 0; i < numbering.length; i++) numbering[i] ??= 'none';
  return {
    title: parts.title,
    opening: parts.opening.join('\n'),
    sections: parts.sections.map((s, i) => ({
      id: sectionIdAt(i),
      level: s.level,
      heading: s.heading,
      body: s.body.join('\n'),
      ...(s.inline ? { inline: true } : {}),
    })),
    closing: parts.closing.join('\n'),
    numbering,
  };
}

export function partsToText(parts: RenderedParts): string {
  if (!parts.structured) return parts.text.trim();
  const draft = partsToDraft(parts);
  return draftToText({
    ...draft,
    id: '',
    templateId: null,
    createdAt: '',
    updatedAt: '',
  });
}
