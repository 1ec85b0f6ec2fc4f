import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import { draftBlocks, type DraftBlock } from '../../core/draft/draft-text';
import type { DocxOptions, Draft, ExportPreset } from '../../shared/model';

/** Font sizes in half-points: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt, 小四 = 12 pt. */
const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小四: 24 } as const;

interface PresetStyle {
  title: { font: string; size: number };
  body: { font: string; size: number };
  headings: Array<{ font: string; size: number }>;
  line: { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] };
  margins: { top: number; bottom: number; left: number; right: number };
}

const PRESETS: Record<ExportPreset, PresetStyle> = {
  // GB/T 9704-2012: margins 37/35/28/26 mm, fixed 28 pt lines.
  gbt9704: {
    title: { font: '方正小标宋简体', size: SIZE.二号 },
    body: { font: '仿宋_GB2312', size: SIZE.三号 },
    headings: [
      { font: '黑体', size: SIZE.三号 },
      { font: '楷体_GB2312', size: SIZE.三号 },
      { font: '仿宋_GB2312', size: SIZE.三号 },
    ],
    line: { line: 560, lineRule: LineRuleType.EXACT },
    margins: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
  },
  plain: {
    title: { font: '宋体', size: SIZE.三号 },
    body: { font: '宋体', size: SIZE.小四 },
    headings: [
      { font: '宋体', size: SIZE.小四 },
      { font: '宋体', size: SIZE.小四 },
      { font: '宋体', size: SIZE.小四 },
    ],
    line: { line: 360, lineRule: LineRuleType.AUTO },
    margins: { top: 1440, bottom: 1440, left: 1800, right: 1800 },
  },
};

const run = (text: string, font: string, size: number, extra: IRunOptions = {}): TextRun =>
  new TextRun({
    ...extra,
    text,
    size,
    font: { eastAsia: font, ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
    language: { eastAsia: 'zh-CN' },
  });

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Word's built-in Title/Heading styles are blue; an official document's are black in its fonts. */
const styleRun = ({ font, size }: { font: string; size: number }) => ({
  run: {
    color: '000000',
    size,
    font: { eastAsia: font, ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  },
});

function paragraphFor(block: DraftBlock, style: PresetStyle): Paragraph {
  const spacing = { ...style.line, before: 0, after: 0 };
  if (block.kind === 'title') {
    return new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing,
      children: [run(block.text, style.title.font, style.title.size)],
    });
  }
  const depth = Math.min(Math.max(block.level, 1), 3) - 1;
  const font = block.kind === 'heading' ? (style.headings[depth] ?? style.body) : style.body;
  return new Paragraph({
    ...(block.kind === 'heading' ? { heading: HEADINGS[depth] } : {}),
    spacing,
    indent: { firstLine: style.body.size * 20 },
    children: [run(block.text, font.font, font.size)],
  });
}

/** A Word file with real Title/Heading/Normal styles so the user can restyle it in Word. */
export async function draftToDocx(draft: Draft, options: DocxOptions): Promise<Uint8Array> {
  const style = PRESETS[options.preset ?? 'gbt9704'];
  const children = draftBlocks(draft)
    .filter((b) => b.text.length > 0)
    .map((b) => paragraphFor(b, style));
  const byline = [options.author, options.date].filter((s): s is string => !!s).join('  ');
  if (byline) {
    children.splice(
      1,
      0,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...style.line },
        children: [run(byline, style.body.font, style.body.size)],
      }),
    );
  }
  const doc = new Document({
    creator: options.author ?? 'Fanshi',
    title: draft.title,
    styles: {
      default: {
        document: {
          run: {
            size: style.body.size,
            font: { eastAsia: style.body.font, ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          },
        },
        title: styleRun(style.title),
        heading1: styleRun(style.headings[0] ?? style.body),
        heading2: styleRun(style.headings[1] ?? style.body),
        heading3: styleRun(style.headings[2] ?? style.body),
      },
    },
    sections: [
      {
        properties: { page: { margin: style.margins } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  run('— ', '宋体', SIZE.四号),
                  run('', '宋体', SIZE.四号, { children: [PageNumber.CURRENT] }),
                  run(' —', '宋体', SIZE.四号),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
