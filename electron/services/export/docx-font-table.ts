import { escapeHtml } from '../../core/draft/draft-html';
import { WINDOWS_FACE } from '../../core/draft/typography';

/** Where the package keeps the font table; Packer's overrides replace docx's own (always empty). */
export const FONT_TABLE_PATH = 'word/fontTable.xml';

/** w:family: the design class a stand-in should share. */
type Family = 'roman' | 'swiss' | 'script';

interface FontFacts {
  /** The name Word tries first when this font is not installed. */
  altName?: string;
  /** Ten PANOSE bytes in hex, when known. */
  panose?: string;
  /** Windows charset: 86 is GB2312 (Simplified Chinese), 00 ANSI. */
  charset: '86' | '00';
  family: Family;
  pitch: 'fixed' | 'variable';
}

/**
 * What Word and WPS need to stand in for a font that is not installed: they try w:altName first,
 * then the closest installed font of the same charset, family and PANOSE. Without these a missing
 * GB font becomes whatever the application picks (often one sans face for everything).
 *
 * Family is the design class (Song and Fangsong roman, Hei swiss, Kai script) rather than the
 * "modern" Word records for fonts whose Latin half is fixed-pitch: the class is what a substitute
 * must share for the page to keep a serif body and distinct headings. PANOSE and pitch are what
 * Windows reports for the fonts; 方正小标宋简体 has no PANOSE worth copying, so it has none.
 */
const FACTS: Readonly<Record<string, FontFacts>> = {
  方正小标宋简体: {
    altName: WINDOWS_FACE.方正小标宋简体,
    charset: '86',
    family: 'roman',
    pitch: 'variable',
  },
  仿宋_GB2312: {
    altName: WINDOWS_FACE.仿宋_GB2312,
    panose: '02010609030101010101',
    charset: '86',
    family: 'roman',
    pitch: 'fixed',
  },
  楷体_GB2312: {
    altName: WINDOWS_FACE.楷体_GB2312,
    panose: '02010609030101010101',
    charset: '86',
    family: 'script',
    pitch: 'fixed',
  },
  // The Windows fonts under their English names, which an English Windows lists them by.
  宋体: {
    altName: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'roman',
    pitch: 'variable',
  },
  仿宋: {
    altName: 'FangSong',
    panose: '02010609060101010101',
    charset: '86',
    family: 'roman',
    pitch: 'fixed',
  },
  楷体: {
    altName: 'KaiTi',
    panose: '02010609060101010101',
    charset: '86',
    family: 'script',
    pitch: 'fixed',
  },
  黑体: {
    altName: 'SimHei',
    panose: '02010609060101010101',
    charset: '86',
    family: 'swiss',
    pitch: 'fixed',
  },
  'Times New Roman': {
    panose: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
  },
};

const val = (tag: string, value: string): string => `<w:${tag} w:val="${escapeHtml(value)}"/>`;

function fontXml(name: string): string {
  const f = FACTS[name];
  // A font the table does not know is still declared, as Chinese, so Word looks for a GB2312 face.
  const children = f
    ? [
        ...(f.altName ? [val('altName', f.altName)] : []),
        ...(f.panose ? [val('panose1', f.panose)] : []),
        val('charset', f.charset),
        val('family', f.family),
        val('pitch', f.pitch),
      ]
    : [val('charset', '86')];
  return `<w:font w:name="${escapeHtml(name)}">${children.join('')}</w:font>`;
}

/** word/fontTable.xml declaring `fonts`, in the order given (elements in the schema's order). */
export function fontTableXml(fonts: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts.map(fontXml).join('') +
    '</w:fonts>'
  );
}
