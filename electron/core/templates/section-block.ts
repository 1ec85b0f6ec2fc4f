import type { FormulaRole } from '../../shared/formulas';
import type {
  NumberingScheme,
  ProposedFrame,
  TemplateBlock,
  TemplateSection,
  TemplateSlot,
} from '../../shared/model';
import { normPunct } from '../miner/text';
import { fieldValues, frameLiterals } from './frame-fields';
import { FRAME_FIELD } from '../draft/section-ops';
import { roleSource } from './formula-slots';

const FIELD_NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
/** A frame with more varying parts than this is not written as one (its rows would lose some). */
export const MAX_FRAME_FIELDS = FIELD_NAMES.length;
export const BLOCK_NAME = '小节';
export const HEADING_FIELD = '小标题';
export const LEVEL_FIELD = '层级';
const BODY_FIELD = '正文';

/** `{{` in sample text must stay text: Handlebars' escape for a literal mustache is `\{{`. */
export const escapeLiteral = (text: string): string => text.replace(/\{\{/gu, '\\{{');

/** Quotes a string for a Handlebars hash argument. */
const hbsString = (text: string): string => `"${text.replace(/["\\]/gu, '')}"`;

const CLOSERS = /^[”’》）]/u;
const CLAUSE_END = /[，、；：。！？]/u;

/** Whether a closing quote or bracket comes before any opening one. */
function strayCloser(text: string): boolean {
  const close = text.search(/[”’》）]/u);
  const open = text.search(/[“‘《（]/u);
  return close >= 0 && (open < 0 || close < open);
}

/** The words just before a part: the clause they end, its last few characters at most. */
function wordsBefore(literal: string): string {
  let start = 0;
  for (let i = 0; i < literal.length; i++) if (CLAUSE_END.test(literal[i] ?? '')) start = i + 1;
  let words = literal.slice(start).replace(/^[”’》）\s]+/u, '');
  if (words.length > 8) words = words.slice(-6);
  // never start inside a quotation
  while (words.length > 0 && strayCloser(words)) words = words.slice(1);
  return words;
}

/**
 * What a frame's part is called in the form: the frame's words around it (战就要“…”，杜绝“…” →
 * 战就要“…”, 杜绝“…”; …，…之… → …，, …之, 之…), so a row's fields say which blank each one fills.
 */
export function frameFieldLabels(frame: string): string[] {
  const literals = frameLiterals(frame);
  return literals.slice(0, -1).map((lit, k) => {
    const after = literals[k + 1] ?? '';
    const before = wordsBefore(lit);
    if (before !== '') return `${before}${FRAME_FIELD}${CLOSERS.exec(after)?.[0] ?? ''}`;
    const next = /^[^，、；：。！？“‘《（]{1,4}/u.exec(after)?.[0] ?? '';
    return next !== '' ? `${FRAME_FIELD}${next}` : `第${k + 1}处`;
  });
}

/** A frame's parts as fields, each with the source headings' words as examples. */
function frameFields(frame: string, headings: readonly string[]): TemplateSlot[] {
  const labels = frameFieldLabels(frame);
  const values = headings.map((h) => fieldValues(frame, h) ?? []);
  return labels.slice(0, MAX_FRAME_FIELDS).map((label, k) => ({
    name: FIELD_NAMES[k] ?? `f${k}`,
    label,
    kind: 'phrase',
    default: '',
    examples: values.map((v) => v[k] ?? ''),
  }));
}

/** The frame as a formula: its words, and `{{甲}}` … for its parts. */
const frameFormula = (frame: string): string =>
  frameLiterals(frame)
    .map((lit, k, all) => lit + (k < all.length - 1 ? `{{${FIELD_NAMES[k] ?? `f${k}`}}}` : ''))
    .join('');

/** A run of sections as a template repeats them: one block row per heading. */
export interface SectionRun {
  /** Each heading as written, without its number. */
  headings: string[];
  levels: number[];
  /** The frame every heading fills, all at one level; null makes each heading a row of its own. */
  frame: string | null;
  /** A frame to offer when there is none: the words the headings share. */
  proposed?: string | null;
  /** The paragraphs under each heading: reference hints beside the editor, never template text. */
  hints: string[];
  /** Whether the headings run into their paragraphs rather than stand on lines of their own. */
  inline: boolean;
  /** The numbering of the first heading. */
  scheme: NumberingScheme;
  /**
   * Whether rows start as the headings (the writer's own draft) or blank, the headings then only
   * examples (a sample essay: its words are someone else's).
   */
  keepHeadings: boolean;
}

export interface SectionBlock {
  block: TemplateBlock;
  /** The Handlebars that writes one heading. */
  headingSource: string;
  /** The heading helper's `level=` argument. */
  levelArg: string;
}

function proposal(frame: string | null | undefined, headings: string[]): ProposedFrame | null {
  if (!frame) return null;
  return { frame, formula: frameFormula(frame), fields: frameFields(frame, headings) };
}

/** The repeatable block of a run of sections, and the Handlebars that writes one heading. */
export function sectionBlock(run: SectionRun): SectionBlock {
  const level = run.levels[0] ?? 1;
  const { hints } = run;
  if (run.frame !== null) {
    const frame = run.frame;
    const fields = frameFields(frame, run.headings);
    const rows = run.headings.map((_h, i) =>
      Object.fromEntries(
        fields.map((f) => [f.name, run.keepHeadings ? (f.examples[i] ?? '') : '']),
      ),
    );
    const distinct = (f: TemplateSlot): TemplateSlot => ({
      ...f,
      examples: [...new Set(f.examples.filter((v) => v !== ''))],
    });
    return {
      block: {
        name: BLOCK_NAME,
        label: '排比小节',
        level,
        numbering: run.scheme,
        frame,
        fields: fields.map(distinct),
        rows,
        hints,
        inline: run.inline,
      },
      headingSource: frameLiterals(frame)
        .map(
          (lit, i, all) =>
            escapeLiteral(lit) + (i < all.length - 1 ? `{{${fields[i]?.name ?? ''}}}` : ''),
        )
        .join(''),
      levelArg: String(level),
    };
  }
  const rows = run.headings.map((h, i) => ({
    [HEADING_FIELD]: run.keepHeadings ? h : '',
    [LEVEL_FIELD]: String(run.levels[i] ?? level),
  }));
  const field: TemplateSlot = {
    name: HEADING_FIELD,
    label: HEADING_FIELD,
    kind: 'phrase',
    default: '',
    examples: run.headings,
  };
  const proposed = proposal(run.proposed, run.headings);
  return {
    block: {
      name: BLOCK_NAME,
      label: '小节',
      level,
      numbering: run.scheme,
      frame: null,
      fields: [field],
      rows,
      hints,
      inline: run.inline,
      ...(proposed ? { proposed } : {}),
    },
    headingSource: `{{${HEADING_FIELD}}}`,
    levelArg: LEVEL_FIELD,
  };
}

/** A whole template's Handlebars: title, subtitle, opening, the repeated sections, closing. */
export function templateSource(parts: {
  roles: readonly FormulaRole[];
  block: SectionBlock;
  /** The numbering of each level, outermost first. */
  schemes: readonly NumberingScheme[];
}): string {
  const { block, headingSource, levelArg } = parts.block;
  const schemeArg = hbsString((parts.schemes.length > 0 ? parts.schemes : ['none']).join('|'));
  const has = (role: FormulaRole): string => (parts.roles.includes(role) ? roleSource(role) : '');
  return `${[
    has('title'),
    has('subtitle'),
    has('opening'),
    `{{#each ${block.name}}}`,
    `{{#heading level=${levelArg} schemes=${schemeArg} inline=${String(block.inline)}}}${headingSource}{{/heading}}`,
    `{{#body}}{{${BODY_FIELD}}}{{/body}}`,
    '{{/each}}',
    has('closing'),
  ]
    .filter((l) => l.length > 0)
    .join('\n')}\n`;
}

/** What makes two templates the same shape: one frame, or one genre numbered alike per level. */
export function shapeKeyOf(
  genre: string,
  frame: string | null,
  sections: readonly TemplateSection[],
): string {
  return frame !== null
    ? `frame:${normPunct(frame)}`
    : // Same genre and the same numbering at each level, however many sections: one family.
      `outline:${genre}:${[...new Set(sections.map((s) => `${s.level}${s.numbering}`))].sort().join(',')}`;
}

/** A template's description: how many headings, and their frame or numbering. */
export function describeSections(
  frame: string | null,
  sections: readonly TemplateSection[],
): string {
  if (frame !== null)
    return `${sections.length} 个排比小标题，句式「${frame.replaceAll(FRAME_FIELD, '……')}」。`;
  const schemes = [...new Set(sections.map((s) => s.numbering).filter((n) => n !== 'none'))];
  const depth = Math.max(...sections.map((s) => s.level));
  const numbered = schemes.length > 0 ? `，编号 ${schemes.join(' ')}` : '';
  return `${sections.length} 个小标题${depth > 1 ? `，分 ${depth} 级` : ''}${numbered}。`;
}
