import { beforeAll, describe, expect, it } from 'vitest';
import { draftToDocx } from '../../../../electron/services/export/docx-export';
import type { DocxOptions, FontScheme } from '../../../../electron/shared/model';
import {
  attrs,
  fontNamesIn,
  paragraphsOf,
  readDocx,
  resolveRun,
  runsOf,
  textOf,
  type DocxParts,
  type ResolvedRun,
} from '../../support/docx-parts';
import { threeLevelDraft } from '../../support/fixtures';

/**
 * What a Word or WPS without the GB fonts needs: every font declared in fontTable.xml with the name
 * to fall back to, and all formatting in styles, for both font schemes.
 */

/** A draft with all three heading levels and an inline one, exported with a byline. */
const exported = async (options: DocxOptions): Promise<DocxParts> =>
  readDocx(
    await draftToDocx(threeLevelDraft(), {
      author: '县应急管理局',
      date: '2026年3月5日',
      ...options,
    }),
  );

/** `<w:font>` entries of fontTable.xml: name → its child elements as tag → w:val, in order. */
function declaredFonts(fontTable: string): Map<string, Array<[string, string]>> {
  const fonts = new Map<string, Array<[string, string]>>();
  for (const m of fontTable.matchAll(/<w:font w:name="([^"]+)">(.*?)<\/w:font>/gsu)) {
    const children = [...(m[2] ?? '').matchAll(/<w:(\w+) w:val="([^"]*)"\/>/gu)].map(
      (c): [string, string] => [c[1] ?? '', c[2] ?? ''],
    );
    expect(fonts.has(m[1] ?? ''), `${m[1]} declared twice`).toBe(false);
    fonts.set(m[1] ?? '', children);
  }
  return fonts;
}

/** What Word should try in place of each font, and the PANOSE Windows reports for it. */
const EXPECTED: Record<string, { altName?: string; panose?: string; family: string }> = {
  方正小标宋简体: { altName: '宋体', family: 'roman' },
  仿宋_GB2312: { altName: '仿宋', panose: '02010609030101010101', family: 'roman' },
  楷体_GB2312: { altName: '楷体', panose: '02010609030101010101', family: 'script' },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', family: 'swiss' },
  宋体: { altName: 'SimSun', panose: '02010600030101010101', family: 'roman' },
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', family: 'roman' },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', family: 'script' },
  'Times New Roman': { panose: '02020603050405020304', family: 'roman' },
};

/** Each paragraph's text and how each of its runs resolves. */
function look(docx: DocxParts): Array<{ text: string; runs: ResolvedRun[] }> {
  return paragraphsOf(docx.document).map((p) => ({
    text: textOf(p),
    runs: runsOf(p).map((r) => resolveRun(docx.styles, p, r)),
  }));
}

const SCHEMES: Array<{
  scheme: FontScheme;
  title: string;
  titleBold: boolean;
  body: string;
  kai: string;
}> = [
  {
    scheme: 'gb',
    title: '方正小标宋简体',
    titleBold: false,
    body: '仿宋_GB2312',
    kai: '楷体_GB2312',
  },
  { scheme: 'windows', title: '宋体', titleBold: true, body: '仿宋', kai: '楷体' },
];

