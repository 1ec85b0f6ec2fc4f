import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';

/** Essays written for these tests on topics the development corpus does not cover. */

interface Row {
  name: string;
  input: string;
  headings: Array<[number, string]>;
  groups?: Array<{ frame: string; members: number[] }>;
}

const body =
  '我们要把这项工作放在心上、抓在手上,一步一个脚印推进,确保取得实实在在的成效,让群众真正满意。';

const rows: Row[] = [
  {
    name: '一、 with (一) and 1、 (three levels)',
    input: [
      '安全生产工作总结',
      '今年以来,我们坚持安全发展理念,扎实推进各项安全生产工作。' + body,
      '一、主要做法',
      '(一)压实责任',
      '1、签订责任书。' + body,
      '2、开展督导检查。' + body,
      '(二)排查隐患',
      '1、建立台账。' + body,
      '2、限期整改。' + body,
      '二、存在问题',
      '部分企业主体责任落实不到位。' + body,
    ].join('\n'),
    headings: [
      [1, '一、主要做法'],
      [2, '(一)压实责任'],
      [3, '1、签订责任书。'],
      [3, '2、开展督导检查。'],
      [2, '(二)排查隐患'],
      [3, '1、建立台账。'],
      [3, '2、限期整改。'],
      [1, '二、存在问题'],
    ],
  },
  {
    name: '一是 inside paragraphs under 1. (two levels)',
    input: [
      '教师培训心得体会',
      '这次培训让我受益匪浅。' + body,
      '1.更新了教育理念。' + body + '一是明白了学生是主体。' + body + '二是懂得了因材施教。' + body,
      '2.提升了教学能力。' + body,
    ].join('\n'),
    headings: [
      [1, '1.更新了教育理念。'],
      [2, '一是明白了学生是主体。'],
      [2, '二是懂得了因材施教。'],
      [1, '2.提升了教学能力。'],
    ],
  },
  {
    name: '首先/其次/最后 and 第一/第二',
    input: [
      '读书心得',
      '读书是一辈子的事。' + body,
      '首先,读书要有恒心。' + body,
      '其次,读书要有方法。' + body + '第一,要做笔记。' + body + '第二,要常复习。' + body,
      '最后,读书要学以致用。' + body,
      '总之,让我们多读书、读好书。',
    ].join('\n'),
    headings: [
      [1, '首先,读书要有恒心。'],
      [1, '其次,读书要有方法。'],
      [2, '第一,要做笔记。'],
      [2, '第二,要常复习。'],
      [1, '最后,读书要学以致用。'],
    ],
  },
  {
    name: 'un-numbered parallel headings, three members',
    input: [
      '主题教育心得体会',
      '开展主题教育,是一次深刻的思想洗礼。' + body,
      '学思想要“深”,在学懂弄通上下功夫。' + body,
      '强党性要“实”,在知行合一上下功夫。' + body,
      '重实践要“细”,在为民办事上下功夫。' + body,
      '主题教育只有进行时,没有完成时。' + body,
    ].join('\n'),
    headings: [
      [1, '学思想要“深”,在学懂弄通上下功夫。'],
      [1, '强党性要“实”,在知行合一上下功夫。'],
      [1, '重实践要“细”,在为民办事上下功夫。'],
    ],
    groups: [{ frame: '…要“…”，在…上下功夫。', members: [0, 1, 2] }],
  },
  {
    name: 'parallel group of two',
    input: [
      '乡村振兴心得',
      '乡村振兴是一篇大文章。' + body,
      '产业兴旺是乡村振兴的基础。' + body,
      '生态宜居是乡村振兴的关键。' + body,
      '让我们为乡村振兴贡献力量!',
    ].join('\n'),
    headings: [
      [1, '产业兴旺是乡村振兴的基础。'],
      [1, '生态宜居是乡村振兴的关键。'],
    ],
    groups: [{ frame: '…是乡村振兴的…。', members: [0, 1] }],
  },
  {
    name: 'parallel group of five',
    input: [
      '安全生产讲话稿',
      '同志们,安全生产是头等大事。' + body,
      '抓安全要在“早”字上用力。' + body,
      '抓安全要在“严”字上用力。' + body,
      '抓安全要在“细”字上用力。' + body,
      '抓安全要在“实”字上用力。' + body,
      '抓安全要在“恒”字上用力。' + body,
    ].join('\n'),
    headings: [
      [1, '抓安全要在“早”字上用力。'],
      [1, '抓安全要在“严”字上用力。'],
      [1, '抓安全要在“细”字上用力。'],
      [1, '抓安全要在“实”字上用力。'],
      [1, '抓安全要在“恒”字上用力。'],
    ],
    groups: [{ frame: '抓安全要在“…”字上用力。', members: [0, 1, 2, 3, 4] }],
  },
  {
    name: 'second sentences sharing only a surname are not a parallel group',
    input: [
      '一部山村小说的读后感',
      '最近读完一部描写山村兄弟成长的小说,感触很深。' + body,
      '读书要读出“骨气”,不做“旁观者”。李晓光在工地上仍坚持夜读,他的骨气来自对知识的渴望。' + body,
      '读书要读出“勇气”,不做“逃兵”。李晓东在失败面前从不退缩,一次次从头再来。' + body,
      '读书要读出“底气”,不做“空谈家”。书中的每个人物都在用行动回答人生的问题。' + body,
      '让我们都做一个有骨气、有勇气、有底气的读书人!',
    ].join('\n'),
    headings: [
      [1, '读书要读出“骨气”,不做“旁观者”。'],
      [1, '读书要读出“勇气”,不做“逃兵”。'],
      [1, '读书要读出“底气”,不做“空谈家”。'],
    ],
    groups: [{ frame: '读书要读出“…气”，不做“…”。', members: [0, 1, 2] }],
  },
  {
    name: 'plain first sentences that share nothing are not headings',
    input: [
      '读书的乐趣',
      '小时候,家里的书架是我最爱去的地方。' + body,
      '上大学以后,图书馆成了第二个家。' + body,
      '工作之余,我仍然保持每天读书一小时。' + body,
    ].join('\n'),
    headings: [],
  },
  {
    name: 'a numbered list inside one sentence is not a heading',
    input: [
      '教师培训总结',
      '培训内容包括三个方面,一是师德师风,二是课堂教学,三是班级管理。' + body,
      '通过学习,我认识到要做到:一看备课、二看上课、三看辅导。' + body,
    ].join('\n'),
    headings: [],
  },
];

