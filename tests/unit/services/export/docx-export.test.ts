import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftToDocx } from '../../../../electron/services/export/docx-export';
import type { DocxOptions } from '../../../../electron/shared/model';
import {
  attrs as attrsOf,
  paragraphsOf,
  readDocx,
  resolveRun,
  runsOf,
  styledTexts,
  styleXml,
  textOf,
  type DocxParts,
} from '../../support/docx-parts';
import { safetyDraft } from '../../support/fixtures';

const exportDocx = async (options: DocxOptions): Promise<DocxParts> =>
  readDocx(await draftToDocx(safetyDraft(), options));

interface Para {
  text: string;
  /** The East Asian font(s) of its runs, as Word resolves them through the styles. */
  font: string;
  /** First-line indent in twips written on the paragraph itself, '' when none. */
  firstLine: string;
}

/** Each paragraph of document.xml, in order. */
function paragraphs(docx: DocxParts): Para[] {
  return paragraphsOf(docx.document).map((p) => ({
    text: textOf(p),
    font: [...new Set(runsOf(p).map((r) => resolveRun(docx.styles, p, r).eastAsia))].join('+'),
    firstLine: /<w:ind [^>]*w:firstLine="(\d+)"/u.exec(p)?.[1] ?? '',
  }));
}

describe('draftToDocx, GB/T 9704 preset', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await exportDocx({ preset: 'gbt9704' });
  });

  it('writes every paragraph as typed, headings numbered, in reading order with Word styles', () => {
    expect(styledTexts(docx.document)).toEqual([
      'Title | 在全县安全生产工作会议上的讲话',
      'Normal | 同志们：',
      'Normal | 今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段重点工作。',
      'Heading1 | 一、提高思想认识，绷紧安全生产这根弦',
      'Normal | 安全生产责任重于泰山，任何时候都不能有丝毫松懈。',
      'Heading2 | （一）压实企业主体责任',
      'Normal | 企业主要负责人是安全生产第一责任人。',
      'Normal | 要逐级签订责任书，层层传导压力。',
      'Heading1 | 二、突出重点领域，深化隐患排查整治',
      'Normal | 聚焦道路交通、危险化学品、建筑施工等重点行业领域，开展拉网式排查。',
      'Normal | 同志们，安全生产只有起点没有终点。让我们以更加务实的作风，坚决守住安全底线。',
    ]);
    for (const id of ['Title', 'Heading1', 'Heading2'])
      expect(styleXml(docx.styles, id)).toBeTruthy();
  });

  it('uses the official fonts for title, level-1 and level-2 headings and body', () => {
    const fontOf = (text: string): string | undefined =>
      paragraphs(docx).find((p) => p.text === text)?.font;
    expect(fontOf('在全县安全生产工作会议上的讲话')).toBe('方正小标宋简体');
    expect(fontOf('一、提高思想认识，绷紧安全生产这根弦')).toBe('黑体');
    expect(fontOf('（一）压实企业主体责任')).toBe('楷体_GB2312');
    expect(fontOf('同志们：')).toBe('仿宋_GB2312');
    // Normal text defaults to 仿宋_GB2312 三号 (16 pt = 32 half-points) for text typed in Word later.
    expect(docx.styles).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋_GB2312".*<w:sz w:val="32"\/>/su);
  });

  it('prints titles and headings black in their fonts, not in Word’s default blue', () => {
    const cases = [
      { id: 'Title', font: '方正小标宋简体' },
      { id: 'Heading1', font: '黑体' },
      { id: 'Heading2', font: '楷体_GB2312' },
      { id: 'Heading3', font: '仿宋_GB2312' },
    ];
    for (const { id, font } of cases) {
      const xml = styleXml(docx.styles, id);
      expect(xml, id).toContain('<w:color w:val="000000"/>');
      expect(xml, id).toContain(`w:eastAsia="${font}"`);
    }
  });

  it('sets the GB/T 9704 page: margins 37/35/28/26 mm and fixed 28 pt lines', () => {
    expect(attrsOf(docx.document, 'w:pgMar')).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1588',
      'w:right': '1474',
    });
    expect(attrsOf(docx.document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    // Line spacing lives in the Normal style, so the user can change it in one place.
    expect(attrsOf(styleXml(docx.styles, 'Normal'), 'w:spacing')).toMatchObject({
      'w:line': '560',
      'w:lineRule': 'exact',
    });
  });

  it('indents every paragraph but the title by two characters (2 × 16 pt = 640 twips)', () => {
    // The indent lives in the Normal style, which the headings inherit and the Title cancels;
    // no paragraph overrides it.
    expect(attrsOf(styleXml(docx.styles, 'Normal'), 'w:ind')).toMatchObject({
      'w:firstLine': '640',
    });
    expect(attrsOf(styleXml(docx.styles, 'Title'), 'w:ind')).toMatchObject({ 'w:firstLine': '0' });
    const all = paragraphs(docx);
    expect(all.map((p) => p.firstLine)).toEqual(all.map(() => ''));
  });

  it('numbers pages with a PAGE field in the footer', () => {
    expect(docx.document).toContain('<w:footerReference');
    // One footer for odd pages, one for even pages.
    expect(Object.values(docx.footers)).toHaveLength(2);
    for (const footer of Object.values(docx.footers)) {
      expect(footer).toMatch(/<w:fldChar w:fldCharType="begin"\/>/u);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/u);
    }
  });

  it('reads back with mammoth: every paragraph of the draft, in order', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    const expected = [
      '在全县安全生产工作会议上的讲话',
      '同志们：',
      '今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段重点工作。',
      '一、提高思想认识，绷紧安全生产这根弦',
      '安全生产责任重于泰山，任何时候都不能有丝毫松懈。',
      '（一）压实企业主体责任',
      '企业主要负责人是安全生产第一责任人。',
      '要逐级签订责任书，层层传导压力。',
      '二、突出重点领域，深化隐患排查整治',
      '聚焦道路交通、危险化学品、建筑施工等重点行业领域，开展拉网式排查。',
      '同志们，安全生产只有起点没有终点。让我们以更加务实的作风，坚决守住安全底线。',
    ];
    const lines = value.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual(expected);
  });
});

describe('draftToDocx, other options', () => {
  it('uses the GB/T 9704 preset when none is named', async () => {
    const docx = await exportDocx({});
    expect(attrsOf(docx.document, 'w:pgMar')).toMatchObject({ 'w:top': '2098', 'w:left': '1588' });
    expect(paragraphs(docx)[1]?.font).toBe('仿宋_GB2312');
  });

  it('plain preset: 宋体 throughout and none of the official fonts', async () => {
    const docx = await exportDocx({ preset: 'plain' });
    expect(new Set(paragraphs(docx).map((p) => p.font))).toEqual(new Set(['宋体']));
    for (const official of ['仿宋_GB2312', '黑体', '方正小标宋简体', '楷体_GB2312']) {
      expect(docx.styles).not.toContain(official);
    }
    expect(attrsOf(docx.document, 'w:pgMar')).toMatchObject({ 'w:top': '1440', 'w:left': '1800' });
  });

  it('puts the author and date on a centred line under the title', async () => {
    const docx = await exportDocx({ author: '县应急管理局', date: '2026年3月5日' });
    const paras = paragraphs(docx);
    expect(paras.slice(0, 3).map((p) => p.text)).toEqual([
      '在全县安全生产工作会议上的讲话',
      '县应急管理局  2026年3月5日',
      '同志们：',
    ]);
  });
});
