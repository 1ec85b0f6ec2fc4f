import { Document, DocumentGridType, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { draftBlocks, type DraftBlock } from '../../core/draft/draft-text';
import { withChinesePunctuation } from '../../core/draft/punctuation';
import { fontNamesOf, typographyOf } from '../../core/draft/typography';
import type { DocxOptions, Draft } from '../../shared/model';
import { A4, footerDistance, gridLayout, PAGE_SETUP } from './docx-layout';
import { FONT_TABLE_PATH, fontTableXml } from './docx-font-table';
import { pageNumberFooters } from './docx-footer';
import { documentStyles, STYLE } from './docx-styles';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

const depthOf = (level: number): number => Math.min(Math.max(level, 1), HEADINGS.length) - 1;

/** Paragraphs and runs carry no formatting of their own: each names its style and that is all. */
function paragraphFor(block: DraftBlock, bylineFollows: boolean): Paragraph {
  if (block.kind === 'title') {
    return new Paragraph({
      ...(bylineFollows ? { style: STYLE.titleAboveByline } : { heading: HeadingLevel.TITLE }),
      children: [new TextRun(block.text)],
    });
  }
  if (block.kind === 'heading') {
    return new Paragraph({
      heading: HEADINGS[depthOf(block.level)],
      children: [new TextRun(block.text)],
    });
  }
  const lead = block.lead ?? '';
  const rest = block.text.slice(lead.length);
  const children = [
    // An inline heading keeps its level's font in a body paragraph (一是…。then body text).
    ...(lead
      ? [new TextRun({ text: lead, style: STYLE.inlineHeadings[depthOf(block.level)] })]
      : []),
    ...(rest ? [new TextRun(rest)] : []),
  ];
  return new Paragraph({ children });
}

/**
 * A Word file set to the preset: GB/T 9704-2012 for official documents (the default) or plain.
 * Punctuation is made Chinese first; the text is otherwise the draft's, block for block.
 */
export async function draftToDocx(draft: Draft, options: DocxOptions): Promise<Uint8Array> {
  const preset = options.preset ?? 'gbt9704';
  const t = typographyOf(preset, options.fontScheme);
  const setup = PAGE_SETUP[preset];
  const blocks = draftBlocks(withChinesePunctuation(draft)).filter((b) => b.text.length > 0);
  const byline = [options.author, options.date]
    .map((s) => s?.trim() ?? '')
    .filter((s) => s.length > 0)
    .join('  ');
  const children = blocks.map((b) => paragraphFor(b, byline !== ''));
  if (byline) {
    const at = blocks[0]?.kind === 'title' ? 1 : 0;
    children.splice(at, 0, new Paragraph({ style: STYLE.byline, children: [new TextRun(byline)] }));
  }
  const grid = gridLayout(setup, t.body.pt);
  const doc = new Document({
    creator: options.author?.trim() || 'Fanshi',
    title: draft.title,
    evenAndOddHeaderAndFooters: setup.mirroredPageNumbers,
    styles: documentStyles(t, setup, grid?.condense ?? 0),
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
        footers: pageNumberFooters(setup),
        children,
      },
    ],
  });
  // docx writes an empty font table (it only lists fonts it embeds); ours declares every font used.
  const fontTable = { path: FONT_TABLE_PATH, data: fontTableXml(fontNamesOf(t)) };
  return new Uint8Array(await Packer.toBuffer(doc, false, [fontTable]));
}