describe('headings, levels and parallel groups', () => {
  it.each(rows)('$name', ({ input, headings, groups }) => {
    const a = analyzeText('test.txt', input);
    expect(a.essays).toHaveLength(1);
    const e = a.essays[0];
    expect(e?.headings.map((h) => [h.level, h.text])).toEqual(headings);
    if (groups) {
      expect(e?.parallel_groups.map(({ frame, members }) => ({ frame, members }))).toEqual(groups);
    }
  });
});

describe('flattened paragraphs', () => {
  it('splits a line of space-separated paragraphs and finds inline headings in the segments', () => {
    const line = [
      '开展安全生产月活动,是落实安全责任的重要举措。' + body,
      '责任落实到岗,织密安全“防护网”。' + body,
      '隐患排查到底,守住安全“生命线”。' + body,
      '培训覆盖到人,筑牢安全“防火墙”。' + body,
    ].join(' ');
    const a = analyzeText('flat.txt', `安全生产月活动心得体会一:\n${line}`);
    const e = a.essays[0];
    expect(e?.paragraphs?.map((p) => p.line)).toEqual([2, 2, 2, 2]);
    expect(e?.headings.map((h) => h.text)).toEqual([
      '责任落实到岗,织密安全“防护网”。',
      '隐患排查到底,守住安全“生命线”。',
      '培训覆盖到人,筑牢安全“防火墙”。',
    ]);
  });

  it('does not split at a space after a comma', () => {
    const a = analyzeText('x.txt', '按照统一部署, “安全月”期间全员参加培训,人人过关。' + body);
    expect(a.essays[0]?.paragraphs).toHaveLength(1);
  });
});

