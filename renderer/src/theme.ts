import type { ThemeConfig } from 'antd';

/**
 * antd's defaults for secondary text and links fall below the 4.5:1 contrast WCAG asks of body
 * text (axe flags them); these keep the look and meet it on white and on light grey.
 *
 * Zero-runtime: antd's component styles come from its prebuilt stylesheet (antd/dist/antd.css,
 * imported by boot.tsx) instead of being generated in the page on the first render of each
 * component, which was most of the time before the home page showed. Only the tokens below are
 * turned into CSS variables at run time. Unhashed class names are what that stylesheet targets.
 */
export const theme: ThemeConfig = {
  zeroRuntime: true,
  hashed: false,
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#a31515',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  },
};

/**
 * The app's own colours, for what antd has no token for: the seal-red header, the 查重 marks and
 * the phrase tags (dark enough for 4.5:1 contrast on their tags' light backgrounds). Components
 * take them from here, and antd's tokens (theme.useToken) for the rest, never a hex of their own.
 */
export const palette = {
  headerBg: '#8e1b1b',
  headerBrand: '#fff',
  headerTagline: '#f3d9d9',
  /** A passage that overlaps a source. */
  overlapMark: '#ffe58f',
  /** An overlap share high enough to act on (30 % and over). */
  overlapHigh: '#cf1322',
  phraseWorn: '#ad2102',
  phraseRare: '#237804',
  phraseOwn: '#874d00',
  /** Save states as solid tags: antd's light green and orange fall short of 4.5:1 text contrast. */
  saved: '#237804',
  unsaved: '#874d00',
  saving: '#003eb3',
  saveFailed: '#a8071a',
  /** The history's comparison: added and removed text. */
  diffAdd: '#d9f7be',
  diffDel: '#ffccc7',
  /** Where a dragged section will land. */
  dropTarget: '#1677ff',
} as const;
