import type { EssayAnalysis } from '../../shared/analysis';
import type { FormulaLibrary, FormulaRole } from '../../shared/formulas';
import type { TemplateSection, TemplateSlot } from '../../shared/model';
import { normalizePunctuation } from '../draft/punctuation';
import { essayHeader } from './essay-header';
import { essayParts } from './essay-parts';
import { formulaSlot } from './formula-slots';
import { proposeFrame } from './frame-proposal';
import { repairFrame } from './frame-repair';
import { describeSections, sectionBlock, shapeKeyOf, templateSource } from './section-block';
import { formulaSentences } from './formulas';
import { headingWords, schemeOf } from './heading-numbering';
import { cleanTitle } from './source-text';
import { templateId, templateName } from './template-identity';

/** A template before it is given a family, a unique name and its source's place in a library. */
export interface GeneratedTemplate {
  id: string;
  name: string;
  genre: EssayAnalysis['genre'];
  description: string;
  sourceTitle: string | null;
  slots: TemplateSlot[];
  blocks: ReturnType<typeof sectionBlock>['block'][];
  sections: TemplateSection[];
  source: string;
  /** What makes two templates the same shape. */
  shapeKey: string;
  /** The headings without their numbers, for telling templates of one name apart. */
  headings: string[];
}

/** The frame every heading fills, when one parallel group holds them all at one level. */
function sharedFrame(essay: EssayAnalysis, headings: readonly string[]): string | null {
  const group = essay.parallel_groups.length === 1 ? essay.parallel_groups[0] : undefined;
  const levels = new Set(essay.headings.map((h) => h.level));
  if (!group || levels.size !== 1 || group.members.length !== essay.headings.length) return null;
  return repairFrame(group.frame, headings);
}

export interface GenerateOptions {
  /** The formulas a field falls back to when its source sentence follows none. */
  formulas: FormulaLibrary;
  /** The essay file's lines, for the subtitle above its first paragraph. */
  lines?: readonly string[] | null;
}

/**
 * One analysed essay with headings → a fill-in template (null when it has fewer than two). The
 * template holds the essay's shape, never its sentences: title, subtitle, opening and closing are
 * formula fields (the essay's own sentence only a reference), each heading a row that starts
 * blank (a parallel group's rows fill its frame), and each section's paragraphs a hint.
 */
export function generateTemplate(
  analysed: EssayAnalysis,
  options: GenerateOptions,
): GeneratedTemplate | null {
  if (analysed.headings.length < 2) return null;
  const { subtitle, essay } = essayHeader(analysed, options.lines ?? null);
  const { genre } = essay;
  const { hints, closing } = essayParts(essay);
  const headings = essay.headings.map(headingWords);
  const frame = sharedFrame(essay, headings);
  const levels = essay.headings.map((h) => h.level);
  const scheme = schemeOf(essay.headings[0]?.marker);
  const block = sectionBlock({
    headings,
    levels,
    frame,
    proposed: frame === null && new Set(levels).size === 1 ? proposeFrame(headings) : null,
    hints: hints.map(normalizePunctuation),
    inline: essay.headings.every((h) => h.kind === 'inline'),
    scheme,
    keepHeadings: false,
  });

  const opening = essay.opening_formula ?? null;
  const sentences = formulaSentences({ genre, title: essay.title, subtitle, opening, closing });
  const roles: FormulaRole[] = subtitle
    ? ['title', 'subtitle', 'opening', 'closing']
    : ['title', 'opening', 'closing'];
  const slots = roles.map((role) => formulaSlot(role, sentences[role], genre, options.formulas));

  const sections: TemplateSection[] = essay.headings.map((h, i) => ({
    level: h.level,
    numbering: schemeOf(h.marker),
    frame: frame ?? essay.parallel_groups.find((g) => g.members.includes(i))?.frame ?? null,
    repeat: true,
    heading: normalizePunctuation(h.text.trim()),
  }));
  const schemes = essay.numbering.map((l) => schemeOf(l));

  return {
    id: templateId(genre, frame, headings),
    name: templateName(genre, frame, sections, headings),
    genre,
    description: describeSections(frame, sections),
    sourceTitle: cleanTitle(essay.title),
    slots,
    blocks: [block.block],
    sections: sections.map((s) =>
      s.frame === null ? s : { ...s, frame: repairFrame(s.frame, []) ?? null },
    ),
    source: templateSource({ roles, block, schemes: schemes.length > 0 ? schemes : [scheme] }),
    shapeKey: shapeKeyOf(genre, frame, sections),
    headings,
  };
}
