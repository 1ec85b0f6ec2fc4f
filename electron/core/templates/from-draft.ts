import type { Genre } from '../../shared/analysis';
import type { FormulaRole } from '../../shared/formulas';
import type { Draft, TemplateSection } from '../../shared/model';
import { AppFailure } from '../../shared/result';
import { isInlineSection, numberedHeadings, paragraphsOf } from '../draft/draft-text';
import { guessGenre } from '../miner/genre';
import { fieldValues, frameLiterals } from './frame-fields';
import { formulaSlot } from './formula-slots';
import { mineFormulas } from './formulas';
import type { GeneratedTemplate } from './generate';
import {
  describeSections,
  MAX_FRAME_FIELDS,
  sectionBlock,
  shapeKeyOf,
  templateSource,
} from './section-block';
import { firstSentence } from './source-text';

export type DraftForTemplate = Pick<
  Draft,
  'title' | 'opening' | 'sections' | 'closing' | 'numbering'
>;

/** What the template a draft was made from tells about it. */
export interface DraftOrigin {
  genre: Genre;
  /** The frames of its parallel headings, '…' for each varying part. */
  frames: readonly string[];
}

/** Whether `heading` fills `frame` and the frame's words put back around its parts give it again. */
function writtenBy(frame: string, heading: string): boolean {
  const literals = frameLiterals(frame);
  if (literals.length < 2 || literals.length - 1 > MAX_FRAME_FIELDS) return false;
  const values = fieldValues(frame, heading);
  return values !== null && literals.map((l, i) => l + (values[i] ?? '')).join('') === heading;
}

/**
 * The frame every heading fills, when all are one level: the template then keeps the frame's words
 * and asks only for the varying parts. Only an exact fit counts, so that filling the template
 * with its defaults gives every heading back character for character.
 */
function sharedFrame(draft: DraftForTemplate, frames: readonly string[]): string | null {
  if (new Set(draft.sections.map((s) => s.level)).size !== 1) return null;
  return frames.find((f) => draft.sections.every((s) => writtenBy(f, s.heading))) ?? null;
}

/** The formulas a field offers when the draft left its part empty: the app's own. */
const OFFERED = mineFormulas([]);

/**
 * A draft → a fill-in template written the way mined ones are (see generateTemplate): title,
 * opening and closing are formula fields that start as the writer's own sentence (the title, the
 * first sentence of the opening and of the closing's last paragraph); each heading is a row of
 * the repeated block, or the varying parts of the frame the headings share; numbering per level
 * comes from the draft; the body under each heading becomes that section's hint, never template
 * text.
 */
export function templateFromDraft(
  draft: DraftForTemplate,
  name: string,
  origin: DraftOrigin | null,
): GeneratedTemplate {
  if (draft.sections.length === 0) {
    throw new AppFailure('invalid_argument', '这篇草稿还没有小标题,无法另存为模板');
  }
  const text = [
    draft.opening,
    ...draft.sections.map((s) => `${s.heading}\n${s.body}`),
    draft.closing,
  ];
  const genre = origin?.genre ?? guessGenre([draft.title], text.join('\n'));
  const frames = origin?.frames ?? [];
  const openingPara = paragraphsOf(draft.opening)[0];
  const closingPara = paragraphsOf(draft.closing).at(-1);
  const own: Record<Exclude<FormulaRole, 'subtitle'>, string | null> = {
    title: draft.title.trim() || null,
    opening: openingPara ? firstSentence(openingPara) : null,
    closing: closingPara ? firstSentence(closingPara) : null,
  };
  const roles = ['title', 'opening', 'closing'] as const;
  const slots = roles.map((role) => {
    const sentence = own[role];
    return formulaSlot(role, sentence ? [sentence] : [], genre, OFFERED, sentence);
  });

  const frame = sharedFrame(draft, frames);
  const first = draft.sections[0];
  const block = sectionBlock({
    headings: draft.sections.map((s) => s.heading),
    levels: draft.sections.map((s) => s.level),
    frame,
    hints: draft.sections.map((s) => s.body),
    inline: draft.sections.every(isInlineSection),
    scheme: draft.numbering[(first?.level ?? 1) - 1] ?? 'none',
    keepHeadings: true,
  });
  const numbered = numberedHeadings(draft);
  const sections: TemplateSection[] = draft.sections.map((s, i) => ({
    level: s.level,
    numbering: draft.numbering[s.level - 1] ?? 'none',
    frame: frames.find((f) => fieldValues(f, s.heading) !== null) ?? null,
    repeat: true,
    heading: numbered[i] ?? s.heading,
  }));

  return {
    id: '',
    name,
    genre,
    description: `由草稿《${draft.title.trim() || '未命名'}》另存:${describeSections(frame, sections)}`,
    sourceTitle: draft.title,
    slots,
    blocks: [block.block],
    sections,
    source: templateSource({ roles, block, schemes: draft.numbering }),
    shapeKey: shapeKeyOf(genre, frame, sections),
    headings: draft.sections.map((s) => s.heading),
  };
}
