import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../../electron/core/draft/text-diff';
import type { DiffPart } from '../../../../electron/shared/model';

/** One side of a diff joined back: what remains without the parts only the other side has. */
const sideOf = (parts: DiffPart[], skip: 'add' | 'del'): string =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');

describe('diffTexts', () => {
  it.each([
    {
      name: 'identical',
      from: '标题\n正文。',
      to: '标题\n正文。',
      expected: [['same', '标题\n正文。']],
    },
    {
      name: 'one character changed inside a paragraph',
      from: '标题\n守住安全底线。\n结尾',
      to: '标题\n守住安全红线。\n结尾',
      expected: [
        ['same', '标题\n守住安全'],
        ['del', '底'],
        ['add', '红'],
        ['same', '线。\n结尾'],
      ],
    },
    {
      name: 'a paragraph added',
      from: '一、提高认识\n二、狠抓落实',
      to: '一、提高认识\n(一)压实责任\n二、狠抓落实',
      expected: [
        ['same', '一、提高认识\n'],
        ['add', '(一)压实责任\n'],
        ['same', '二、狠抓落实'],
      ],
    },
    {
      name: 'a paragraph removed',
      from: '同志们:\n今天开会。\n谢谢大家。',
      to: '同志们:\n谢谢大家。',
      expected: [
        ['same', '同志们:\n'],
        ['del', '今天开会。\n'],
        ['same', '谢谢大家。'],
      ],
    },
    { name: 'from nothing', from: '', to: '新草稿', expected: [['add', '新草稿']] },
  ])('$name', ({ from, to, expected }) => {
    expect(diffTexts(from, to).map((p) => [p.op, p.text])).toEqual(expected);
  });

  it('joined back, each side reproduces its text', () => {
    const from = '乡村振兴工作总结\n今年以来,我镇坚持产业兴旺。\n二、存在的问题';
    const to = '乡村振兴工作总结(修改稿)\n今年以来,全镇坚持产业兴旺、生态宜居。\n三、下一步打算';
    const parts = diffTexts(from, to);
    expect(sideOf(parts, 'add')).toBe(from);
    expect(sideOf(parts, 'del')).toBe(to);
  });

  it('two long edited paragraphs show as a few small changes, not as wholly replaced', () => {
    const clauses = [
      '社区书屋每周六上午开放',
      '志愿者轮流整理借还登记',
      '孩子们在窗边读绘本',
      '老人们更爱翻看养花的书',
      '新到的书先消毒再上架',
      '借书证用一张卡片就能办好',
      '雨天来的人少些',
      '管理员把破损的封面重新粘好',
    ];
    // Distinct wording throughout, as real prose has: each sentence numbered by its place.
    const paragraph = (from: number): string => {
      let text = '';
      for (let k = from; text.length < 2_000; k++) {
        text += `第${k}回，${clauses[k % clauses.length] ?? ''}。`;
      }
      return text.slice(0, 2_000);
    };
    const before = `${paragraph(0)}\n${paragraph(500)}`;
    const after = before
      .replace('第7回，', '第7回，这天')
      .replace('第120回，', '第120回，照例')
      .replace('第530回，孩子们', '第530回，小朋友们')
      .replace('第600回，', '');
    expect(after).not.toBe(before);

    const parts = diffTexts(before, after);
    const changed = parts.filter((p) => p.op !== 'same');
    expect(changed.length).toBeLessThanOrEqual(8);
    expect(changed.reduce((n, p) => n + p.text.length, 0)).toBeLessThan(30);
    expect(sideOf(parts, 'add')).toBe(before);
    expect(sideOf(parts, 'del')).toBe(after);
  });
});
