import type { ExportPreset } from '../../shared/model';

/** Chinese font size names in points (字号). */
const FONT_SIZE_PT = { 二号: 22, 三号: 16, 四号: 14, 小四: 12, 五号: 10.5 } as const;

export interface FontSpec {
  /** The East Asian font, by the name Chinese Word and WPS know it. */
  font: string;
  pt: number;
  bold?: boolean;
}

/** How one export preset sets type, shared by the Word file and the rich-text copy. */
export interface Typography {
  title: FontSpec;
  /** The author and date line under the title. */
  byline: FontSpec;
  body: FontSpec;
  /** Level 1, 2, 3 headings; deeper levels use level 3. */
  headings: readonly [FontSpec, FontSpec, FontSpec];
  pageNumber: FontSpec;
  /** Digits and Latin letters. */
  latinFont: string;
  line: { rule: 'exact'; pt: number } | { rule: 'multiple'; times: number };
  /** First-line indent of paragraphs and headings, in characters of the body font. */
  indentChars: number;
}

export const TYPOGRAPHY: Readonly<Record<ExportPreset, Typography>> = {
  // GB/T 9704-2012 §7: title 2号小标宋, text 3号仿宋, headings 黑体 / 楷体 / 仿宋, 22 lines a page.
  gbt9704: {
    title: { font: '方正小标宋简体', pt: FONT_SIZE_PT.二号 },
    byline: { font: '楷体_GB2312', pt: FONT_SIZE_PT.三号 },
    body: { font: '仿宋_GB2312', pt: FONT_SIZE_PT.三号 },
    headings: [
      { font: '黑体', pt: FONT_SIZE_PT.三号 },
      { font: '楷体_GB2312', pt: FONT_SIZE_PT.三号 },
      { font: '仿宋_GB2312', pt: FONT_SIZE_PT.三号 },
    ],
    pageNumber: { font: '宋体', pt: FONT_SIZE_PT.四号 },
    latinFont: 'Times New Roman',
    line: { rule: 'exact', pt: 28 },
    indentChars: 2,
  },
  // Same fonts throughout, so the headings need bold to stand out.
  plain: {
    title: { font: '宋体', pt: FONT_SIZE_PT.三号, bold: true },
    byline: { font: '宋体', pt: FONT_SIZE_PT.小四 },
    body: { font: '宋体', pt: FONT_SIZE_PT.小四 },
    headings: [
      { font: '宋体', pt: FONT_SIZE_PT.小四, bold: true },
      { font: '宋体', pt: FONT_SIZE_PT.小四, bold: true },
      { font: '宋体', pt: FONT_SIZE_PT.小四 },
    ],
    pageNumber: { font: '宋体', pt: FONT_SIZE_PT.五号 },
    latinFont: 'Times New Roman',
    line: { rule: 'multiple', times: 1.5 },
    indentChars: 2,
  },
};

/** The font of a heading at `level` (1-based); levels past the last reuse it. */
export function headingFont(t: Typography, level: number): FontSpec {
  return t.headings[Math.min(Math.max(level, 1), t.headings.length) - 1] ?? t.body;
}
