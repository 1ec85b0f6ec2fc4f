import type { Draft, DraftSection, NumberingScheme } from '../../shared/model';
import { closingIndex, type SectionStart } from '../miner/closing';
import { paragraphsOf } from './draft-text';
import { stripMarker } from './numbering';
import { sectionIdAt } from './section-ops';

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
    sections: sections.map((s, i) => ({ ...s, id: sectionIdAt(i) })),
    closing,
    numbering,
  };
}

type DraftParts = ReturnType<typeof textToDraftParts>;

/** A line of a text file set in from the margin: a paragraph, in the layout draftToCopyText writes. */
const INDENTED = /^[\s\u3000]/u;

interface Line {
  text: string;
  heading: boolean;
  /** A blank line comes before it. */
  afterGap: boolean;
}

/**
 * Text laid out as draftToCopyText writes it: the title on the first line; paragraphs indented,
 * headings flush; the closing, the paragraphs from the first after a blank line once the last
 * heading has been passed. Null when no line is indented, for text laid out some other way.
 */
function copyTextToDraftParts(text: string): DraftParts | null {
  const [title = '', ...rest] = text.replace(/\r\n?/gu, '\n').split('\n');
  if (!rest.some((l) => l.trim() !== '' && INDENTED.test(l))) return null;
  const lines: Line[] = [];
  let gap = false;
  for (const line of rest) {
    if (line.trim() === '') gap = true;
    else {
      lines.push({ text: line.trim(), heading: !INDENTED.test(line), afterGap: gap });
      gap = false;
    }
  }
  const lastHeading = lines.findLastIndex((l) => l.heading);
  // without headings the first paragraph follows the title's blank line: the opening starts there
  const from = lastHeading >= 0 ? lastHeading + 1 : 1;
  const closingAt = lines.findIndex((l, i) => i >= from && l.afterGap);
  const closing = closingAt < 0 ? [] : lines.splice(closingAt);

  const numbering: NumberingScheme[] = [];
  const sections: Array<Omit<DraftSection, 'id'>> = [];
  const opening: string[] = [];
  for (const line of lines) {
    const section = sections.at(-1);
    if (line.heading) {
      const { scheme, rest: heading } = stripMarker(line.text);
      if (!numbering.includes(scheme)) numbering.push(scheme);
      sections.push({ level: numbering.indexOf(scheme) + 1, heading, body: '' });
    } else if (section) section.body = section.body ? `${section.body}\n${line.text}` : line.text;
    else opening.push(line.text);
  }
  return {
    title: title.replace(/^\uFEFF/u, '').trim(),
    opening: opening.join('\n'),
    sections: sections.map((s, i) => ({ ...s, id: sectionIdAt(i) })),
    closing: closing.map((l) => l.text).join('\n'),
    // a draft numbered nowhere keeps no numbering at all
    numbering: numbering.every((n) => n === 'none') ? [] : numbering,
  };
}

/** A text file as a draft: the layout 另存为 writes when it is that, else numbered headings. */
export const readDraftText = (text: string): DraftParts =>
  copyTextToDraftParts(text) ?? textToDraftParts(text);
