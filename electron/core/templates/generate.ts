import type { EssayAnalysis, Heading, LineRef } from '../../shared/analysis';
import type {
  NumberingScheme,
  TemplateBlock,
  TemplateSection,
  TemplateSlot,
} from '../../shared/model';
import { normPunct, sentenceSpans } from '../miner/text';
import { fieldValues, frameLiterals, SLOT_MARK } from './frame-fields';
import { findSlotSpans, SLOT_LABEL } from './slot-patterns';

/** A template before it is given an id, a family and its source text's place in a library. */
export interface GeneratedTemplate {
  name: string;
  genre: EssayAnalysis['genre'];
  description: string;
  sourceTitle: string | null;
  slots: TemplateSlot[];
  blocks: TemplateBlock[];
  sections: TemplateSection[];
  source: string;
  /** What makes two templates the same shape. */
  shapeKey: string;
}

const FIELD_NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
/** A frame with more varying parts than this is not written as one (its rows would lose some). */
export const MAX_FRAME_FIELDS = FIELD_NAMES.length;
const BLOCK_NAME = '小节';
const HEADING_FIELD = '小标题';
const BODY_FIELD = '正文';
const LEVEL_FIELD = '层级';

/** Maps the miner's numbering labels (一、 (一) 第一… 首先) to the schemes drafts number with. */
export function schemeOf(label: string | undefined): NumberingScheme {
  if (!label) return 'none';
  const l = normPunct(label).replace(/（/gu, '(').replace(/）/gu, ')');
  if (/^[一二三四五六七八九十]+[、.．]/u.test(l)) return '一、';
  if (/^\([一二三四五六七八九十]+\)/u.test(l)) return '(一)';
  if (/^\(\d+\)/u.test(l) || /^\d+\)/u.test(l)) return '(1)';
  if (/^\d+、/u.test(l)) return '1、';
  if (/^\d+[.．]/u.test(l)) return '1.';
  if (/^[①-⑳]/u.test(l)) return '①';
  if (/^[一二三四五六七八九十]+是/u.test(l)) return '一是';
  if (/^第[一二三四五六七八九十]+/u.test(l)) return '第一';
  if (/^其[一二三四五六七八九十]/u.test(l)) return '其一';
  if (/^(首先|其次|再次|最后|起初|后来|最终)/u.test(l)) return '首先';
  return 'none';
}

