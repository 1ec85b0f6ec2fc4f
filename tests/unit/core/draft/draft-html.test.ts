import { describe, expect, it } from 'vitest';
import { draftToHtml, escapeHtml } from '../../../../electron/core/draft/draft-html';
import { safetyDraft } from '../../support/fixtures';

/** The elements of the fragment: tag, style attribute, and text with tags removed. */
function elements(html: string): Array<{ tag: string; style: string; text: string }> {
  return html.split('\n').map((line) => {
    const m = /^<(\w+)(?: class=\w+)? style='([^']*)'>(.*)<\/\1>$/u.exec(line);
    if (!m) throw new Error(`unexpected line: ${line}`);
    return { tag: m[1] ?? '', style: m[2] ?? '', text: (m[3] ?? '').replace(/<[^>]+>/gu, '') };
  });
}

/** The East Asian fonts named in a piece of HTML, in order. */
const fareastFonts = (html: string): string[] =>
  [...html.matchAll(/mso-fareast-font-family:"([^"]+)"/gu)].map((m) => m[1] ?? '');

describe('draftToHtml, GB/T 9704 preset', () => {
  const html = draftToHtml(safetyDraft(), 'gbt9704');

  it('writes one element per block: title, h1/h2 for headings (Word’s Heading styles), p for text', () => {
    expect(elements(html).map(({ tag, text }) => [tag, text])).toEqual([
      ['p', '在全县安全生产工作会议上的讲话'],
      ['p', '同志们：'],
      ['p', '今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段重点工作。'],
      ['h1', '一、提高思想认识，绷紧安全生产这根弦'],
      ['p', '安全生产责任重于泰山，任何时候都不能有丝毫松懈。'],
      ['h2', '（一）压实企业主体责任'],
      ['p', '企业主要负责人是安全生产第一责任人。'],
      ['p', '要逐级签订责任书，层层传导压力。'],
      ['h1', '二、突出重点领域，深化隐患排查整治'],
      ['p', '聚焦道路交通、危险化学品、建筑施工等重点行业领域，开展拉网式排查。'],
      ['p', '同志们，安全生产只有起点没有终点。让我们以更加务实的作风，坚决守住安全底线。'],
    ]);
    expect(html.startsWith('<p class=MsoTitle ')).toBe(true);
  });

  it('sets the official fonts and sizes: 小标宋 22 pt title, 黑体 and 楷体 headings, 仿宋 16 pt text', () => {
    const lines = html.split('\n');
    expect(fareastFonts(lines[0] ?? '')).toEqual(['方正小标宋简体']);
    expect(lines[0]).toContain('font-size:22pt');
    expect(fareastFonts(lines[3] ?? '')).toEqual(['黑体']);
    expect(fareastFonts(lines[5] ?? '')).toEqual(['楷体_GB2312']);
    expect(fareastFonts(lines[1] ?? '')).toEqual(['仿宋_GB2312']);
    expect(lines[1]).toContain('font-size:16pt');
    // Digits and Latin in Times New Roman, first in the browser's list.
    expect(lines[1]).toMatch(/font-family:"Times New Roman", "仿宋_GB2312", "仿宋", FangSong/u);
  });

  it('centres the title and indents everything else by two characters on 28 pt lines', () => {
    const [title, ...rest] = elements(html);
    expect(title?.style).toBe('margin:0;text-align:center;line-height:28pt');
    for (const e of rest) expect(e.style).toBe('margin:0;text-indent:32pt;line-height:28pt');
  });

  it('sets an inline heading in its level’s font and continues the paragraph in the body font', () => {
    const draft = safetyDraft({
      opening: '',
      closing: '',
      numbering: ['一是'],
      sections: [
        { id: 's1', level: 1, heading: '强化组织领导。', body: '成立专班。', inline: true },
      ],
    });
    const [, para] = draftToHtml(draft, 'gbt9704').split('\n');
    expect(para).toMatch(
      /^<p [^>]*><span [^>]*>一是强化组织领导。<\/span><span [^>]*>成立专班。<\/span><\/p>$/u,
    );
    expect(fareastFonts(para ?? '')).toEqual(['黑体', '仿宋_GB2312']);
  });
});

describe('draftToHtml, other cases', () => {
  it('plain preset: 宋体 12 pt text on 1.5 lines, bold headings', () => {
    const html = draftToHtml(safetyDraft(), 'plain');
    expect(new Set(fareastFonts(html))).toEqual(new Set(['宋体']));
    const lines = html.split('\n');
    expect(lines[1]).toContain('font-size:12pt');
    expect(lines[1]).toContain('line-height:1.5');
    expect(lines[3]).toContain('font-weight:bold');
  });

  it('escapes what the user typed, so a draft never becomes markup', () => {
    const draft = safetyDraft({
      title: '<script>alert(1)</script>',
      opening: '甲&乙 "引号" \'单引号\' <b>加粗</b>',
      sections: [],
      closing: '',
    });
    const html = draftToHtml(draft, 'gbt9704');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('甲&amp;乙 “引号” ‘单引号’ &lt;b&gt;加粗&lt;/b&gt;');
  });

  it.each([
    { input: `&<>"'`, expected: '&amp;&lt;&gt;&quot;&#39;' },
    { input: '普通文字', expected: '普通文字' },
  ])('escapeHtml($input)', ({ input, expected }) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('makes punctuation Chinese, as the other exports do', () => {
    const draft = safetyDraft({ opening: '同志们:', sections: [], closing: '' });
    expect(draftToHtml(draft, 'gbt9704')).toContain('>同志们：<');
  });
});
