import type { DraftField } from '../../shared/checks';
import type { Draft, DraftSection } from '../../shared/model';
import { textLines, type TextLine } from '../text-lines';
import { sectionMarkers } from './numbering';

/*
 * How a draft reads as the exported document does: its blocks, its plain text and its 字数. The
 * renderer imports this module's values (an explicit exception in eslint.config.mjs) so that the
 * editor counts and copies exactly what an export holds; it stays pure and imports only types,
 * ./numbering and ../text-lines.
 */

/** The non-blank lines of a field, trimmed, each with its offset in the field. */
export const paragraphSpans = (block: string): TextLine[] =>
  textLines(block).filter((l) => l.text.length > 0);

export const paragraphsOf = (block: string): string[] => paragraphSpans(block).map((p) => p.text);

/** Each section's heading with its number, counted per level and restarted under a new parent. */
export function numberedHeadings(draft: Pick<Draft, 'sections' | 'numbering'>): string[] {
  const markers = sectionMarkers(draft);
  return draft.sections.map((s, i) => (markers[i] ?? '') + s.heading);
}

/** Where a run of a block's text was typed: `length` characters from `at` come from `field`. */
export interface BlockSource {
  at: number;
  field: DraftField;
  from: number;
  length: number;
}

export interface DraftBlock {
  kind: 'title' | 'heading' | 'paragraph';
  /** A heading's level; for a paragraph opened by an inline heading, that heading's level. */
  level: number;
  text: string;
  /** The inline heading that opens this paragraph, numbered: a prefix of `text`. */
  lead?: string;
  /** The fields its text comes from; a heading's number comes from none. */
  sources: BlockSource[];
}

/** A heading ending a sentence reads as the first sentence of its paragraph (一是…。正文). */
const SENTENCE_END = /[。！？!?]$/u;

/** Whether a section's heading runs into its first paragraph: as marked, else by its last mark. */
export const isInlineSection = (s: DraftSection): boolean =>
  s.inline ?? SENTENCE_END.test(s.heading.trim());

const source = (at: number, field: DraftField, from: number, length: number): BlockSource => ({
  at,
  field,
  from,
  length,
});

const paragraphs = (value: string, field: DraftField): DraftBlock[] =>
  paragraphSpans(value).map((p) => ({
    kind: 'paragraph',
    level: 0,
    text: p.text,
    sources: [source(0, field, p.from, p.text.length)],
  }));

/** The draft as a flat list of blocks in reading order: what every export walks. */
export function draftBlocks(draft: Draft): DraftBlock[] {
  const title = { part: 'title' } as const;
  const blocks: DraftBlock[] = [
    {
      kind: 'title',
      level: 0,
      text: draft.title,
      sources: [source(0, title, 0, draft.title.length)],
    },
  ];
  blocks.push(...paragraphs(draft.opening, { part: 'opening' }));
  const markers = sectionMarkers(draft);
  draft.sections.forEach((s, i) => {
    const marker = markers[i] ?? '';
    const heading = marker + s.heading;
    const headingSource = source(
      marker.length,
      { part: 'heading', sectionId: s.id },
      0,
      s.heading.length,
    );
    const body = paragraphs(s.body, { part: 'body', sectionId: s.id });
    if (isInlineSection(s) && heading.length > 0) {
      const first = body.shift();
      blocks.push({
        kind: 'paragraph',
        level: s.level,
        text: heading + (first?.text ?? ''),
        lead: heading,
        sources: [
          headingSource,
          ...(first?.sources ?? []).map((f) => ({ ...f, at: f.at + heading.length })),
        ],
      });
    } else {
      blocks.push({ kind: 'heading', level: s.level, text: heading, sources: [headingSource] });
    }
    blocks.push(...body);
  });
  blocks.push(...paragraphs(draft.closing, { part: 'closing' }));
  return blocks;
}