/** `{{` in sample text must stay text: Handlebars' escape for a literal mustache is `\{{`. */
export const escapeLiteral = (text: string): string => text.replace(/\{\{/gu, '\\{{');

/** Quotes a string for a Handlebars hash argument. */
const hbsString = (text: string): string => `"${text.replace(/["\\]/gu, '')}"`;

function stripMarker(h: Heading): string {
  const text = h.text.trim();
  if (!h.marker) return text;
  const norm = normPunct(text);
  const marker = normPunct(h.marker);
  return (norm.startsWith(marker) ? text.slice(marker.length) : text).replace(
    /^[，,、：:\s]+/u,
    '',
  );
}

export function firstSentence(text: string): string {
  const span = sentenceSpans(text)[0];
  return span ? text.slice(span.start, span.end) : text;
}

/** Turns a formula sentence into Handlebars with slots, registering each slot once. */
export function generalise(sentence: string, slots: TemplateSlot[], role: string): string {
  let out = '';
  let pos = 0;
  for (const span of findSlotSpans(sentence)) {
    out += escapeLiteral(sentence.slice(pos, span.start));
    const existing = slots.find((s) => s.kind === span.kind && s.default === span.text);
    const slot =
      existing ??
      ((): TemplateSlot => {
        const sameKind = slots.filter((s) => s.kind === span.kind).length;
        const base = SLOT_LABEL[span.kind];
        const created: TemplateSlot = {
          name: sameKind === 0 ? base : `${base}${sameKind + 1}`,
          label: `${role}${base}${sameKind === 0 ? '' : sameKind + 1}`,
          kind: span.kind,
          default: span.text,
          examples: [span.text],
        };
        slots.push(created);
        return created;
      })();
    out += `{{${slot.name}}}`;
    pos = span.end;
  }
  return out + escapeLiteral(sentence.slice(pos));
}

/** The paragraph each heading stands in (inline) or heads (line), and its body text. */
function bodiesOf(essay: EssayAnalysis): string[] {
  const paras: LineRef[] = essay.paragraphs ?? [];
  const starts = essay.headings.map((h) => {
    const normHead = normPunct(h.text.trim());
    const i = paras.findIndex(
      (p) =>
        (h.line === undefined || p.line === h.line) &&
        normPunct(p.text.trim()).startsWith(normHead),
    );
    return i;
  });
  return essay.headings.map((h, k) => {
    const i = starts[k] ?? -1;
    if (i < 0) return '';
    const next = starts.slice(k + 1).find((s) => s > i) ?? paras.length;
    const own = paras[i]?.text.trim() ?? '';
    const rest = paras.slice(i + 1, next).map((p) => p.text.trim());
    const first = h.kind === 'inline' ? own.slice(h.text.trim().length).trim() : '';
    return [first, ...rest].filter((t) => t.length > 0).join('\n');
  });
}

/** The essay's closing paragraph, as the miner decided, taken out of the last section's hint. */
function closingParagraph(essay: EssayAnalysis, bodies: string[]): string | null {
  const at = essay.closing_paragraph;
  const last = at === undefined ? undefined : essay.paragraphs?.[at]?.text.trim();
  if (!last || essay.headings.length === 0) return null;
  const lastBody = bodies.at(-1);
  if (lastBody?.endsWith(last)) bodies[bodies.length - 1] = lastBody.slice(0, -last.length).trim();
  return last;
}

function titleName(title: string | null, genre: string): string {
  const t = (title ?? '').replace(/[(（【]?[0-9一二三四五六七八九十]+[)）】]?[:：]?$/u, '').trim();
  return t.length > 0 ? t : genre;
}

/** A run of sections as a template repeats them: one block row per heading. */
export interface SectionRun {
  /** Each heading as written, without its number. */
  headings: string[];
  levels: number[];
  /** The frame every heading fills, all at one level; null makes each heading a row of its own. */
  frame: string | null;
  /** The paragraphs under each heading: reference hints beside the editor, never template text. */
  hints: string[];
  /** Whether the headings run into their paragraphs rather than stand on lines of their own. */
  inline: boolean;
  /** The numbering of the first heading. */
  scheme: NumberingScheme;
}

/** The repeatable block of a run of sections, and the Handlebars that writes one heading. */
export function sectionBlock(run: SectionRun): {
  block: TemplateBlock;
  headingSource: string;
  /** The heading helper's `level=` argument. */
  levelArg: string;
} {
  const level = run.levels[0] ?? 1;
  if (run.frame !== null) {
    const frame = run.frame;
    const literals = frameLiterals(frame);
    const fieldNames = FIELD_NAMES.slice(0, literals.length - 1);
    const rows = run.headings.map((h) => {
      const values = fieldValues(frame, h) ?? [];
      return Object.fromEntries(fieldNames.map((n, i) => [n, values[i] ?? '']));
    });
    return {
      block: {
        name: BLOCK_NAME,
        label: '排比小节',
        level,
        numbering: run.scheme,
        frame,
        fields: fieldNames.map((n) => ({
          name: n,
          label: `排比词${n}`,
          kind: 'phrase',
          default: rows[0]?.[n] ?? '',
          examples: rows.map((r) => r[n] ?? '').filter((v, j, all) => v && all.indexOf(v) === j),
        })),
        rows,
        hints: run.hints,
        inline: run.inline,
      },
      headingSource: literals
        .map((lit, i) => escapeLiteral(lit) + (i < fieldNames.length ? `{{${fieldNames[i]}}}` : ''))
        .join(''),
      levelArg: String(level),
    };
  }
  const rows = run.headings.map((h, i) => ({
    [HEADING_FIELD]: h,
    [LEVEL_FIELD]: String(run.levels[i] ?? level),
  }));
  return {
    block: {
      name: BLOCK_NAME,
      label: '小节',
      level,
      numbering: run.scheme,
      frame: null,
      fields: [
        {
          name: HEADING_FIELD,
          label: '小标题',
          kind: 'phrase',
          default: rows[0]?.[HEADING_FIELD] ?? '',
          examples: rows.map((r) => r[HEADING_FIELD]),
        },
      ],
      rows,
      hints: run.hints,
      inline: run.inline,
    },
    headingSource: `{{${HEADING_FIELD}}}`,
    levelArg: LEVEL_FIELD,
  };
}

/** A whole template's Handlebars: title, opening formula, the repeated sections, closing formula. */
export function templateSource(parts: {
  title: string;
  opening: string;
  closing: string;
  block: ReturnType<typeof sectionBlock>;
  /** The numbering of each level, outermost first. */
  schemes: readonly NumberingScheme[];
}): string {
  const { block, headingSource, levelArg } = parts.block;
  const schemeArg = hbsString((parts.schemes.length > 0 ? parts.schemes : ['none']).join('|'));
  return `${[
    `{{#title}}${parts.title}{{/title}}`,
    parts.opening ? `{{#opening}}${parts.opening}{{/opening}}` : '',
    `{{#each ${block.name}}}`,
    `{{#heading level=${levelArg} schemes=${schemeArg} inline=${String(block.inline)}}}${headingSource}{{/heading}}`,
    `{{#body}}{{${BODY_FIELD}}}{{/body}}`,
    '{{/each}}',
    parts.closing ? `{{#closing}}${parts.closing}{{/closing}}` : '',
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
  return frame !== null
    ? `${sections.length} 个排比小标题,句式“${frame.replaceAll(SLOT_MARK, '……')}”。`
    : `${sections.length} 个小标题,${describeOutline(sections)}。`;
}

/** One analysed essay with headings → a fill-in template (null when it has fewer than two). */
export function generateTemplate(essay: EssayAnalysis): GeneratedTemplate | null {
  if (essay.headings.length < 2) return null;
  const slots: TemplateSlot[] = [];
  const bodies = bodiesOf(essay);
  const closing = closingParagraph(essay, bodies);
  const title = titleName(essay.title, essay.genre);
  const titleSource = generalise(title, slots, '标题');
  const opening = essay.opening_formula ? generalise(essay.opening_formula, slots, '开头') : '';
  const closingSource = closing ? generalise(firstSentence(closing), slots, '结尾') : '';

  const schemes: NumberingScheme[] = essay.numbering.map((l) => schemeOf(l));
  const levels = [...new Set(essay.headings.map((h) => h.level))];
  const group = essay.parallel_groups.length === 1 ? essay.parallel_groups[0] : undefined;
  // One frame shared by every heading: the whole essay is one repeatable run of that frame.
  const framed =
    group !== undefined &&
    levels.length === 1 &&
    group.members.length === essay.headings.length &&
    essay.headings.every((h) => fieldValues(group.frame, stripMarker(h)) !== null);
  const frame = framed ? writtenFrame(group.frame, essay.headings) : null;

  const scheme = schemeOf(essay.headings[0]?.marker);
  const block = sectionBlock({
    headings: essay.headings.map(stripMarker),
    levels: essay.headings.map((h) => h.level),
    frame,
    hints: bodies,
    inline: essay.headings.every((h) => h.kind === 'inline'),
    scheme,
  });

  const sections: TemplateSection[] = essay.headings.map((h, i) => ({
    level: h.level,
    numbering: schemeOf(h.marker),
    frame: frameOfSection(essay, i),
    repeat: true,
    heading: h.text,
    hint: bodies[i] ?? '',
  }));

  const source = templateSource({
    title: titleSource,
    opening,
    closing: closingSource,
    block,
    schemes: schemes.length > 0 ? schemes : [scheme],
  });

  return {
    name: `${title} · ${frame !== null ? shortFrame(frame) : describeOutline(sections)}`,
    genre: essay.genre,
    description: describeSections(frame, sections),
    sourceTitle: essay.title,
    slots,
    blocks: [block.block],
    sections,
    source,
    shapeKey: shapeKeyOf(essay.genre, frame, sections),
  };
}

/**
 * The frame as a heading is written from it: a slot every member leaves empty is no slot (the
 * place of a numbering marker, which the heading helper writes).
 */
function writtenFrame(frame: string, members: readonly Heading[]): string {
  const values = members.map((h) => fieldValues(frame, stripMarker(h)));
  if (values.some((v) => v === null)) return frame;
  const literals = frameLiterals(frame);
  return literals.reduce((out, lit, k) => {
    if (k === 0) return lit;
    const empty = values.every((v) => (v?.[k - 1] ?? '') === '');
    return out + (empty ? '' : SLOT_MARK) + lit;
  }, '');
}

function frameOfSection(essay: EssayAnalysis, i: number): string | null {
  const g = essay.parallel_groups.find((x) => x.members.includes(i));
  if (!g) return null;
  const members = g.members.flatMap((k) => {
    const h = essay.headings[k];
    return h ? [h] : [];
  });
  return writtenFrame(g.frame, members);
}

/** A frame as a name: its varying parts as ……, cut to a length a card title can show. */
function shortFrame(frame: string): string {
  const text = frame.replaceAll(SLOT_MARK, '……');
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

function describeOutline(sections: readonly TemplateSection[]): string {
  const schemes = [...new Set(sections.map((s) => s.numbering).filter((n) => n !== 'none'))];
  const depth = Math.max(...sections.map((s) => s.level));
  return `${depth > 1 ? `${depth} 级` : ''}${schemes.length > 0 ? schemes.join('/') : ''}小标题`;
}
