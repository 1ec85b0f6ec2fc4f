import { body, describeSections, type SectionCase } from './section-cases';

/**
 * Numbered items as real pages write them, in short essays written for these tests: siblings and the
 * frames they share, a lone first item, and numbered lists run into a paragraph's text.
 */
const cases: SectionCase[] = [
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
];

describeSections('numbered items as headings', cases);
