import type { Genre } from '../../shared/analysis';
import type { Draft, TemplateSection, TemplateSlot } from '../../shared/model';
import { AppFailure } from '../../shared/result';
import { isInlineSection, numberedHeadings, paragraphsOf } from '../draft/draft-text';
import { guessGenre } from '../miner/genre';
import { fieldValues, frameLiterals } from './frame-fields';
import {
  describeSections,
  firstSentence,
  generalise,
  MAX_FRAME_FIELDS,
  sectionBlock,
  shapeKeyOf,
  templateSource,
  type GeneratedTemplate,
} from './generate';

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

/**
 * A draft → a fill-in template written the way mined ones are (see generateTemplate): the title
 * and the first sentence of the opening and of the closing stay as formulas with their dates,
 * works and names as slots; each heading is a row of the repeated block, or the varying parts of
 * the frame the headings share; numbering per level comes from the draft; the body under each
 * heading becomes that section's 范文 hint, never template text.
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
  const slots: TemplateSlot[] = [];
  const title = generalise(draft.title.trim() || genre, slots, '标题');
  const openingPara = paragraphsOf(draft.opening)[0];
  const closingPara = paragraphsOf(draft.closing).at(-1);
  const opening = openingPara ? generalise(firstSentence(openingPara), slots, '开头') : '';
  const closing = closingPara ? generalise(firstSentence(closingPara), slots, '结尾') : '';

  const frame = sharedFrame(draft, frames);
  const first = draft.sections[0];
  const block = sectionBlock({
    headings: draft.sections.map((s) => s.heading),
    levels: draft.sections.map((s) => s.level),
    frame,
    hints: draft.sections.map((s) => s.body),
    inline: draft.sections.every(isInlineSection),
    scheme: draft.numbering[(first?.level ?? 1) - 1] ?? 'none',
  });
  const numbered = numberedHeadings(draft);
  const sections: TemplateSection[] = draft.sections.map((s, i) => ({
    level: s.level,
    numbering: draft.numbering[s.level - 1] ?? 'none',
    frame: frames.find((f) => fieldValues(f, s.heading) !== null) ?? null,
    repeat: true,
    heading: numbered[i] ?? s.heading,
    hint: s.body,
  }));

  return {
    name,
    genre,
    description: `由草稿《${draft.title.trim() || '未命名'}》另存:${describeSections(frame, sections)}`,
    sourceTitle: draft.title,
    slots,
    blocks: [block.block],
    sections,
    source: templateSource({ title, opening, closing, block, schemes: draft.numbering }),
    shapeKey: shapeKeyOf(genre, frame, sections),
  };
}
