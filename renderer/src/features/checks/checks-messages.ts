import type { EmptyPart, SectionCount } from '../../../../electron/shared/checks';
import { defineMessages, type Both } from '../../i18n/messages';

export const checksMessages = defineMessages({
  open: { zh: '查重与报告', en: 'Checks & report' },
  title: { zh: '查重与报告', en: 'Checks & report' },
  rerun: { zh: '重新检查', en: 'Check again' },
  comparing: { zh: '正在比对范文…', en: 'Comparing with the sample essays…' },
  kind: {
    corpus: { zh: '范文库', en: 'Sample library' },
    imported: { zh: '我导入的', en: 'Imported by me' },
  },
  fullText: { zh: '全文(重复处已标出)', en: 'Full text (overlaps marked)' },
  overlapWith: {
    zh: (source: string) => `与 ${source} 重复`,
    en: (source: string) => `Same as ${source}`,
  },
  columnPart: { zh: '部分', en: 'Part' },
  columnChars: { zh: '字数', en: 'Characters' },
  columnCharsNoPunct: { zh: '不含标点', en: 'Without punctuation' },
  columnTarget: { zh: '目标', en: 'Target' },
  overlapPercent: { zh: '重复率', en: 'Overlap' },
  totalChars: { zh: '总字数', en: 'Total characters' },
  charsNoPunct: { zh: '不含标点', en: 'Without punctuation' },
  essaysCompared: { zh: '比对范文', en: 'Essays compared' },
  essaysSuffix: { zh: '篇', en: '' },
  noEssaysCompared: {
    zh: '没有找到可比对的范文:重复率 0% 不代表没有重复。请检查范文库是否完整,或先导入范文。',
    en: 'No sample essays were found to compare with: 0% overlap does not mean the draft is original. Check that the sample library is complete, or import essays first.',
  },
  overlapRule: {
    zh: '连续 8 个字及以上(不计空格和标点)与范文库或您导入的范文相同,记为重复;常用的短语和意思相近的改写不计。',
    en: 'A run of 8 or more characters (not counting spaces and punctuation) that matches the sample library or an essay you imported counts as overlap; common phrases and close rewordings do not.',
  },
  overlapHeading: { zh: '重复的段落', en: 'Overlapping passages' },
  noOverlap: { zh: '没有发现与范文重复的段落', en: 'No passages overlap the sample essays' },
  source: { zh: (source: string) => `来源:${source}`, en: (source: string) => `Source: ${source}` },
  countsHeading: { zh: '各部分字数', en: 'Characters by part' },
  /** A row of the 字数 table: a section is named by its heading, or by its number without one. */
  part: {
    opening: { zh: '开头', en: 'Opening' },
    closing: { zh: '结尾', en: 'Closing' },
    section: { zh: (n: number) => `第${n}节`, en: (n: number) => `Section ${n}` },
  },
  goToPassage: { zh: '转到这一处并选中', en: 'Go there and select it' },
  /** The lists of what to fix: a heading, what an empty list means, and what a link does. */
  lists: {
    empty: {
      heading: { zh: '空着的部分', en: 'Empty parts' },
      none: { zh: '各部分都有内容。', en: 'Every part has text.' },
      goTo: { zh: '转到这里', en: 'Go there' },
    },
    placeholders: {
      heading: { zh: '待填写的占位符', en: 'Placeholders to fill in' },
      none: { zh: '没有遗留的占位符。', en: 'No placeholders left.' },
      goTo: { zh: '转到这一处并选中', en: 'Go there and select it' },
    },
    parallelism: {
      heading: { zh: '小标题排比', en: 'Parallel headings' },
      none: { zh: '同级小标题整齐。', en: 'Headings at each level are parallel.' },
      goTo: { zh: '转到这个小标题', en: 'Go to this heading' },
    },
  },
  /** An empty part by its kind, given the number of its section (read by `emptyPartText`). */
  empty: {
    title: { zh: () => '标题是空的', en: () => 'The title is empty' },
    opening: { zh: () => '开头是空的', en: () => 'The opening is empty' },
    closing: { zh: () => '结尾是空的', en: () => 'The closing is empty' },
    section: {
      zh: (n: number) => `第${n}节是空的(没有小标题,也没有正文)`,
      en: (n: number) => `Section ${n} is empty (no heading, no text)`,
    },
    heading: {
      zh: (n: number) => `第${n}节没有小标题`,
      en: (n: number) => `Section ${n} has no heading`,
    },
    body: {
      zh: (n: number) => `第${n}节只有小标题,没有正文`,
      en: (n: number) => `Section ${n} has a heading but no text`,
    },
  } satisfies Record<EmptyPart['kind'], Both<(n: number) => string>>,
  placeholderLabel: { zh: (label: string) => `${label}:`, en: (label: string) => `${label}: ` },
  parallelismItem: {
    zh: (section: number, heading: string, message: string) =>
      `第${section}节“${heading || '(空)'}”:${message}`,
    en: (section: number, heading: string, message: string) =>
      `Section ${section} “${heading || '(empty)'}”: ${message}`,
  },
});

export type ChecksText = (typeof checksMessages)['en'];

/** The 1-based number of the section a report entry belongs to. */
const sectionNumber = (entry: { section: number | null }): number => (entry.section ?? 0) + 1;

/** An empty part in words, as the checks panel and the export dialog list it. */
export const emptyPartText = (t: ChecksText, p: EmptyPart): string =>
  t.empty[p.kind](sectionNumber(p));

/** A row of the 字数 table in words: the opening, the closing, or a section's heading. */
export const partLabel = (t: ChecksText, c: SectionCount): string =>
  c.part === 'section' ? c.label.trim() || t.part.section(sectionNumber(c)) : t.part[c.part];