describe.each(SCHEMES)('font scheme $scheme', ({ scheme, title, titleBold, body, kai }) => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await exported({ preset: 'gbt9704', fontScheme: scheme });
  });

  it('declares in fontTable.xml exactly the fonts the styles, text and footers name', () => {
    const used = new Set([
      ...fontNamesIn(docx.styles),
      ...fontNamesIn(docx.document),
      ...Object.values(docx.footers).flatMap((f) => [...fontNamesIn(f)]),
    ]);
    expect([...declaredFonts(docx.fontTable).keys()].sort()).toEqual([...used].sort());
    expect(used).toEqual(new Set([title, body, kai, '黑体', '宋体', 'Times New Roman']));
  });

  it('gives each font its fallback name, charset, family, pitch and PANOSE, in schema order', () => {
    for (const [name, children] of declaredFonts(docx.fontTable)) {
      const want = EXPECTED[name];
      if (!want) throw new Error(`${name} has no expectation`);
      const got = Object.fromEntries(children);
      expect(got.altName, name).toBe(want.altName);
      expect(got.panose1, name).toBe(want.panose);
      expect(got.charset, name).toBe(name === 'Times New Roman' ? '00' : '86');
      expect(got.family, name).toBe(want.family);
      expect(['fixed', 'variable'], name).toContain(got.pitch);
      const order = ['altName', 'panose1', 'charset', 'family', 'pitch'];
      expect(children.map(([tag]) => tag)).toEqual(order.filter((tag) => tag in got));
    }
  });

  it('sets every paragraph through its style alone: fonts, sizes and weight', () => {
    const only = (font: string, size = '32', bold = false) => [
      { eastAsia: font, ascii: 'Times New Roman', size, bold },
    ];
    expect(look(docx)).toEqual([
      { text: '在全县安全生产工作会议上的讲话', runs: only(title, '44', titleBold) },
      { text: '县应急管理局  2026年3月5日', runs: only(kai) },
      { text: '同志们：', runs: only(body) },
      { text: expect.stringMatching(/^今天召开/u) as unknown, runs: only(body) },
      { text: '一、提高思想认识', runs: only('黑体') },
      { text: '安全生产责任重于泰山。', runs: only(body) },
      { text: '（一）压实企业主体责任', runs: only(kai) },
      { text: '企业主要负责人是第一责任人。', runs: only(body) },
      { text: '1.签订责任书', runs: only(body) },
      { text: '逐级签订，层层传导压力。', runs: only(body) },
      {
        text: '二、强化督导检查。对2026年排查出的问题，逐项销号。',
        runs: [...only('黑体'), ...only(body)],
      },
      { text: '不走过场。', runs: only(body) },
      { text: expect.stringMatching(/^同志们，/u) as unknown, runs: only(body) },
    ]);
    for (const footer of Object.values(docx.footers)) {
      for (const r of runsOf(footer)) {
        expect(resolveRun(docx.styles, footer, r)).toEqual({
          eastAsia: '宋体',
          ascii: '宋体',
          size: '28',
          bold: false,
        });
      }
    }
  });
});

describe('the two schemes side by side', () => {
  let gb: DocxParts;
  let windows: DocxParts;
  beforeAll(async () => {
    [gb, windows] = await Promise.all([
      exported({ fontScheme: 'gb' }),
      exported({ fontScheme: 'windows' }),
    ]);
  });

  it('falls back from each GB font to the face the Windows scheme puts in its place', () => {
    const fonts = declaredFonts(gb.fontTable);
    const gbRuns = look(gb).flatMap((p) => p.runs);
    const windowsRuns = look(windows).flatMap((p) => p.runs);
    expect(gbRuns).toHaveLength(windowsRuns.length);
    const fallbackOf = (font = ''): string | undefined =>
      font.includes('_GB2312') || font.startsWith('方正')
        ? Object.fromEntries(fonts.get(font) ?? []).altName
        : font;
    expect(gbRuns.map((r) => fallbackOf(r.eastAsia))).toEqual(windowsRuns.map((r) => r.eastAsia));
  });

  it('Windows scheme: names no GB font anywhere in the package', () => {
    for (const part of [windows.styles, windows.document, windows.fontTable]) {
      expect(part).not.toMatch(/_GB2312|方正/u);
    }
  });

  it('the same structure and page: only the font names differ', () => {
    const strip = (xml: string) => xml.replace(/<w:rFonts [^>]*\/>/gu, '');
    expect(windows.document).toBe(gb.document);
    expect(attrs(windows.document, 'w:docGrid')).toEqual(attrs(gb.document, 'w:docGrid'));
    // The Windows title is bold (宋体 stands in for the heavier 小标宋); nothing else differs.
    const noTitleBold = (xml: string) =>
      strip(xml).replace(
        /(w:styleId="Title(?:Char)?".*?)<w:b\/><w:bCs\/>/gsu,
        '$1<w:b w:val="false"/><w:bCs w:val="false"/>',
      );
    expect(noTitleBold(windows.styles)).toBe(strip(gb.styles));
  });

  it('the plain preset keeps its own fonts whatever the scheme', async () => {
    const [a, b] = await Promise.all([
      exported({ preset: 'plain', fontScheme: 'gb' }),
      exported({ preset: 'plain', fontScheme: 'windows' }),
    ]);
    expect(b.styles).toBe(a.styles);
    expect(b.fontTable).toBe(a.fontTable);
    expect([...declaredFonts(a.fontTable).keys()]).toEqual(['宋体', 'Times New Roman']);
  });
});
