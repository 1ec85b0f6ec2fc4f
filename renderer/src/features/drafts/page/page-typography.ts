import type { CSSProperties } from 'react';
import {
  headingFont,
  typographyOf,
  type FontSpec,
} from '../../../../../electron/core/draft/typography';
import type { ExportPreset, FontScheme } from '../../../../../electron/shared/model';

/*
 * The page view sets the draft as the Word export will: the same preset's faces, sizes, weights,
 * indent and line pitch, read from the one typography table. Fonts come from the writer's own
 * machine (no downloads): each face named as Word names it, then the names other systems give the
 * same face, then the nearest CJK face Linux machines carry.
 */

const SERIF_FALLBACK = ['Noto Serif CJK SC', 'Source Han Serif SC', 'serif'];
const SANS_FALLBACK = ['Noto Sans CJK SC', 'Source Han Sans SC', 'sans-serif'];

const SONG = ['宋体', 'SimSun', 'Songti SC', 'STSong', ...SERIF_FALLBACK];
const FANGSONG = [
  '仿宋_GB2312',
  'FangSong_GB2312',
  '仿宋',
  'FangSong',
  'STFangsong',
  '华文仿宋',
  ...SERIF_FALLBACK,
];
// No Kai face ships with Linux: a sans one still sets these headings apart from the body, as the
// project's test renders of the Word file do.
const KAI = [
  '楷体_GB2312',
  'KaiTi_GB2312',
  '楷体',
  'KaiTi',
  'STKaiti',
  '华文楷体',
  ...SANS_FALLBACK,
];
const HEI = ['黑体', 'SimHei', 'Heiti SC', 'STHeiti', ...SANS_FALLBACK];
const XIAOBIAOSONG = ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', ...SONG];

const STACKS: Readonly<Record<string, readonly string[]>> = {
  方正小标宋简体: XIAOBIAOSONG,
  宋体: SONG,
  仿宋_GB2312: FANGSONG,
  仿宋: FANGSONG,
  楷体_GB2312: KAI,
  楷体: KAI,
  黑体: HEI,
};

const GENERIC = new Set(['serif', 'sans-serif']);

/** A CSS font-family list for a face named as Word names it: that face first, as Word picks it. */
export function fontStack(font: string): string {
  const names = new Set([font, ...(STACKS[font] ?? SERIF_FALLBACK)]);
  return [...names].map((n) => (GENERIC.has(n) ? n : `"${n}"`)).join(', ');
}

/**
 * The page's margins in mm, as the Word export sets the page (GB/T 9704 §5.2: 37 mm above, 28 and
 * 26 mm at the sides; Word's own A4 default: 25.4 and 31.75 mm), so lines break on screen about
 * where they print.
 */
const MARGINS_MM: Readonly<Record<ExportPreset, { top: number; left: number; right: number }>> = {
  gbt9704: { top: 37, left: 28, right: 26 },
  plain: { top: 25.4, left: 31.75, right: 31.75 },
};

/**
 * Word's "1.5 lines" is 1.5 times the face's own line height, about 1.3 em for the CJK faces; an
 * exact pitch is given in points.
 */
const NATURAL_LINE_EM = 1.3;

const fontVars = (name: string, spec: FontSpec): Record<string, string> => ({
  [`--fs-${name}-font`]: fontStack(spec.font),
  [`--fs-${name}-size`]: `${spec.pt}pt`,
  [`--fs-${name}-weight`]: spec.bold ? '700' : '400',
});

/** The page view's type as CSS custom properties on its root, for page-view.css to use. */
export function pageStyle(preset: ExportPreset, scheme: FontScheme): CSSProperties {
  const t = typographyOf(preset, scheme);
  const margins = MARGINS_MM[preset];
  const line =
    t.line.rule === 'exact' ? `${t.line.pt}pt` : (t.line.times * NATURAL_LINE_EM).toFixed(2);
  return {
    ...fontVars('title', t.title),
    ...fontVars('body', t.body),
    ...fontVars('h1', headingFont(t, 1)),
    ...fontVars('h2', headingFont(t, 2)),
    ...fontVars('h3', headingFont(t, 3)),
    '--fs-line': line,
    '--fs-indent': `${t.indentChars * t.body.pt}pt`,
    '--fs-margin-top': `${margins.top}mm`,
    '--fs-margin-left': `${margins.left}mm`,
    '--fs-margin-right': `${margins.right}mm`,
  } as CSSProperties;
}
