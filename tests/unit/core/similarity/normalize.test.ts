import { describe, expect, it } from 'vitest';
import { countMatchChars, matchText } from '../../../../electron/core/similarity/normalize';

const folded = (text: string): string => String.fromCharCode(...matchText(text).codes);

describe('matchText', () => {
  it.each([
    { input: '发展，是第一要务。', expected: '发展是第一要务' },
    { input: '发展 是第一要务', expected: '发展是第一要务' },
    { input: '“战就要‘轻装上阵’”！', expected: '战就要轻装上阵' },
    { input: '２０２４年ABC', expected: '2024年abc' },
    { input: 'ＡＢｃ、(1)', expected: 'abc1' },
    { input: '……——《》', expected: '' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(folded(input)).toBe(expected);
  });

  it('maps every kept character back to its offset in the original text', () => {
    const text = '一、 发展，是第一要务。';
    const { codes, offsets } = matchText(text);
    expect([...offsets].map((o) => text[o]).join('')).toBe(String.fromCharCode(...codes));
    expect([...offsets]).toEqual([0, 3, 4, 6, 7, 8, 9, 10]);
  });

  it('counts 字数 without spaces and punctuation', () => {
    expect(countMatchChars('同志们：\n今天召开会议。')).toBe(9);
  });
});
