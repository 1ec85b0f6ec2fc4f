import type { ExportPreset } from '../../shared/model';

/** Twentieths of a point: Word's page and paragraph unit. */
export const TWIPS_PER_PT = 20;
const TWIPS_PER_MM = 1440 / 25.4;

/** A4 in twips, as Word writes it. */
export const A4 = { width: 11906, height: 16838 } as const;

export interface PageSetup {
  margins: { top: number; bottom: number; left: number; right: number };
  /** Lines per page and characters per line of the document grid; none for a free layout. */
  grid: { lines: number; chars: number } | null;
  /** Page numbers outside on each side (odd right, even left) rather than centred. */
  mirroredPageNumbers: boolean;
  /** How far below the type area the page number's dash sits, in mm. */
  pageNumberGapMm: number;
}

export const PAGE_SETUP: Readonly<Record<ExportPreset, PageSetup>> = {
  // GB/T 9704-2012 §5.2: margins 37/35/28/26 mm, 22 lines × 28 characters; §7.5: page numbers
  // 7 mm below the type area, odd pages right, even pages left.
  gbt9704: {
    margins: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
    grid: { lines: 22, chars: 28 },
    mirroredPageNumbers: true,
    pageNumberGapMm: 7,
  },
  // Word's own A4 margins (2.54 / 3.17 cm).
  plain: {
    margins: { top: 1440, bottom: 1440, left: 1800, right: 1800 },
    grid: null,
    mirroredPageNumbers: false,
    pageNumberGapMm: 7,
  },
};

export interface GridLayout {
  /** w:docGrid linePitch, in twips. */
  linePitch: number;
  /** w:docGrid charSpace: how much wider (negative: narrower) a character cell is than the Normal
   * font, in 1/4096 pt. */
  charSpace: number;
  /** Character spacing of the Normal style, in twips: ≤ 0, so that `chars` fit a line. */
  condense: number;
}

/**
 * The grid for `lines` × `chars` in the type area. Everything rounds down: a pitch a hair too
 * large would fit only 21 lines or 27 characters.
 *
 * GB/T 9704's 28 characters of 3号 (16 pt) need 448 pt but the type area is 156 mm (442 pt) wide.
 * Word squeezes them with a character grid (linesAndChars), but LibreOffice gives any character
 * wider than a grid cell two cells, about 15 a line. So the grid is lines only and the Normal
 * style is condensed by the difference instead: 28 characters a line in Word, WPS and LibreOffice
 * alike; charSpace still records the intended pitch for Word's page setup dialog.
 */
export function gridLayout(setup: PageSetup, normalFontPt: number): GridLayout | null {
  if (!setup.grid) return null;
  const { top, bottom, left, right } = setup.margins;
  const linePitch = Math.floor((A4.height - top - bottom) / setup.grid.lines);
  const charPitchPt = (A4.width - left - right) / setup.grid.chars / TWIPS_PER_PT;
  const charSpace = Math.floor((charPitchPt - normalFontPt) * 4096);
  const condense = Math.min(0, Math.floor((charPitchPt - normalFontPt) * TWIPS_PER_PT));
  return { linePitch, charSpace, condense };
}

/**
 * Word places a footer by the distance from the page's bottom edge to the footer's last line; the
 * standard places the page number's dash (mid-line) a gap below the type area.
 */
export function footerDistance(setup: PageSetup, pageNumberPt: number): number {
  const halfLine = (pageNumberPt * TWIPS_PER_PT) / 2;
  return Math.round(setup.margins.bottom - setup.pageNumberGapMm * TWIPS_PER_MM - halfLine);
}
