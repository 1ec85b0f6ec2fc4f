import { describe, expect, it } from 'vitest';
import { textLines } from '../../../electron/core/text-lines';

describe('textLines', () => {
  it('numbers every line, blank and last ones too, trimmed, from its first character', () => {
    const text = '春耕备耕\r\n\n  一、抓好育秧  \n\u3000\u3000秧苗长势良好。\n';
    const lines = textLines(text);
    expect(lines).toEqual([
      { no: 1, text: '春耕备耕', from: 0 },
      { no: 2, text: '', from: 6 },
      { no: 3, text: '一、抓好育秧', from: 9 },
      { no: 4, text: '秧苗长势良好。', from: 20 },
      { no: 5, text: '', from: 28 },
    ]);
    for (const l of lines) expect(text.slice(l.from, l.from + l.text.length)).toBe(l.text);
  });

  it('reads empty text as one blank line', () => {
    expect(textLines('')).toEqual([{ no: 1, text: '', from: 0 }]);
  });
});
