import { body, describeSections, type SectionCase } from './section-cases';

/**
 * Un-numbered headings as real pages write them, in short essays written for these tests: paragraph
 * openings that share a frame clause by clause, keyword-colon openings, and the sentences that only
 * look like them (a figure of speech, questions, a closing of the same form).
 */
const cases: SectionCase[] = [
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

describeSections('paragraph openings as headings', cases);
