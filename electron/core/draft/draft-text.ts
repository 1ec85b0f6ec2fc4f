import type { Draft, DraftSection, NumberingScheme } from '../../shared/model';
import { sectionMarkers, stripMarker } from './numbering';
import { closingIndex, type SectionStart } from '../miner/closing';

export { countChars } from './section-ops';

export const paragraphsOf = (block: string): string[] =>
  block
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

/** Each section's heading with its number, counted per level and restarted under a new parent. */
export function numberedHeadings(draft: Pick<Draft, 'sections' | 'numbering'>): string[] {
  const markers = sectionMarkers(draft);
  return draft.sections.map((s, i) => (markers[i] ?? '') + s.heading);
}

export interface DraftBlock {
  kind: 'title' | 'heading' | 'paragraph';
  /** A heading's level; for a paragraph opened by an inline heading, that heading's level. */
  level: number;
  text: string;
  /** The inline heading that opens this paragraph, numbered: a prefix of `text`. */
  lead?: string;
}

/** A heading ending a sentence reads as the first sentence of its paragraph (一是…。正文). */
const SENTENCE_END = /[。！？!?]$/u;

/** Whether a section's heading runs into its first paragraph: as marked, else by its last mark. */
export const isInlineSection = (s: DraftSection): boolean =>
  s.inline ?? SENTENCE_END.test(s.heading.trim());

/** The draft as a flat list of blocks in reading order: what every export walks. */
export function draftBlocks(draft: Draft): DraftBlock[] {
  const blocks: DraftBlock[] = [{ kind: 'title', level: 0, text: draft.title }];
  const para = (text: string): DraftBlock => ({ kind: 'paragraph', level: 0, text });
  blocks.push(...paragraphsOf(draft.opening).map(para));
  const headings = numberedHeadings(draft);
  draft.sections.forEach((s, i) => {
    const heading = headings[i] ?? s.heading;
    const body = paragraphsOf(s.body);
    if (isInlineSection(s) && heading.length > 0) {
      const first = body.shift() ?? '';
      blocks.push({ kind: 'paragraph', level: s.level, text: heading + first, lead: heading });
    } else {
      blocks.push({ kind: 'heading', level: s.level, text: heading });
    }
    blocks.push(...body.map(para));
  });
  blocks.push(...paragraphsOf(draft.closing).map(para));
  return blocks;
}

/** Plain text: title, then one paragraph per line. */
export function draftToText(draft: Draft): string {
  return draftBlocks(draft)
    .map((b) => b.text)
    .filter((t) => t.length > 0)
    .join('\n');
}

const HEADING_MAX_CHARS = 40;

/** Takes the closing paragraph out of the last section's body, and returns it ('' for none). */
function closingOf(opening: readonly string[], sections: Array<Omit<DraftSection, 'id'>>): string {
  const paras: string[] = [...opening];
  const starts: SectionStart[] = [];
  for (const s of sections) {
    starts.push({ para: paras.length, kind: 'line', level: s.level });
    paras.push(s.heading, ...paragraphsOf(s.body));
  }
  const last = sections[sections.length - 1];
  const at = closingIndex(paras, starts);
  if (!last || at === null) return '';
  const body = paragraphsOf(last.body);
  const closing = body.pop() ?? '';
  last.body = body.join('\n');
  return closing;
}

/**
 * Rebuilds a draft's structure from text whose first line is the title and whose numbered short
 * lines are headings; nesting follows the order in which numbering schemes first appear.
 */
export function textToDraftParts(
  text: string,
): Pick<Draft, 'title' | 'opening' | 'sections' | 'closing' | 'numbering'> {
  const lines = paragraphsOf(text.replace(/\r\n?/gu, '\n'));
  const title = lines.shift() ?? '';
  const numbering: NumberingScheme[] = [];
  const sections: Omit<DraftSection, 'id'>[] = [];
  const opening: string[] = [];
  for (const line of lines) {
    const { scheme, rest } = stripMarker(line);
    if (scheme !== 'none' && line.length <= HEADING_MAX_CHARS) {
      if (!numbering.includes(scheme)) numbering.push(scheme);
      sections.push({ level: numbering.indexOf(scheme) + 1, heading: rest, body: '' });
      continue;
    }
    const last = sections.at(-1);
    if (last) last.body = last.body ? `${last.body}\n${line}` : line;
    else opening.push(line);
  }
  // the last paragraph is the closing where the miner reads one: it says so, or every section
  // runs as long as the others and only the last one a paragraph longer
  const closing = closingOf(opening, sections);
  return {
    title,
    opening: opening.join('\n'),
    sections: sections.map((s, i) => ({ ...s, id: `s${i + 1}` })),
    closing,
    numbering,
  };
}
