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
  return (norm.startsWith(marker) ? text.slice(marker.length) : text).replace(/^[，,、：:\s]+/u, '');
}

function firstSentence(text: string): string {
  const span = sentenceSpans(text)[0];
  return span ? text.slice(span.start, span.end) : text;
}

/** Turns a formula sentence into Handlebars with slots, registering each slot once. */
function generalise(sentence: string, slots: TemplateSlot[], role: string): string {
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
      (p) => (h.line === undefined || p.line === h.line) && normPunct(p.text.trim()).startsWith(normHead),
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

const CLOSING_CUES = /^(总之|总而言之|综上|让我们|同志们|最后|回首|展望|新的征程|站在新的)/u;

/** The essay's closing paragraph when it stands apart from the last section. */
function closingParagraph(essay: EssayAnalysis, bodies: string[]): string | null {
  const paras = essay.paragraphs ?? [];
  const last = paras.at(-1)?.text.trim();
  if (!last || essay.headings.length === 0) return null;
  const lastHeading = essay.headings.at(-1);
  const lastIsHeadingPara =
    lastHeading !== undefined && normPunct(last).startsWith(normPunct(lastHeading.text.trim()));
  if (lastIsHeadingPara) return null;
  const allInline = essay.headings.every((h) => h.kind === 'inline');
  if (allInline || CLOSING_CUES.test(normPunct(last))) {
    const lastBody = bodies.at(-1);
    if (lastBody?.endsWith(last)) bodies[bodies.length - 1] = lastBody.slice(0, -last.length).trim();
    return last;
  }
  return null;
}

function titleName(title: string | null, genre: string): string {
  const t = (title ?? '').replace(/[(（【]?[0-9一二三四五六七八九十]+[)）】]?[:：]?$/u, '').trim();
  return t.length > 0 ? t : genre;
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

  const inline = essay.headings.every((h) => h.kind === 'inline');
  const level = essay.headings[0]?.level ?? 1;
  const scheme = schemeOf(essay.headings[0]?.marker);
  let block: TemplateBlock;
  let headingSource: string;
  if (framed) {
    const literals = frameLiterals(group.frame);
    const fieldNames = FIELD_NAMES.slice(0, literals.length - 1);
    const rows = essay.headings.map((h) => {
      const values = fieldValues(group.frame, stripMarker(h)) ?? [];
      return Object.fromEntries(fieldNames.map((n, i) => [n, values[i] ?? '']));
    });
    block = {
      name: BLOCK_NAME,
      label: '排比小节',
      level,
      numbering: scheme,
      frame: group.frame,
      fields: fieldNames.map((n) => ({
        name: n,
        label: `排比词${n}`,
        kind: 'phrase',
        default: rows[0]?.[n] ?? '',
        examples: rows.map((r) => r[n] ?? '').filter((v, j, all) => v && all.indexOf(v) === j),
      })),
      rows,
      hints: bodies,
      inline,
    };
    headingSource = literals
      .map((lit, i) => escapeLiteral(lit) + (i < fieldNames.length ? `{{${fieldNames[i]}}}` : ''))
      .join('');
  } else {
    const rows = essay.headings.map((h) => ({
      [HEADING_FIELD]: stripMarker(h),
      [LEVEL_FIELD]: String(h.level),
    }));
    block = {
      name: BLOCK_NAME,
      label: '小节',
      level,
      numbering: scheme,
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
      hints: bodies,
      inline,
    };
    headingSource = `{{${HEADING_FIELD}}}`;
  }

  const sections: TemplateSection[] = essay.headings.map((h, i) => ({
    level: h.level,
    numbering: schemeOf(h.marker),
    frame: essay.parallel_groups.find((g) => g.members.includes(i))?.frame ?? null,
    repeat: true,
    heading: h.text,
    hint: bodies[i] ?? '',
  }));

  const levelArg = framed ? String(level) : LEVEL_FIELD;
  const schemeArg = hbsString((schemes.length > 0 ? schemes : [scheme]).join('|'));
  const source = [
    `{{#title}}${titleSource}{{/title}}`,
    opening ? `{{#opening}}${opening}{{/opening}}` : '',
    `{{#each ${BLOCK_NAME}}}`,
    `{{#heading level=${levelArg} schemes=${schemeArg} inline=${String(inline)}}}${headingSource}{{/heading}}`,
    `{{#body}}{{${BODY_FIELD}}}{{/body}}`,
    '{{/each}}',
    closingSource ? `{{#closing}}${closingSource}{{/closing}}` : '',
  ]
    .filter((l) => l.length > 0)
    .join('\n');

  const shapeKey = framed
    ? `frame:${normPunct(group.frame)}`
    : // Same genre and the same numbering at each level, however many sections: one family.
      `outline:${essay.genre}:${[...new Set(sections.map((s) => `${s.level}${s.numbering}`))].sort().join(',')}`;

  return {
    name: `${title} · ${framed ? shortFrame(group.frame) : describeOutline(sections)}`,
    genre: essay.genre,
    description: framed
      ? `${essay.headings.length} 个排比小标题,句式“${group.frame.replaceAll(SLOT_MARK, '……')}”。`
      : `${essay.headings.length} 个小标题,${describeOutline(sections)}。`,
    sourceTitle: essay.title,
    slots,
    blocks: [block],
    sections,
    source: source + '\n',
    shapeKey,
  };
}

/** A frame as a name: its varying parts as ……, cut to a length a card title can show. */
function shortFrame(frame: string): string {
  const text = frame.replaceAll(SLOT_MARK, '……');
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

function describeOutline(sections: TemplateSection[]): string {
  const schemes = [...new Set(sections.map((s) => s.numbering).filter((n) => n !== 'none'))];
  const depth = Math.max(...sections.map((s) => s.level));
  return `${depth > 1 ? `${depth} 级` : ''}${schemes.length > 0 ? schemes.join('/') : ''}小标题`;
}
