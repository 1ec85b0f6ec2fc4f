import { describe, expect, it } from 'vitest';
import { fontStack, pageStyle } from '../../../renderer/src/features/drafts/page/page-typography';

/** The custom properties the page view's stylesheet reads. */
const vars = (style: object): Record<string, string> => style as Record<string, string>;

describe('the page view sets type as the Word export does', () => {
  it('GB/T 9704: 小标宋 title, 仿宋 body, 黑体 / 楷体 / 仿宋 headings, 3号 on a 28 pt line', () => {
    const v = vars(pageStyle('gbt9704', 'gb'));
    expect(v['--fs-title-font']).toMatch(/^"方正小标宋简体"/u);
    expect(v['--fs-title-size']).toBe('22pt');
    expect(v['--fs-body-font']).toMatch(/^"仿宋_GB2312"/u);
    expect(v['--fs-body-size']).toBe('16pt');
    expect(v['--fs-h1-font']).toMatch(/^"黑体"/u);
    expect(v['--fs-h2-font']).toMatch(/^"楷体_GB2312"/u);
    expect(v['--fs-h3-font']).toMatch(/^"仿宋_GB2312"/u);
    expect(v['--fs-line']).toBe('28pt');
    // two characters of the 16 pt body
    expect(v['--fs-indent']).toBe('32pt');
    expect(v['--fs-margin-top']).toBe('37mm');
    expect(v['--fs-margin-left']).toBe('28mm');
    expect(v['--fs-margin-right']).toBe('26mm');
  });

  it('the Windows fonts scheme names the faces every Windows has, the title in bold', () => {
    const v = vars(pageStyle('gbt9704', 'windows'));
    expect(v['--fs-title-font']).toMatch(/^"宋体"/u);
    expect(v['--fs-title-weight']).toBe('700');
    expect(v['--fs-body-font']).toMatch(/^"仿宋"/u);
    expect(v['--fs-h2-font']).toMatch(/^"楷体"/u);
  });

  it('plain: 宋体 小四 throughout, bold headings, 1.5 lines', () => {
    const v = vars(pageStyle('plain', 'gb'));
    expect(v['--fs-body-font']).toMatch(/^"宋体"/u);
    expect(v['--fs-body-size']).toBe('12pt');
    expect(v['--fs-h1-weight']).toBe('700');
    expect(v['--fs-h3-weight']).toBe('400');
    expect(Number(v['--fs-line'])).toBeGreaterThan(1.5);
  });

  it('every face falls back to a CJK face of its kind, then to a generic family', () => {
    expect(fontStack('仿宋_GB2312')).toContain('"STFangsong"');
    expect(fontStack('仿宋_GB2312')).toMatch(/"Noto Serif CJK SC".*serif$/u);
    expect(fontStack('黑体')).toMatch(/"Noto Sans CJK SC".*sans-serif$/u);
    expect(fontStack('某种字体')).toMatch(/^"某种字体", .*serif$/u);
  });
});