/** Plain text: title, then one paragraph per line. */
export function draftToText(draft: Draft): string {
  return draftBlocks(draft)
    .map((b) => b.text)
    .filter((t) => t.length > 0)
    .join('\n');
}

/** Two ideographic spaces: how Chinese plain text marks a paragraph. */
const PARAGRAPH_INDENT = '\u3000\u3000';

/** Plain text as Chinese offices paste and print it: the title flush, every paragraph indented. */
export function draftToIndentedText(draft: Draft, eol: string): string {
  return draftBlocks(draft)
    .filter((b) => b.text.length > 0)
    .map((b) => (b.kind === 'title' ? b.text : PARAGRAPH_INDENT + b.text))
    .map((line) => line + eol)
    .join('');
}

/**
 * 字数, the one definition every part of the app shows: the characters of the text below the
 * title as the exported document holds it (opening, each heading with its number, bodies,
 * closing). White space does not count; `withoutPunctuation` counts only letters and digits
 * (汉字, Latin letters, numerals). A character outside the BMP is one character, not two.
 */
export interface CharCounts {
  all: number;
  withoutPunctuation: number;
}

const NOT_COUNTED = /\s+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Characters in `s`, a surrogate pair being one. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

export const charCounts = (text: string): CharCounts => ({
  all: codePoints(text.replace(NOT_COUNTED, '')),
  withoutPunctuation: codePoints(text.replace(NOT_LETTER_OR_DIGIT, '')),
});

/** Characters a reader counts (no white space). */
export const countChars = (text: string): number => charCounts(text).all;

const add = (a: CharCounts, b: CharCounts): CharCounts => ({
  all: a.all + b.all,
  withoutPunctuation: a.withoutPunctuation + b.withoutPunctuation,
});

const NONE: CharCounts = { all: 0, withoutPunctuation: 0 };

/**
 * Each section's heading and body counted, kept while the section object lives: the editor counts
 * on every keystroke, and a keystroke replaces only the section typed in.
 */
const typedCounts = new WeakMap<DraftSection, CharCounts>();

function sectionText(s: DraftSection): CharCounts {
  let counts = typedCounts.get(s);
  if (!counts) {
    counts = charCounts(s.heading + s.body);
    typedCounts.set(s, counts);
  }
  return counts;
}

export interface DraftCharCounts {
  opening: CharCounts;
  /** Each section: its number, heading and body. */
  sections: CharCounts[];
  closing: CharCounts;
  /** The whole text below the title. */
  total: CharCounts;
}

/** 字数 of each part of the draft and of the whole, as CharCounts defines it. */
export function draftCharCounts(
  draft: Pick<Draft, 'opening' | 'sections' | 'closing' | 'numbering'>,
): DraftCharCounts {
  const markers = sectionMarkers(draft);
  const sections = draft.sections.map((s, i) => add(charCounts(markers[i] ?? ''), sectionText(s)));
  const opening = charCounts(draft.opening);
  const closing = charCounts(draft.closing);
  const total = [opening, ...sections, closing].reduce(add, NONE);
  return { opening, sections, closing, total };
}

/**
 * The draft as text a person reads anywhere and 导入 reads back into a draft (text-to-draft
 * readDraftText): the title on the first line; then the opening, each section and the closing,
 * a blank line apart; each heading flush on a line of its own, with its number; every paragraph
 * indented by two ideographic spaces.
 */
export function draftToCopyText(draft: Draft, eol: string): string {
  const indented = (block: string): string[] =>
    paragraphsOf(block).map((p) => PARAGRAPH_INDENT + p);
  const markers = sectionMarkers(draft);
  const parts: string[][] = [
    indented(draft.opening),
    ...draft.sections.map((s, i) => {
      const heading = ((markers[i] ?? '') + s.heading).trim();
      return [...(heading ? [heading] : []), ...indented(s.body)];
    }),
    indented(draft.closing),
  ].filter((lines) => lines.length > 0);
  return [draft.title.trim(), ...parts.map((lines) => lines.join(eol))].join(eol + eol) + eol;
}
