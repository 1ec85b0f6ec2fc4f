import { describe, expect, it } from 'vitest';
import { textLines } from '../../../electron/core/text-lines';

describe('textLines', () => {
  it.each([
    {
      name: 'numbers every line, blank and last ones too',
      text: '春耕备耕\n\n加强农机检修',
      lines: [
        { no: 1, text: '春耕备耕', from: 0 },
        { no: 2, text: '', from: 5 },
        { no: 3, text: '加强农机检修', from: 6 },
      ],
    },
    {
      name: 'trims each line and points at its first character',
      text: '  一、抓好育秧  \r\n\u3000\u3000秧苗长势良好。\r\n',
      lines: [
        { no: 1, text: '一、抓好育秧', from: 2 },
        { no: 2, text: '秧苗长势良好。', from: 14 },
        { no: 3, text: '', from: 23 },
      ],
    },
    { name: 'reads empty text as one blank line', text: '', lines: [{ no: 1, text: '', from: 0 }] },
  ])('$name', ({ text, lines }) => {
    expect(textLines(text)).toEqual(lines);
    for (const l of lines) expect(text.slice(l.from, l.from + l.text.length)).toBe(l.text);
  });
});
