import {
  AlignmentType,
  LineRuleType,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
  type IRunStylePropertiesOptions,
  type IStylesOptions,
} from 'docx';
import { headingFont, type FontSpec, type Typography } from '../../core/draft/typography';
import { TWIPS_PER_PT, type PageSetup } from './docx-layout';

/** Style ids: Word's built-in ones, so Word and WPS show them under their localised names. */
export const STYLE = {
  title: 'Title',
  /** The title when the author and date line follows it: the gap below moves under that line. */
  titleAboveByline: 'TitleAboveByline',
  byline: 'Subtitle',
  footer: 'Footer',
  /** Page numbers outside: right on odd pages, left on even ones. */
  footerOdd: 'FooterOdd',
  footerEven: 'FooterEven',
  headings: ['Heading1', 'Heading2', 'Heading3'],
  /** Character styles for an inline heading, linked to the paragraph heading styles. */
  inlineHeadings: ['Heading1Char', 'Heading2Char', 'Heading3Char'],
} as const;

/** Chinese for every style, so Word spell-checks and picks fonts as for Chinese text. */
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

/**
 * The East Asian face for Chinese, the Latin one for digits and letters. The eastAsia hint makes
 * Word set shared marks (“” …… ——) in the Chinese face, full width, as Chinese text wants.
 */
const fontsOf = (font: string, latin: string) =>
  ({ eastAsia: font, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' }) as const;

const halfPoints = (pt: number): number => Math.round(pt * 2);

function runStyle(spec: FontSpec, latin: string): IRunStylePropertiesOptions {
  return {
    font: fontsOf(spec.font, latin),
    size: halfPoints(spec.pt),
    bold: spec.bold ?? false,
    // Word's built-in headings are blue; an official document's are black.
    color: '000000',
    language: LANGUAGE,
  };
}

function lineSpacing(t: Typography): { line: number; lineRule: 'exact' | 'auto' } {
  return t.line.rule === 'exact'
    ? { line: t.line.pt * TWIPS_PER_PT, lineRule: LineRuleType.EXACT }
    : { line: Math.round(240 * t.line.times), lineRule: LineRuleType.AUTO };
}

/** One line of the preset's rhythm, for the gap under the title. */
const oneLine = (t: Typography): number =>
  t.line.rule === 'exact'
    ? t.line.pt * TWIPS_PER_PT
    : Math.round(t.body.pt * TWIPS_PER_PT * t.line.times);

const NO_INDENT = { firstLine: 0, firstLineChars: 0 } as const;

/**
 * Every page full (22 lines): no line carried over to spare a widow or orphan, which LibreOffice
 * does unless told not to. docx writes a style's paragraph options with the same code as a
 * paragraph's, but its style type leaves this one out; spread in, it reaches styles.xml
 * (gbt9704-docx.test.ts checks that it does).
 */
const NO_WIDOW_CONTROL = { widowControl: false } as const;

/** A paragraph style's linked character style: the same run formatting, for a run elsewhere. */
const charStyleOf = (id: string, name: string, run: IRunStylePropertiesOptions) => ({
  id: `${id}Char`,
  name: `${name} Char`,
  link: id,
  run,
});

/** Page numbers one character of their own size in from the edge (单页码居右空一字…). */
function footerSides(t: Typography): IParagraphStyleOptions[] {
  const oneChar = t.pageNumber.pt * TWIPS_PER_PT;
  const side = (id: string, name: string, paragraph: IParagraphStylePropertiesOptions) => ({
    id,
    name,
    basedOn: STYLE.footer,
    paragraph,
  });
  return [
    side(STYLE.footerOdd, 'Footer Odd', {
      alignment: AlignmentType.RIGHT,
      indent: { ...NO_INDENT, right: oneChar },
    }),
    side(STYLE.footerEven, 'Footer Even', {
      alignment: AlignmentType.LEFT,
      indent: { ...NO_INDENT, left: oneChar },
    }),
  ];
}

/**
 * Every bit of formatting is in a style, each paragraph style with a linked character style:
 * Normal (body), Title, Heading 1–3, Subtitle (author and date), Footer. Paragraphs and runs only
 * name their style, so a user restyles the whole document by changing a style in Word.
 */
export function documentStyles(t: Typography, setup: PageSetup, condense: number): IStylesOptions {
  const normal: IParagraphStylePropertiesOptions = {
    ...NO_WIDOW_CONTROL,
    spacing: { ...lineSpacing(t), before: 0, after: 0 },
    // Characters (firstLineChars, hundredths) for Word, twips for readers that ignore them.
    indent: {
      firstLine: t.indentChars * t.body.pt * TWIPS_PER_PT,
      firstLineChars: t.indentChars * 100,
    },
  };
  const centredWithGap: IParagraphStylePropertiesOptions = {
    alignment: AlignmentType.CENTER,
    indent: NO_INDENT,
    spacing: { after: oneLine(t) },
  };
  const run = {
    title: runStyle(t.title, t.latinFont),
    byline: runStyle(t.byline, t.latinFont),
    // 半角宋体阿拉伯数字: the page number's digits are in its own face too.
    footer: runStyle(t.pageNumber, t.pageNumber.font),
  };
  const headingRun = (level: number): IRunStylePropertiesOptions =>
    runStyle(headingFont(t, level), t.latinFont);
  const heading = (level: number) => ({
    name: `Heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    link: STYLE.inlineHeadings[level - 1],
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1 },
    run: headingRun(level),
  });
  return {
    default: {
      document: { run: runStyle(t.body, t.latinFont) },
      title: {
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        link: `${STYLE.title}Char`,
        paragraph: centredWithGap,
        run: run.title,
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        paragraph: normal,
        run: {
          ...runStyle(t.body, t.latinFont),
          ...(condense ? { characterSpacing: condense } : {}),
        },
      },
      {
        id: STYLE.titleAboveByline,
        name: 'Title Above Byline',
        basedOn: STYLE.title,
        next: STYLE.byline,
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.byline,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        link: `${STYLE.byline}Char`,
        paragraph: centredWithGap,
        run: run.byline,
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        link: `${STYLE.footer}Char`,
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
        },
        run: run.footer,
      },
      ...(setup.mirroredPageNumbers ? footerSides(t) : []),
    ],
    characterStyles: [
      charStyleOf(STYLE.title, 'Title', run.title),
      charStyleOf(STYLE.byline, 'Subtitle', run.byline),
      charStyleOf(STYLE.footer, 'Footer', run.footer),
      ...STYLE.headings.map((id, i) => charStyleOf(id, `Heading ${i + 1}`, headingRun(i + 1))),
    ],
  };
}
