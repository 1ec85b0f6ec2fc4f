import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftToText } from '../../../../electron/core/draft/draft-text';
import { withChinesePunctuation } from '../../../../electron/core/draft/punctuation';
import { draftToDocx } from '../../../../electron/services/export/docx-export';
import type { DocxOptions, Draft } from '../../../../electron/shared/model';
import {
  attrs,
  paragraphsOf,
  readDocx,
  resolveRun,
  runsOf,
  styledTexts,
  styleXml as style,
  textOf,
  type DocxParts as Parts,
} from '../../support/docx-parts';
import { safetyDraft, threeLevelDraft } from '../../support/fixtures';

const unzip = async (draft: Draft, options: DocxOptions = {}): Promise<Parts> =>
  readDocx(await draftToDocx(draft, options));

/** Half-points, as w:sz holds them. */
const SZ = { 二号: '44', 三号: '32', 四号: '28', 小四: '24' } as const;

describe('GB/T 9704 preset: page', () => {
  let docx: Parts;
  beforeAll(async () => {
    docx = await unzip(threeLevelDraft(), { preset: 'gbt9704' });
  });

  it('is A4 with margins 37/35/28/26 mm', () => {
    expect(attrs(docx.document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(docx.document, 'w:pgMar')).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1588',
      'w:right': '1474',
    });
  });

  it('has a document grid of 22 lines, and a Normal font narrow enough for 28 characters', () => {
    const grid = attrs(docx.document, 'w:docGrid');
    expect(grid).toEqual({ 'w:type': 'lines', 'w:linePitch': '579', 'w:charSpace': '-849' });
    const typeHeight = 16838 - 2098 - 1984;
    const pitch = Number(grid['w:linePitch']);
    expect(22 * pitch).toBeLessThanOrEqual(typeHeight);
    expect(23 * pitch).toBeGreaterThan(typeHeight);
    // 28 characters of 16 pt condensed by w:spacing (twips) fill the 156 mm line; 29 do not.
    const typeWidth = 11906 - 1588 - 1474;
    const condense = Number(attrs(style(docx.styles, 'Normal'), 'w:spacing', 'w:val')['w:val']);
    const cell = 16 * 20 + condense;
    expect(28 * cell).toBeLessThanOrEqual(typeWidth);
    expect(29 * cell).toBeGreaterThan(typeWidth);
    // charSpace records the same pitch for Word's page setup: 156 mm / 28 in 1/4096 pt past 16 pt.
    const pitchPt = 16 + Number(grid['w:charSpace']) / 4096;
    expect(28 * pitchPt * 20).toBeLessThanOrEqual(typeWidth);
    expect(28 * pitchPt * 20).toBeGreaterThan(typeWidth - 1);
  });

  it('sets 28 pt exact line spacing and a two-character first-line indent in Normal', () => {
    const normal = style(docx.styles, 'Normal');
    expect(attrs(normal, 'w:spacing', 'w:line')).toMatchObject({
      'w:line': '560',
      'w:lineRule': 'exact',
      'w:before': '0',
      'w:after': '0',
    });
    expect(attrs(normal, 'w:ind')).toEqual({ 'w:firstLine': '640', 'w:firstLineChars': '200' });
    // No widow or orphan control, which would leave 21 lines on some pages.
    expect(normal).toContain('<w:widowControl w:val="false"/>');
  });
});

