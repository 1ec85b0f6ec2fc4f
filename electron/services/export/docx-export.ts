import { Document, DocumentGridType, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { draftBlocks, type DraftBlock } from '../../core/draft/draft-text';
import { withChinesePunctuation } from '../../core/draft/punctuation';
import { headingFont, TYPOGRAPHY, type Typography } from '../../core/draft/typography';
import type { DocxOptions, Draft } from '../../shared/model';
import { A4, footerDistance, gridLayout, PAGE_SETUP } from './docx-layout';
import { pageNumberFooters } from './docx-footer';
import { documentStyles, fontsOf, LANGUAGE, STYLE } from './docx-styles';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Every run names its faces and language itself, so Word never falls back to a Latin font. */
const run = (text: string, font: string, t: Typography, style?: string): TextRun =>
  new TextRun({
    text,
    ...(style ? { style } : {}),
    font: fontsOf(font, t.latinFont),
    language: LANGUAGE,
  });

const depthOf = (level: number): number => Math.min(Math.max(level, 1), HEADINGS.length) - 1;

function paragraphFor(block: DraftBlock, t: Typography, bylineFollows: boolean): Paragraph {
  if (block.kind === 'title') {
    return new Paragraph({
      heading: HeadingLevel.TITLE,
      // The gap under the title moves below the author and date line.
      ...(bylineFollows ? { spacing: { after: 0 } } : {}),
      children: [run(block.text, t.title.font, t)],
    });
  }
  if (block.kind === 'heading') {
    return new Paragraph({
      heading: HEADINGS[depthOf(block.level)],
      children: [run(block.text, headingFont(t, block.level).font, t)],
    });
  }
  const lead = block.lead ?? '';
  const rest = block.text.slice(lead.length);
  const children = [
    // An inline heading keeps its level's font in a body paragraph (一是…。then body text).
    ...(lead
      ? [run(lead, headingFont(t, block.level).font, t, STYLE.inlineHeadings[depthOf(block.level)])]
      : []),
    ...(rest ? [run(rest, t.body.font, t)] : []),
  ];
  return new Paragraph({ children });
}

function bylineParagraph(text: string, t: Typography): Paragraph {
  return new Paragraph({ style: STYLE.byline, children: [run(text, t.byline.font, t)] });
}

/**
 * A Word file set to the preset: GB/T 9704-2012 for official documents (the default) or plain.
 * Punctuation is made Chinese first; the text is otherwise the draft's, block for block.
 */
export async function draftToDocx(draft: Draft, options: DocxOptions): Promise<Uint8Array> {
  const preset = options.preset ?? 'gbt9704';
  const t = TYPOGRAPHY[preset];
  const setup = PAGE_SETUP[preset];
  const blocks = draftBlocks(withChinesePunctuation(draft)).filter((b) => b.text.length > 0);
  const byline = [options.author, options.date]
    .map((s) => s?.trim() ?? '')
    .filter((s) => s.length > 0)
    .join('  ');
  const children = blocks.map((b) => paragraphFor(b, t, byline !== ''));
  if (byline) {
    const at = blocks[0]?.kind === 'title' ? 1 : 0;
    children.splice(at, 0, bylineParagraph(byline, t));
  }
  const grid = gridLayout(setup, t.body.pt);
  const doc = new Document({
    creator: options.author?.trim() || 'Fanshi',
    title: draft.title,
    evenAndOddHeaderAndFooters: setup.mirroredPageNumbers,
    styles: documentStyles(t, grid?.condense ?? 0),
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { ...setup.margins, footer: footerDistance(setup, t.pageNumber.pt) },
          },
          ...(grid
            ? {
                grid: {
                  type: DocumentGridType.LINES,
                  linePitch: grid.linePitch,
                  charSpace: grid.charSpace,
                },
              }
            : {}),
        },
        footers: pageNumberFooters(t, setup),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
