import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  numberMarker,
  stripMarker,
} from '../../../../electron/core/draft/numbering';
import type { NumberingScheme } from '../../../../electron/shared/model';

describe('chineseNumeral', () => {
  it.each([
    { input: 1, expected: '一' },
    { input: 2, expected: '二' },
    { input: 9, expected: '九' },
    { input: 10, expected: '十' },
    { input: 11, expected: '十一' },
    { input: 19, expected: '十九' },
    { input: 20, expected: '二十' },
    { input: 21, expected: '二十一' },
    { input: 30, expected: '三十' },
    { input: 45, expected: '四十五' },
    { input: 99, expected: '九十九' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(chineseNumeral(input)).toBe(expected);
  });

  it('falls back to Arabic digits outside 0..99 instead of inventing a numeral', () => {
    expect(chineseNumeral(100)).toBe('100');
    expect(chineseNumeral(2.5)).toBe('2.5');
  });
});

describe('numberMarker', () => {
  it.each<{ scheme: NumberingScheme; n: number; expected: string }>([
    { scheme: 'none', n: 3, expected: '' },
    { scheme: '一、', n: 1, expected: '一、' },
    { scheme: '一、', n: 12, expected: '十二、' },
    { scheme: '(一)', n: 2, expected: '（二）' },
    { scheme: '(一)', n: 10, expected: '（十）' },
    { scheme: '1.', n: 3, expected: '3.' },
    { scheme: '1、', n: 11, expected: '11、' },
    { scheme: '(1)', n: 4, expected: '（4）' },
    { scheme: '一是', n: 3, expected: '三是' },
    { scheme: '第一', n: 2, expected: '第二，' },
  ])('$scheme #$n → "$expected"', ({ scheme, n, expected }) => {
    expect(numberMarker(scheme, n)).toBe(expected);
  });
});

describe('stripMarker', () => {
  it.each<{ input: string; scheme: NumberingScheme; rest: string }>([
    { input: '一、提高政治站位', scheme: '一、', rest: '提高政治站位' },
    { input: '十二、强化督导考核', scheme: '一、', rest: '强化督导考核' },
    { input: '二、 以产业振兴为基础', scheme: '一、', rest: '以产业振兴为基础' },
    { input: '（一）压实企业主体责任', scheme: '(一)', rest: '压实企业主体责任' },
    { input: '(二)健全隐患排查机制', scheme: '(一)', rest: '健全隐患排查机制' },
    { input: '1.开展全员安全培训', scheme: '1.', rest: '开展全员安全培训' },
    { input: '2．建立应急救援预案', scheme: '1.', rest: '建立应急救援预案' },
    { input: '3、落实包保责任制', scheme: '1、', rest: '落实包保责任制' },
    { input: '（4）定期组织应急演练', scheme: '(1)', rest: '定期组织应急演练' },
    { input: '(5)完善考核评价办法', scheme: '(1)', rest: '完善考核评价办法' },
    { input: '一是强化组织领导', scheme: '一是', rest: '强化组织领导' },
    { input: '三是健全长效机制', scheme: '一是', rest: '健全长效机制' },
    { input: '第二，聚焦产业兴旺', scheme: '第一', rest: '聚焦产业兴旺' },
    { input: '第三、加强人才队伍建设', scheme: '第一', rest: '加强人才队伍建设' },
  ])('$input → $scheme + $rest', ({ input, scheme, rest }) => {
    expect(stripMarker(input)).toEqual({ scheme, rest });
  });

  it.each([
    { input: '安全生产责任重于泰山。' },
    { input: '2026年是全面推进乡村振兴的关键一年。' },
    { input: '1.5万名乡村教师参加了暑期培训。' },
    { input: '第一次走上讲台时，我既紧张又激动。' },
    { input: '十分重视教师培训工作。' },
  ])('leaves an unnumbered line whole: $input', ({ input }) => {
    expect(stripMarker(input)).toEqual({ scheme: 'none', rest: input });
  });

  it.each<NumberingScheme>(['一、', '(一)', '1.', '1、', '(1)', '一是', '第一'])(
    'reads back what numberMarker writes for %s',
    (scheme) => {
      for (const n of [1, 2, 10, 11, 21]) {
        expect(stripMarker(`${numberMarker(scheme, n)}加强教师队伍建设`)).toEqual({
          scheme,
          rest: '加强教师队伍建设',
        });
      }
    },
  );
});
