import type { Draft, DraftSection, NumberingScheme } from '../../shared/model';
import { closingIndex, type SectionStart } from '../miner/closing';
import { paragraphsOf } from './draft-text';
import { stripMarker } from './numbering';

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
