import type { Draft, DraftSection } from '../../shared/model';
import type { Outline, OutlineSummary } from '../../shared/outline';
import { AppFailure } from '../../shared/result';
import { numberedHeadings } from './draft-text';
import { sectionIdAt } from './section-ops';

type NewDraft = Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>;

/** The part of an outline that comes from its draft. */
export type OutlineParts = Pick<
  Outline,
  'title' | 'numbering' | 'sections' | 'templateId' | 'target'
>;

/** Copies an optional field only when set, so absent stays absent (not `undefined`) on disk. */
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/**
 * What an outline keeps of a draft: the title, the numbering per level and every heading with its
 * level, frame words and all. Never the opening, the bodies or the closing: those are the writing
 * the next draft does afresh.
 */
export function outlineOfDraft(
  draft: Pick<Draft, 'title' | 'numbering' | 'sections' | 'templateId' | 'target'>,
): OutlineParts {
  if (draft.sections.length === 0) {
    throw new AppFailure('invalid_argument', '这篇草稿还没有小标题,没有可保存的提纲');
  }
  return {
    title: draft.title,
    numbering: [...draft.numbering],
    sections: draft.sections.map((s) => ({
      id: s.id,
      level: s.level,
      heading: s.heading,
      ...optional('inline', s.inline),
      ...optional('target', s.target),
    })),
    templateId: draft.templateId,
    ...optional('target', draft.target),
  };
}

/**
 * A new draft laid out by the outline: its headings and numbering, every body empty. Section ids
 * come from the outline where it has them (the template's hints are keyed by them), unique either
 * way.
 */
export function draftFromOutline(outline: Outline): NewDraft {
  const taken = new Set<string>();
  const sections = outline.sections.map((s, i): DraftSection => {
    let id = s.id !== undefined && s.id !== '' && !taken.has(s.id) ? s.id : sectionIdAt(i);
    for (let n = outline.sections.length + 1; taken.has(id); n++) id = sectionIdAt(n - 1);
    taken.add(id);
    return {
      id,
      level: s.level,
      heading: s.heading,
      body: '',
      ...optional('inline', s.inline),
      ...optional('target', s.target),
    };
  });
  return {
    title: outline.title,
    templateId: outline.templateId ?? null,
    opening: '',
    sections,
    closing: '',
    numbering: [...outline.numbering],
    ...optional('target', outline.target),
  };
}

export function outlineSummary(outline: Outline): OutlineSummary {
  const draft = draftFromOutline(outline);
  const headings = numberedHeadings(draft);
  return {
    id: outline.id,
    name: outline.name,
    title: outline.title,
    headings: outline.sections.length,
    skeleton: draft.sections.map(
      (s, i) => '  '.repeat(Math.max(0, s.level - 1)) + (headings[i] ?? ''),
    ),
    updatedAt: outline.updatedAt ?? null,
  };
}
