import { body, describeSections, type SectionCase } from './section-cases';

/**
 * Standalone lines and labels as real pages write them, in short essays written for these tests: short
 * lines between paragraphs, and labels under numbered headings that hold the points below them.
 */
const cases: SectionCase[] = [
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
];

describeSections('standalone lines and labels as headings', cases);
