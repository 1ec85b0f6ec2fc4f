import { Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { PageSetup } from './docx-layout';
import { STYLE } from './docx-styles';

type Side = 'odd' | 'even' | 'centre';

const SIDE_STYLE: Readonly<Record<Side, string>> = {
  odd: STYLE.footerOdd,
  even: STYLE.footerEven,
  centre: STYLE.footer,
};

/** `— n —`: the page number between two em dashes (一字线), as GB/T 9704 §7.5 shows it. */
const pageNumberParagraph = (side: Side): Paragraph =>
  new Paragraph({
    style: SIDE_STYLE[side],
    children: [
      new TextRun('— '),
      new TextRun({ children: [PageNumber.CURRENT] }),
      new TextRun(' —'),
    ],
  });

/** Footers for the section: odd/even pairs when the preset mirrors page numbers. */
export function pageNumberFooters(setup: PageSetup): { default: Footer; even?: Footer } {
  if (!setup.mirroredPageNumbers) {
    return { default: new Footer({ children: [pageNumberParagraph('centre')] }) };
  }
  return {
    default: new Footer({ children: [pageNumberParagraph('odd')] }),
    even: new Footer({ children: [pageNumberParagraph('even')] }),
  };
}
