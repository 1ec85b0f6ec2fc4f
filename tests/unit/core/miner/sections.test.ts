import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';

/**
 * Headings as real pages write them, in short essays written for these tests: which sentences
 * and lines head sections, at which level, and which siblings share a frame.
 */

const body =
  '我们要把这项工作放在心上、抓在手上,一步一个脚印推进,确保取得实实在在的成效,让群众真正满意。';

interface Row {
  name: string;
  lines: string[];
  headings: Array<[number, string]>;
  groups?: Array<{ frame: string; members: number[]; confidence?: string }>;
  weak?: Array<{ frame: string; members: number[] }>;
}

const rows: Row[] = [
  {
    name: 'paragraph openings sharing two characters clause by clause',
    lines: [
      '青年志愿者培训心得',
      '三天的培训让我对志愿服务有了新的理解。' + body,
      '练体能,就要日日坚持。' + body,
      '学技能,就要精益求精。' + body,
      '强作风,就要令行禁止。' + body,
    ],
    headings: [
      [1, '练体能,就要日日坚持。'],
      [1, '学技能,就要精益求精。'],
      [1, '强作风,就要令行禁止。'],
    ],
    groups: [{ frame: '…，就要…。', members: [0, 1, 2], confidence: 'high' }],
  },
  {
    name: 'two openings with a shared character in each clause',
    lines: [
      '消防员的一天',
      '跟班体验消防员的工作,是我难忘的经历。' + body,
      '一次出征,一生难忘。' + body,
      '一份坚守,一生荣光。' + body,
    ],
    headings: [
      [1, '一次出征,一生难忘。'],
      [1, '一份坚守,一生荣光。'],
    ],
    groups: [{ frame: '一…，一生…。', members: [0, 1] }],
  },
  {
    name: 'openings are the headings where the second sentences are parallel too',
    lines: [
      '读书班学习体会',
      '参加读书班以来,我系统学习了几部经典著作。' + body,
      '读原著,就要读懂读透。原著,“读”是基础。' + body,
      '悟原理,就要悟深悟实。原理,“悟”是关键。' + body,
    ],
    headings: [
      [1, '读原著,就要读懂读透。'],
      [1, '悟原理,就要悟深悟实。'],
    ],
  },
  {
    name: 'two inline openings with ASCII punctuation',
    lines: [
      '主题党日活动心得',
      '这次主题党日活动安排紧凑、内容丰富。' + body,
      '以知促行,争做讲政治的党员干部。' + body,
      '以行促知,争做有作为的党员干部。' + body,
    ],
    headings: [
      [1, '以知促行,争做讲政治的党员干部。'],
      [1, '以行促知,争做有作为的党员干部。'],
    ],
    groups: [{ frame: '以…促…，争做…的党员干部。', members: [0, 1] }],
  },
  {
    name: 'keyword-and-colon openings are headings with a low-confidence group',
    lines: [
      '党员冬训心得',
      '今年的冬训安排了理论学习和实践活动。' + body,
      '学理论:打牢思想根基。' + body,
      '强本领:练就过硬本事,服务群众。' + body,
      '重实践:扎根一线。' + body,
    ],
    headings: [
      [1, '学理论:打牢思想根基。'],
      [1, '强本领:练就过硬本事,服务群众。'],
      [1, '重实践:扎根一线。'],
    ],
    groups: [{ frame: '…：…', members: [0, 1, 2], confidence: 'low' }],
  },
  {
    name: 'one shared character in one place of one form still makes a set',
    lines: [
      '社区夜巡队员事迹学习体会',
      '夜巡队员们的事迹让我深受感动。' + body,
      '守护“万家灯火”,温暖一方百姓。' + body,
      '点亮“满天星火”,照亮前行道路。' + body,
    ],
    headings: [
      [1, '守护“万家灯火”,温暖一方百姓。'],
      [1, '点亮“满天星火”,照亮前行道路。'],
    ],
    groups: [{ frame: '…“…火”，…。', members: [0, 1], confidence: 'low' }],
  },
  {
    name: 'numbered siblings sharing one character: headings kept, the pattern only offered',
    lines: [
      '党支部书记述职报告',
      '一年来,我带领支部一班人扎实工作。' + body,
      '一、加强理论学习,打牢思想之基',
      '支部坚持每月集中学习。' + body,
      '二、改进工作作风,树立为民之风',
      '支部党员下沉网格。' + body,
      '三、严守纪律规矩,守住廉洁之线',
      '支部开展了警示教育。' + body,
    ],
    headings: [
      [1, '一、加强理论学习,打牢思想之基'],
      [1, '二、改进工作作风,树立为民之风'],
      [1, '三、严守纪律规矩,守住廉洁之线'],
    ],
    groups: [],
    weak: [{ frame: '…，…之…', members: [0, 1, 2] }],
  },
  {
    name: 'numbered siblings sharing two characters are a group',
    lines: [
      '教研组工作总结',
      '本学期教研组围绕课堂教学开展工作。' + body,
      '一、备课组长才能带好头',
      '备课组长每周组织一次集体备课。' + body,
      '二、青年教师才能快成长',
      '青年教师与骨干教师结对。' + body,
    ],
    headings: [
      [1, '一、备课组长才能带好头'],
      [1, '二、青年教师才能快成长'],
    ],
    groups: [{ frame: '…才能…', members: [0, 1], confidence: 'medium' }],
  },
  {
    name: 'a lone first item is a heading where the excerpt ends after it',
    lines: [
      '在社区党支部书记培训班上的讲话',
      '同志们:',
      '今天把大家召集起来,主要是交流社区治理的经验。' + body,
      '一、常怀为民之心。社区工作千头万绪,归根到底是为群众办事。' + body,
    ],
    headings: [[1, '一、常怀为民之心。']],
  },
  {
    name: 'a lone 首先 at the end of an excerpt is a heading',
    lines: [
      '学习新修订条例心得体会',
      '新修订的条例对基层工作提出了新要求。' + body,
      '首先,要把群众的事当成自己的事。' + body,
    ],
    headings: [[1, '首先,要把群众的事当成自己的事。']],
  },
  {
    name: 'a lone 首先 in the middle of a text is not a heading',
    lines: [
      '在敬老院慰问时的讲话',
      '各位老人、同志们,新春佳节就要到了。' + body,
      '首先,我代表街道党工委向大家致以节日的问候。' + body,
      '这些年,敬老院的条件越来越好。' + body,
      '希望工作人员继续用心服务。' + body,
      '最后,祝大家身体健康!',
    ],
    headings: [],
  },
  {
    name: 'a list run into a paragraph after a colon is not headings',
    lines: [
      '社区年度工作总结',
      '一年来,社区各项工作稳步推进。' + body,
      '一、主要成绩',
      '一年来的工作集中体现在两个方面:一是完成了老旧小区改造,新建停车位两百个;加装电梯十部。二是建成了社区食堂,日均就餐三百人次。' +
        body,
    ],
    headings: [[1, '一、主要成绩']],
  },
  {
    name: 'a numbered list run into a paragraph’s text is the text, not headings',
    lines: [
      '驻村工作心得',
      '驻村一年来,我对农村工作有了更深的体会。' + body,
      '一、沉下身子',
      '要把自己当成村里人,真正融入群众之中。一要多走访。' +
        body +
        '二要多倾听。' +
        body +
        '三要多办事。' +
        body,
      '二、找准路子',
      '发展产业是村里最大的事。' + body,
    ],
    headings: [
      [1, '一、沉下身子'],
      [1, '二、找准路子'],
    ],
  },
  {
    name: 'the same list under a heading that opens the paragraph is its sub-points',
    lines: [
      '驻村工作心得',
      '驻村一年来,我对农村工作有了更深的体会。' + body,
      '沉下身子,当好群众的贴心人。一要多走访。' + body + '二要多倾听。' + body,
      '找准路子,当好发展的带头人。一要选好项目。' + body + '二要带好头。' + body,
    ],
    headings: [
      [1, '沉下身子,当好群众的贴心人。'],
      [2, '一要多走访。'],
      [2, '二要多倾听。'],
      [1, '找准路子,当好发展的带头人。'],
      [2, '一要选好项目。'],
      [2, '二要带好头。'],
    ],
  },
  {
    name: 'short standalone lines under numbered headings are level-2 sections of one essay',
    lines: [
      '社区消防安全工作总结',
      '今年以来,社区把消防安全摆在突出位置。' + body,
      '一、主要做法',
      '强化宣传教育',
      '社区组织了六场消防知识讲座。' + body,
      '开展隐患排查',
      '网格员逐户检查电动车充电情况。' + body,
      '二、下步打算',
      '继续加强巡查。' + body,
    ],
    headings: [
      [1, '一、主要做法'],
      [2, '强化宣传教育'],
      [2, '开展隐患排查'],
      [1, '二、下步打算'],
    ],
  },
  {
    name: 'three standalone lines that share nothing are the sections',
    lines: [
      '观影有感',
      '周末和同事一起观看了一部讲述乡村教师的电影。' + body,
      '讲台上的坚守',
      '影片中的老师在山里教了三十年书。' + body,
      '孩子们眼里的光',
      '每当孩子们答对一道题,他们的眼睛就亮了。' + body,
      '传承与希望',
      '如今,当年的学生又回到了这所学校。' + body,
    ],
    headings: [
      [1, '讲台上的坚守'],
      [1, '孩子们眼里的光'],
      [1, '传承与希望'],
    ],
  },
  {
    name: 'a label with a colon under a numbered heading holds the 一是 items',
    lines: [
      '街道干部年度述职报告',
      '一年来,我认真履行工作职责。' + body,
      '一、履职情况',
      '在工作中,我坚持把群众满意作为标准。' + body,
      '社区治理:',
      '一是完善网格管理,提升服务效率。' + body,
      '二是推进平安建设,化解矛盾纠纷。' + body,
    ],
    headings: [
      [1, '一、履职情况'],
      [2, '社区治理:'],
      [3, '一是完善网格管理,提升服务效率。'],
      [3, '二是推进平安建设,化解矛盾纠纷。'],
    ],
  },
  {
    name: 'a label sentence opening a paragraph under a numbered heading',
    lines: [
      '在防汛工作会议上的讲话',
      '同志们:',
      '今天召开会议,主要是部署今年的防汛工作。' + body,
      '第一点,要压紧压实防汛责任',
      '防汛工作事关群众生命财产安全。' + body,
      '水库安全方面。当前已进入主汛期,各水库要严格执行汛限水位。' + body,
    ],
    headings: [
      [1, '第一点,要压紧压实防汛责任'],
      [2, '水库安全方面。'],
    ],
  },
  {
    name: 'two parallel sentences close together in one paragraph are a figure, not headings',
    lines: [
      '尊敬的老师、亲爱的同学们:',
      '大家好!今天我演讲的题目是“劳动”。' + body,
      '劳动是一首歌,它唱出了生活的节奏。每一份付出都有回响。劳动也是一幅画,它画出了生活的颜色。' +
        body,
      '让我们热爱劳动,在劳动中成长。' + body,
    ],
    headings: [],
  },
  {
    name: 'questions put to the reader are not headings',
    lines: [
      '基层减负心得',
      '基层减负是近年来大家关心的话题。' + body,
      '这些难题怎么破?' + body,
      '这些短板怎么补?' + body,
    ],
    headings: [],
  },
  {
    name: 'a short closing paragraph of the same form does not make a set',
    lines: [
      '安全月活动心得',
      '安全生产月活动开展以来,车间面貌焕然一新。' + body,
      '筑牢“防火墙”。' + body,
      '拧紧“安全阀”。' + body,
      '大家“向前冲”。',
    ],
    headings: [],
  },
];

describe('sections of real-page essays', () => {
  it.each(rows)('$name', ({ lines, headings, groups, weak }) => {
    const a = analyzeText('essay.txt', lines.join('\n'));
    expect(a.essays).toHaveLength(1);
    const e = a.essays[0];
    expect(e?.headings.map((h) => [h.level, h.text])).toEqual(headings);
    if (groups) {
      expect(
        e?.parallel_groups.map((g) => ({
          frame: g.frame,
          members: g.members,
          ...(groups.some((x) => x.confidence) ? { confidence: g.confidence } : {}),
        })),
      ).toEqual(groups);
    }
    if (weak) {
      expect(e?.weak_groups?.map(({ frame, members }) => ({ frame, members }))).toEqual(weak);
      expect(
        e?.weak_groups?.every((g) => g.confidence === 'low' && g.reason?.includes('一个共同字')),
      ).toBe(true);
    }
  });
});

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
