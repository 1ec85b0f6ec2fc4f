import type { ExportPreset, FontScheme } from '../../shared/model';

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

const TYPOGRAPHY: Readonly<Record<ExportPreset, Typography>> = {
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

/**
 * The face a Chinese office without the GB fonts uses for each: what every Windows installs (and
 * what Word is told to fall back to).
 */
export const WINDOWS_FACE = {
  方正小标宋简体: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
} as const;

const windowsFace = (font: string): string =>
  (WINDOWS_FACE as Readonly<Record<string, string>>)[font] ?? font;

function withWindowsFaces(t: Typography): Typography {
  const swap = (spec: FontSpec): FontSpec => ({ ...spec, font: windowsFace(spec.font) });
  const [h1, h2, h3] = t.headings;
  return {
    ...t,
    // 小标宋 is a heavy Song; plain 宋体 at 二号 looks faint beside it, so offices set it bold.
    title: { ...swap(t.title), bold: true },
    byline: swap(t.byline),
    body: swap(t.body),
    headings: [swap(h1), swap(h2), swap(h3)],
    pageNumber: swap(t.pageNumber),
  };
}

const GBT9704_BY_SCHEME: Readonly<Record<FontScheme, Typography>> = {
  gb: TYPOGRAPHY.gbt9704,
  windows: withWindowsFaces(TYPOGRAPHY.gbt9704),
};

/** How an export sets type: the preset's, with the GB/T 9704 fonts named as `scheme` says. */
export const typographyOf = (preset: ExportPreset, scheme: FontScheme = 'gb'): Typography =>
  preset === 'gbt9704' ? GBT9704_BY_SCHEME[scheme] : TYPOGRAPHY[preset];

/** Every font a document set in `t` names: the East Asian faces, then the Latin one. */
export function fontNamesOf(t: Typography): string[] {
  const specs = [t.title, t.byline, t.body, ...t.headings, t.pageNumber];
  return [...new Set([...specs.map((s) => s.font), t.latinFont])];
}

/** The font of a heading at `level` (1-based); levels past the last reuse it. */
export function headingFont(t: Typography, level: number): FontSpec {
  return t.headings[Math.min(Math.max(level, 1), t.headings.length) - 1] ?? t.body;
}
