import type { EmptyPart, SectionCount } from '../../../../electron/shared/checks';
import { defineMessages } from '../../i18n/messages';

export const checksMessages = defineMessages(
  {
    open: '查重与报告',
    title: '查重与报告',
    rerun: '重新检查',
    comparing: '正在比对范文…',
    kind: { corpus: '范文库', imported: '我导入的' },
    fullText: '全文(重复处已标出)',
    overlapWith: (source: string) => `与 ${source} 重复`,
    columnPart: '部分',
    columnChars: '字数',
    columnCharsNoPunct: '不含标点',
    columnTarget: '目标',
    overlapPercent: '重复率',
    totalChars: '总字数',
    charsNoPunct: '不含标点',
    essaysCompared: '比对范文',
    essaysSuffix: '篇',
    noEssaysCompared:
      '没有找到可比对的范文:重复率 0% 不代表没有重复。请检查范文库是否完整,或先导入范文。',
    overlapRule:
      '连续 8 个字及以上(不计空格和标点)与范文库或您导入的范文相同,记为重复;常用的短语和意思相近的改写不计。',
    overlapHeading: '重复的段落',
    noOverlap: '没有发现与范文重复的段落',
    source: (source: string) => `来源:${source}`,
    countsHeading: '各部分字数',
    /** A row of the 字数 table: a section is named by its heading, or by its number without one. */
    part: {
      opening: '开头',
      closing: '结尾',
      section: (n: number) => `第${n}节`,
    },
    goToPassage: '转到这一处并选中',
    emptyHeading: '空着的部分',
    noEmpty: '各部分都有内容。',
    goToEmpty: '转到这里',
    placeholdersHeading: '待填写的占位符',
    noPlaceholders: '没有遗留的占位符。',
    goToPlaceholder: '转到这一处并选中',
    parallelismHeading: '小标题排比',
    parallelismOk: '同级小标题整齐。',
    goToHeading: '转到这个小标题',
    /** An empty part by its kind; a section's part by the section's number (`emptyPartText`). */
    empty: {
      title: '标题是空的',
      opening: '开头是空的',
      closing: '结尾是空的',
      section: (n: number) => `第${n}节是空的(没有小标题,也没有正文)`,
      heading: (n: number) => `第${n}节没有小标题`,
      body: (n: number) => `第${n}节只有小标题,没有正文`,
    } satisfies Record<EmptyPart['kind'], string | ((n: number) => string)>,
    placeholderLabel: (label: string) => `${label}:`,
    parallelismItem: (section: number, heading: string, message: string) =>
      `第${section}节“${heading || '(空)'}”:${message}`,
  },
  {
    open: 'Checks & report',
    title: 'Checks & report',
    rerun: 'Check again',
    comparing: 'Comparing with the sample essays…',
    kind: { corpus: 'Sample library', imported: 'Imported by me' },
    fullText: 'Full text (overlaps marked)',
    overlapWith: (source) => `Same as ${source}`,
    columnPart: 'Part',
    columnChars: 'Characters',
    columnCharsNoPunct: 'Without punctuation',
    columnTarget: 'Target',
    overlapPercent: 'Overlap',
    totalChars: 'Total characters',
    charsNoPunct: 'Without punctuation',
    essaysCompared: 'Essays compared',
    essaysSuffix: '',
    noEssaysCompared:
      'No sample essays were found to compare with: 0% overlap does not mean the draft is original. Check that the sample library is complete, or import essays first.',
    overlapRule:
      'A run of 8 or more characters (not counting spaces and punctuation) that matches the sample library or an essay you imported counts as overlap; common phrases and close rewordings do not.',
    overlapHeading: 'Overlapping passages',
    noOverlap: 'No passages overlap the sample essays',
    source: (source) => `Source: ${source}`,
    countsHeading: 'Characters by part',
    part: {
      opening: 'Opening',
      closing: 'Closing',
      section: (n) => `Section ${n}`,
    },
    goToPassage: 'Go there and select it',
    emptyHeading: 'Empty parts',
    noEmpty: 'Every part has text.',
    goToEmpty: 'Go there',
    placeholdersHeading: 'Placeholders to fill in',
    noPlaceholders: 'No placeholders left.',
    goToPlaceholder: 'Go there and select it',
    parallelismHeading: 'Parallel headings',
    parallelismOk: 'Headings at each level are parallel.',
    goToHeading: 'Go to this heading',
    empty: {
      title: 'The title is empty',
      opening: 'The opening is empty',
      closing: 'The closing is empty',
      section: (n) => `Section ${n} is empty (no heading, no text)`,
      heading: (n) => `Section ${n} has no heading`,
      body: (n) => `Section ${n} has a heading but no text`,
    },
    placeholderLabel: (label) => `${label}: `,
    parallelismItem: (section, heading, message) =>
      `Section ${section} “${heading || '(empty)'}”: ${message}`,
  },
);

export type ChecksText = (typeof checksMessages)['en'];

/** The 1-based number of the section a report entry belongs to. */
const sectionNumber = (entry: { section: number | null }): number => (entry.section ?? 0) + 1;

/** An empty part in words, as the checks panel and the export dialog list it. */
export const emptyPartText = (t: ChecksText, p: EmptyPart): string => {
  const text = t.empty[p.kind];
  return typeof text === 'string' ? text : text(sectionNumber(p));
};

/** A row of the 字数 table in words: the opening, the closing, or a section's heading. */
export const partLabel = (t: ChecksText, c: SectionCount): string =>
  c.part === 'section' ? c.label.trim() || t.part.section(sectionNumber(c)) : t.part[c.part];
