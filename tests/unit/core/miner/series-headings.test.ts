import { body, describeSections, type SectionCase } from './section-cases';

/**
 * Section headings that take more than one sentence to tell, in short essays written for these
 * tests: a series of openings and the points that break its frame, a heading under the title, a
 * numbered first line, and the sentences that look like headings and are text.
 */

/** An essay's opening and three points in one frame, for cases about what may follow them. */
const threePoints = [
  '社区工作心得',
  '社区是服务群众的最后一公里,做好社区工作意义重大。' + body,
  '提升社区干部的服务意识。' + body,
  '增强社区干部的业务能力。' + body,
  '激发社区干部的工作热情。' + body,
];

const rows: SectionCase[] = [
  {
    name: 'two openings in one measured form sharing a two-character start',
    lines: [
      '青年干部学习心得',
      '参加这次培训,我对如何做一名合格的青年干部有了更深的认识。' + body,
      '以学铸魂,筑牢信仰根基。' + body,
      '以学增智,提升履职本领。' + body,
    ],
    headings: [
      [1, '以学铸魂,筑牢信仰根基。'],
      [1, '以学增智,提升履职本领。'],
    ],
    groups: [{ frame: '以学…，…。', members: [0, 1] }],
  },
  {
    name: 'two openings of prose that share a subject are not headings',
    lines: [
      '社区工作体会',
      '参加这次培训,我对如何做一名合格的社区干部有了更深的认识。' + body,
      '我们社区有三千多户居民,老年人占了一半。' + body,
      '我们始终把群众的事放在心上,每天走访二十户。' + body,
    ],
    headings: [],
  },
  {
    name: 'a further point that breaks the frame, and the first point of a second series',
    lines: [
      ...threePoints,
      '密切联系群众。' + body,
      '社区工作千头万绪,需要我们不断总结经验。' + body,
      // an excerpt cut in the point's text
      '树立正确的服务理念。服务群众是社区工作的出发点,我们要把',
    ],
    headings: [
      [1, '提升社区干部的服务意识。'],
      [1, '增强社区干部的业务能力。'],
      [1, '激发社区干部的工作热情。'],
      [1, '密切联系群众。'],
      [1, '树立正确的服务理念。'],
    ],
    groups: [{ frame: '…社区干部的…。', members: [0, 1, 2] }],
  },
  {
    name: 'a finished closing paragraph in the series’ form is no further point',
    lines: [...threePoints, '路虽远行则必至。社区工作没有终点,我们永远在路上。'],
    headings: [
      [1, '提升社区干部的服务意识。'],
      [1, '增强社区干部的业务能力。'],
      [1, '激发社区干部的工作热情。'],
    ],
  },
  {
    name: 'a line heading right under the title opens the first of a series of sections',
    lines: [
      '网格员工作体会',
      '一次走访的收获',
      '去年冬天,我第一次走进独居老人的家。' + body,
      '网格里的烟火气',
      '每天清晨,我都会在网格里转一圈。' + body,
      '群众的信任最珍贵',
      '时间久了,居民们都愿意跟我说心里话。' + body,
    ],
    headings: [
      [1, '一次走访的收获'],
      [1, '网格里的烟火气'],
      [1, '群众的信任最珍贵'],
    ],
    title: '网格员工作体会',
  },
  {
    name: 'a numbered first line the text goes on numbering is the first section, not a title',
    lines: [
      '一、对安全生产工作的感悟',
      '安全生产是企业发展的生命线,必须常抓不懈。' + body,
      '(一)提高思想认识。安全责任重于泰山。' + body,
      '(二)压实工作责任。层层签订责任书。' + body,
    ],
    headings: [
      [1, '一、对安全生产工作的感悟'],
      [2, '(一)提高思想认识。'],
      [2, '(二)压实工作责任。'],
    ],
    title: null,
  },
  {
    name: 'a long numbered line heading, shorter than the text under it',
    lines: [
      '在全镇安全生产工作会议上的讲话',
      '同志们:',
      '今天召开这次会议,主要是部署今年的安全生产工作。' + body,
      '一、充分认识做好今年安全生产工作的重要意义,切实增强抓好安全生产工作的责任感和紧迫感',
      '(一)安全生产是发展的前提。近年来,全镇安全生产形势总体平稳。' + body,
      '(二)安全生产是民生的底线。群众的生命安全高于一切。' + body,
    ],
    headings: [
      [1, '一、充分认识做好今年安全生产工作的重要意义,切实增强抓好安全生产工作的责任感和紧迫感'],
      [2, '(一)安全生产是发展的前提。'],
      [2, '(二)安全生产是民生的底线。'],
    ],
  },
  {
    name: 'a first word that announces the points with a colon heads nothing itself',
    lines: [
      '在全镇安全生产工作会议上的讲话',
      '同志们:',
      '今天召开这次会议,主要是部署今年的安全生产工作。' + body,
      '首先就安全生产工作讲三点意见:',
      '一、提高认识,增强做好安全生产工作的责任感',
      '(一)安全生产是发展的前提。近年来,全镇安全生产形势总体平稳。' + body,
      '(二)安全生产是民生的底线。群众的生命安全高于一切。' + body,
    ],
    headings: [
      [1, '一、提高认识,增强做好安全生产工作的责任感'],
      [2, '(一)安全生产是发展的前提。'],
      [2, '(二)安全生产是民生的底线。'],
    ],
  },
  {
    name: 'sentences alike running through a paragraph are a figure, not headings',
    lines: [
      '学习英雄事迹心得',
      '英雄的事迹感动了我们每一个人。' + body,
      '他们用青春守护家园,用汗水浇灌希望。他们用行动诠释担当,用坚守兑现承诺。在平凡的岗位上,他们做出了不平凡的事业。' +
        body,
      '他们是新时代的楷模。他们用生命捍卫尊严,用热血书写忠诚。每当想起他们,我都热泪盈眶。' + body,
    ],
    headings: [],
  },
  {
    name: 'under numbered line headings, paragraph openings sharing a subject are text',
    lines: [
      '学校安全工作总结',
      '今年以来,学校坚持安全第一,全面加强安全工作。' + body,
      '一、加强组织领导',
      '学校党支部高度重视安全工作,成立了领导小组。' + body,
      '学校党支部定期召开会议研究安全问题。' + body,
      '二、健全规章制度',
      '学校党支部制定了十项安全制度。' + body,
      '学校党支部坚持每月检查一次制度落实。' + body,
    ],
    headings: [
      [1, '一、加强组织领导'],
      [1, '二、健全规章制度'],
    ],
  },
  {
    name: 'a short opening that echoes the end of a long one is no pair of headings',
    lines: [
      '青春演讲稿',
      '大家好,我是高二(3)班的一名学生,今天我演讲的题目是“奋斗”。' + body,
      '少年的心中谁没有远方的山海,追梦的路上谁不想收获奋斗的果实。' + body,
      '山海辽阔,奋斗果实。一个勤奋的人,怎么会没有收获呢?' + body,
    ],
    headings: [],
  },
];

describeSections('headings of a series and what only looks like one', rows);