describe('GB/T 9704 preset: styles and runs', () => {
  let docx: Parts;
  beforeAll(async () => {
    docx = await unzip(threeLevelDraft(), { preset: 'gbt9704' });
  });

  // A linked character style (…Char) sets a run as its paragraph style sets a paragraph.
  it.each(
    [
      { id: 'Normal', font: '仿宋_GB2312', size: SZ.三号 },
      { id: 'Title', font: '方正小标宋简体', size: SZ.二号, linked: true },
      { id: 'Heading1', font: '黑体', size: SZ.三号, linked: true },
      { id: 'Heading2', font: '楷体_GB2312', size: SZ.三号, linked: true },
      { id: 'Heading3', font: '仿宋_GB2312', size: SZ.三号, linked: true },
      { id: 'Subtitle', font: '楷体_GB2312', size: SZ.三号, linked: true },
      { id: 'Footer', font: '宋体', size: SZ.四号, linked: true },
    ].flatMap((s) => (s.linked ? [s, { ...s, id: `${s.id}Char` }] : [s])),
  )('$id: $font, w:sz $size, black, not bold, zh-CN', ({ id, font, size }) => {
    const xml = style(docx.styles, id);
    expect(attrs(xml, 'w:rFonts')).toMatchObject({ 'w:eastAsia': font });
    expect(attrs(xml, 'w:sz')).toEqual({ 'w:val': size });
    expect(attrs(xml, 'w:lang')).toEqual({ 'w:val': 'zh-CN', 'w:eastAsia': 'zh-CN' });
    expect(xml).toContain('<w:color w:val="000000"/>');
    expect(xml).toContain('<w:b w:val="false"/>');
  });

  it('sets digits and Latin letters in Times New Roman, except the page number (宋体)', () => {
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Subtitle']) {
      expect(attrs(style(docx.styles, id), 'w:rFonts'), id).toMatchObject({
        'w:ascii': 'Times New Roman',
        'w:hAnsi': 'Times New Roman',
      });
    }
    expect(attrs(style(docx.styles, 'Footer'), 'w:rFonts')).toMatchObject({ 'w:ascii': '宋体' });
  });

  it('centres the title with no indent and one line of space below it', () => {
    const title = style(docx.styles, 'Title');
    expect(attrs(title, 'w:jc')).toEqual({ 'w:val': 'center' });
    expect(attrs(title, 'w:ind')).toEqual({ 'w:firstLine': '0', 'w:firstLineChars': '0' });
    expect(attrs(title, 'w:spacing')).toEqual({ 'w:after': '560' });
  });

  it('marks headings as outline levels 1–3 that stay with the next line', () => {
    for (const level of [1, 2, 3]) {
      const xml = style(docx.styles, `Heading${level}`);
      expect(attrs(xml, 'w:outlineLvl')).toEqual({ 'w:val': String(level - 1) });
      expect(xml).toContain('<w:keepNext/>');
      expect(attrs(xml, 'w:basedOn')).toEqual({ 'w:val': 'Normal' });
    }
  });

  it('gives runs and paragraphs no formatting of their own: only the name of their style', () => {
    const parts = [docx.document, ...Object.values(docx.footers)];
    const runs = parts.flatMap(runsOf);
    expect(runs.length).toBeGreaterThan(10);
    for (const r of runs) {
      const rPr = /<w:rPr>(.*?)<\/w:rPr>/su.exec(r)?.[1] ?? '';
      expect(rPr.replace(/<w:rStyle w:val="\w+"\/>/u, ''), r).toBe('');
    }
    for (const p of parts.flatMap(paragraphsOf)) {
      const pPr = /<w:pPr>(.*?)<\/w:pPr>/su.exec(p)?.[1] ?? '';
      expect(pPr.replace(/<w:pStyle w:val="\w+"\/>/u, ''), p).toBe('');
    }
  });

  it('names a style on each paragraph and leaves the formatting to it', () => {
    expect(paragraphsOf(docx.document).filter((p) => /<w:(?:ind|spacing|jc) /u.test(p))).toEqual(
      [],
    );
    expect(styledTexts(docx.document)).toEqual([
      'Title | 在全县安全生产工作会议上的讲话',
      'Normal | 同志们：',
      'Normal | 今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段重点工作。',
      'Heading1 | 一、提高思想认识',
      'Normal | 安全生产责任重于泰山。',
      'Heading2 | （一）压实企业主体责任',
      'Normal | 企业主要负责人是第一责任人。',
      'Heading3 | 1.签订责任书',
      'Normal | 逐级签订，层层传导压力。',
      'Normal | 二、强化督导检查。对2026年排查出的问题，逐项销号。',
      'Normal | 不走过场。',
      'Normal | 同志们，安全生产只有起点没有终点。让我们以更加务实的作风，坚决守住安全底线。',
    ]);
  });

  it('sets an inline heading in its level’s font, then continues the paragraph in the body font', () => {
    const inline = paragraphsOf(docx.document).find((p) => textOf(p).startsWith('二、'));
    const [lead, rest, ...more] = runsOf(inline ?? '');
    expect(more).toEqual([]);
    expect(textOf(lead ?? '')).toBe('二、强化督导检查。');
    expect(lead).toContain('<w:rStyle w:val="Heading1Char"/>');
    expect(resolveRun(docx.styles, inline ?? '', lead ?? '').eastAsia).toBe('黑体');
    expect(textOf(rest ?? '')).toBe('对2026年排查出的问题，逐项销号。');
    expect(rest).not.toContain('w:rStyle');
    expect(resolveRun(docx.styles, inline ?? '', rest ?? '').eastAsia).toBe('仿宋_GB2312');
  });
});

