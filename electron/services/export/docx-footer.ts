import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Typography } from '../../core/draft/typography';
import { TWIPS_PER_PT, type PageSetup } from './docx-layout';
import { fontsOf, LANGUAGE, STYLE } from './docx-styles';

type Side = 'odd' | 'even' | 'centre';

/** `— n —`: the page number between two em dashes (一字线), as GB/T 9704 §7.5 shows it. */
function pageNumberParagraph(t: Typography, side: Side): Paragraph {
  const run = (text: string, children?: Array<(typeof PageNumber)[keyof typeof PageNumber]>) =>
    new TextRun({
      ...(children ? { children } : { text }),
      font: fontsOf(t.pageNumber.font, t.pageNumber.font),
      language: LANGUAGE,
    });
  // 单页码居右空一字，双页码居左空一字: one character of the page number's size from the edge.
  const oneChar = t.pageNumber.pt * TWIPS_PER_PT;
  const placement =
    side === 'odd'
      ? { alignment: AlignmentType.RIGHT, indent: { right: oneChar } }
      : side === 'even'
        ? { alignment: AlignmentType.LEFT, indent: { left: oneChar } }
        : { alignment: AlignmentType.CENTER };
  return new Paragraph({
    style: STYLE.footer,
    ...placement,
    children: [run('— '), run('', [PageNumber.CURRENT]), run(' —')],
  });
}

/** Footers for the section: odd/even pairs when the preset mirrors page numbers. */
export function pageNumberFooters(
  t: Typography,
  setup: PageSetup,
): { default: Footer; even?: Footer } {
  if (!setup.mirroredPageNumbers) {
    return { default: new Footer({ children: [pageNumberParagraph(t, 'centre')] }) };
  }
  return {
    default: new Footer({ children: [pageNumberParagraph(t, 'odd')] }),
    even: new Footer({ children: [pageNumberParagraph(t, 'even')] }),
  };
}
