import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';
import { body } from './section-cases';

/** Where an essay's own closing paragraph is found, and where there is none. */
describe('closings', () => {
  const sections = [
    '志愿服务心得',
    '参加志愿服务一年来,我收获了很多。' + body,
    '练体能,就要日日坚持。' + body,
    '学技能,就要精益求精。' + body,
  ];
  it.each([
    {
      name: 'a paragraph after one-paragraph sections closes the essay',
      lines: [...sections, '志愿服务没有终点,我将继续坚持下去。'],
      closing: '志愿服务没有终点,我将继',
    },
    {
      name: 'a text cut off mid-sentence has no closing',
      lines: [...sections, '志愿服务没有终点,我将继续'],
      closing: null,
    },
    {
      name: 'the last section’s own paragraph is not a closing',
      lines: sections,
      closing: null,
    },
    {
      name: 'a closing that says so, after line headings',
      lines: [
        '社区消防安全工作总结',
        '今年以来,社区把消防安全摆在突出位置。' + body,
        '一、主要做法',
        '社区组织了六场消防知识讲座。' + body,
        '网格员逐户检查电动车充电情况。' + body,
        '二、下步打算',
        '继续加强巡查。' + body,
        '总之,消防安全只有起点没有终点,我们将常抓不懈。',
      ],
      closing: '总之,消防安全只有起点没',
    },
  ])('$name', ({ lines, closing }) => {
    const e = analyzeText('essay.txt', lines.join('\n')).essays[0];
    expect(e?.closing_first_words).toBe(closing);
  });
});