describe('GB/T 9704 preset: page numbers', () => {
  let docx: Parts;
  beforeAll(async () => {
    docx = await unzip(threeLevelDraft(), { preset: 'gbt9704' });
  });

  it('has separate odd and even footers, switched on in the settings', () => {
    expect(docx.settings).toMatch(/<w:evenAndOddHeaders\/>/u);
    expect(Object.keys(docx.footers).sort()).toEqual(['default', 'even']);
  });

  it.each([
    { page: 'default' as const, id: 'FooterOdd', jc: 'right', ind: { 'w:right': '280' } },
    { page: 'even' as const, id: 'FooterEven', jc: 'left', ind: { 'w:left': '280' } },
  ])('$page pages: `— PAGE —` on the $jc, one 4号 character in', ({ page, id, jc, ind }) => {
    const footer = docx.footers[page] ?? '';
    expect(footer).toContain(`<w:pStyle w:val="${id}"/>`);
    const side = style(docx.styles, id);
    expect(attrs(side, 'w:basedOn')).toEqual({ 'w:val': 'Footer' });
    expect(attrs(side, 'w:jc')).toEqual({ 'w:val': jc });
    expect(attrs(side, 'w:ind')).toMatchObject(ind);
    expect(textOf(footer)).toBe('—  —');
    expect(footer).toMatch(
      /<w:t [^>]*>— <\/w:t>.*<w:fldChar w:fldCharType="begin"\/>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:fldChar w:fldCharType="end"\/>.*<w:t [^>]*> —<\/w:t>/su,
    );
    for (const r of runsOf(footer)) {
      expect(resolveRun(docx.styles, footer, r)).toMatchObject({ eastAsia: '宋体', size: SZ.四号 });
    }
  });

  it('places the footer so the page number sits about 7 mm under the type area', () => {
    const footer = Number(attrs(docx.document, 'w:pgMar')['w:footer']);
    const gapMm = ((1984 - footer - 140) * 25.4) / 1440;
    expect(gapMm).toBeGreaterThan(6.5);
    expect(gapMm).toBeLessThan(7.5);
  });
});

describe('GB/T 9704 preset: text read back with mammoth', () => {
  const readBack = async (draft: Draft): Promise<string> => {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await draftToDocx(draft, {})),
    });
    return value
      .split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n');
  };

  it('equals draftToText for a draft with all heading levels and an inline heading', async () => {
    const draft = threeLevelDraft();
    expect(await readBack(draft)).toBe(draftToText(draft));
  });

  it('equals draftToText of the punctuation-fixed draft for text typed with ASCII marks', async () => {
    const draft = safetyDraft({
      opening: '同志们:\n今天召开会议,部署"安全生产月"活动(为期一个月)。',
    });
    const text = await readBack(draft);
    expect(text).toBe(draftToText(withChinesePunctuation(draft)));
    expect(text).toContain('今天召开会议，部署“安全生产月”活动（为期一个月）。');
  });
});

describe('options and the plain preset', () => {
  it('puts author and date on a centred Subtitle line under the title, which then has no gap', async () => {
    const docx = await unzip(safetyDraft(), { author: '县应急管理局', date: '2026年3月5日' });
    const [title, byline] = paragraphsOf(docx.document);
    expect(textOf(byline ?? '')).toBe('县应急管理局  2026年3月5日');
    expect(byline).toContain('<w:pStyle w:val="Subtitle"/>');
    expect(attrs(style(docx.styles, 'Subtitle'), 'w:jc')).toEqual({ 'w:val': 'center' });
    // The title's own style, without the gap: restyling Title still restyles it.
    expect(title).toContain('<w:pStyle w:val="TitleAboveByline"/>');
    const above = style(docx.styles, 'TitleAboveByline');
    expect(attrs(above, 'w:basedOn')).toEqual({ 'w:val': 'Title' });
    expect(attrs(above, 'w:spacing')).toEqual({ 'w:after': '0' });
    expect(resolveRun(docx.styles, title ?? '', runsOf(title ?? '')[0] ?? '')).toMatchObject({
      eastAsia: '方正小标宋简体',
      size: SZ.二号,
    });
  });

  it('plain: 宋体 小四 on 1.5 lines, Word’s margins, no grid, one centred page number', async () => {
    const docx = await unzip(threeLevelDraft(), { preset: 'plain' });
    const normal = style(docx.styles, 'Normal');
    expect(attrs(normal, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '宋体' });
    expect(attrs(normal, 'w:sz')).toEqual({ 'w:val': SZ.小四 });
    expect(attrs(normal, 'w:spacing', 'w:line')).toMatchObject({
      'w:line': '360',
      'w:lineRule': 'auto',
    });
    expect(normal).not.toMatch(/<w:spacing w:val=/u);
    expect(attrs(docx.document, 'w:docGrid')).not.toHaveProperty('w:type');
    expect(attrs(docx.document, 'w:pgMar')).toMatchObject({ 'w:top': '1440', 'w:left': '1800' });
    expect(Object.keys(docx.footers)).toEqual(['default']);
    expect(docx.footers.default).toContain('<w:pStyle w:val="Footer"/>');
    expect(attrs(style(docx.styles, 'Footer'), 'w:jc')).toEqual({ 'w:val': 'center' });
    expect(docx.settings).not.toMatch(/<w:evenAndOddHeaders\/>/u);
    // Same structure: the same styles on the same paragraphs.
    const gbt = await unzip(threeLevelDraft(), { preset: 'gbt9704' });
    const styleIds = (xml: string) =>
      [...xml.matchAll(/<w:pStyle w:val="(\w+)"/gu)].map((m) => m[1]);
    expect(styleIds(docx.document)).toEqual(styleIds(gbt.document));
    expect(attrs(style(docx.styles, 'Heading1'), 'w:rFonts')['w:eastAsia']).toBe('宋体');
    expect(style(docx.styles, 'Heading1')).toContain('<w:b/>');
  });
});