describe('junk lines', () => {
  const page = [
    '• 首页',
    '• 工作总结',
    '• 心得体会',
    '• 演讲稿',
    '当前位置: 某某范文网 > 心得体会 > 正文',
    '',
    '教师培训心得体会',
    '',
    '发布时间:2023-05-06 10:20:31 来源:某某范文网 浏览:1024次',
    '',
    '这次培训让我收获很大。' + body,
    '',
    '上一篇:读书心得',
    '版权所有 © 2023 某某范文网',
  ];
  const rows: Array<{ line: number; junk: boolean }> = [
    { line: 1, junk: true },
    { line: 4, junk: true },
    { line: 5, junk: true },
    { line: 7, junk: false },
    { line: 9, junk: true },
    { line: 11, junk: false },
    { line: 13, junk: true },
    { line: 14, junk: true },
  ];
  const a = analyzeText('page.txt', page.join('\n'));
  it.each(rows)('line $line junk=$junk', ({ line, junk }) => {
    expect(a.junk_lines.includes(line)).toBe(junk);
  });
  it('keeps the essay with its title and start', () => {
    expect(a.essays).toHaveLength(1);
    expect(a.essays[0]?.title).toBe('教师培训心得体会');
    expect(a.essays[0]?.start.line).toBe(11);
  });
});

describe('collections', () => {
  it('splits titled essays and reads the compilation title', () => {
    const essay = (n: string): string =>
      [
        `乡村振兴心得体会${n}`,
        '近日,我参加了乡村振兴专题学习。' + body,
        '让我们投身乡村振兴!',
      ].join('\n');
    const text = ['乡村振兴心得体会范文【3篇】', essay('1'), essay('2'), essay('3')].join('\n');
    const a = analyzeText('c.txt', text);
    expect(a.compilation_title).toBe('乡村振兴心得体会范文【3篇】');
    expect(a.essays.map((e) => e.start.line)).toEqual([3, 6, 9]);
    expect(a.essays.map((e) => e.genre)).toEqual(['心得体会', '心得体会', '心得体会']);
  });

  it.each([
    {
      name: 'untitled essays run together: a closing paragraph, then an opening one',
      lines: [
        '安全生产心得体会(通用3篇)',
        '近日,我参加了公司组织的安全生产培训。' + body,
        '安全是企业的生命线,也是职工的幸福线。' + body,
        '总之,安全生产只有起点没有终点,让我们从自身做起、从小事做起,共同筑牢安全防线!',
        '5月12日,车间召开安全生产警示教育大会。' + body,
        '会上播放了事故案例,大家深受触动。' + body,
        '让我们携手努力,把安全责任落到实处!',
        '作为一名新入职的教师,我有幸参加了岗前培训。' + body,
        '培训内容丰富,既有师德讲座,也有课堂观摩。' + body,
        '今后,我将把所学用到教学中去,做一名合格的人民教师!',
      ],
      starts: [2, 5, 8],
    },
    {
      name: 'no untitled split when the titles already make the announced count',
      lines: [
        '读书心得体会【2篇】',
        '读书心得体会1',
        '近日,我读完了一本关于乡村教师的书。' + body,
        '总之,让我们多读书、读好书!',
        '今年,我给自己定下了每月读两本书的目标。' + body,
        '读书心得体会2',
        '近日,单位开展了读书分享活动。' + body,
        '让我们把读书当成一种习惯!',
      ],
      starts: [3, 7],
    },
  ])('$name', ({ lines, starts }) => {
    const a = analyzeText('c.txt', lines.join('\n'));
    expect(a.essays.map((e) => e.start.line)).toEqual(starts);
  });

  it('splits 篇一 / 篇二 headers', () => {
    const text = [
      '篇一:读书心得',
      '读书让我快乐。' + body,
      '篇二:读书心得',
      '读书让我成长。' + body,
    ].join('\n');
    expect(analyzeText('c.txt', text).essays.map((e) => e.start.line)).toEqual([2, 4]);
  });
});

describe('formulas', () => {
  it('reports the opening sentence and the closing words', () => {
    const a = analyzeText(
      'f.txt',
      ['读书心得', '书籍是人类进步的阶梯。我爱读书。', '让我们一起读书吧!'].join('\n'),
    );
    expect(a.essays[0]?.opening_formula).toBe('书籍是人类进步的阶梯。');
    expect(a.essays[0]?.closing_first_words).toBe('让我们一起读书吧!');
    expect(a.essays[0]?.end.line).toBe(3);
  });
});
