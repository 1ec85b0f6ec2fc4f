import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';
import { body, itReadsPages, type PageCase } from './page-cases';

/**
 * Pages as essay websites show them, written for these tests on topics of their own: what is the
 * essay's title, what is the page's furniture.
 */

const rows: PageCase[] = [
  {
    name: 'site name and section label above the title, counters below it',
    lines: [
      '全国志愿服务网——志愿者交流学习的公益门户网',
      '',
      '评论观点',
      '',
      '志愿服务要“细水长流”',
      '',
      '浏览:2391 次 发布时间:2025-03-05 09:12',
      '',
      '学雷锋纪念日前后,各地志愿服务活动一时很多,但志愿服务贵在坚持。' + body,
    ],
    titles: ['志愿服务要“细水长流”'],
    junk: [
      '全国志愿服务网——志愿者交流学习的公益门户网',
      '评论观点',
      '浏览:2391 次 发布时间:2025-03-05 09:12',
    ],
  },
  {
    name: 'a title repeated shorter over the text, and a school-and-name byline',
    lines: [
      '《植树造林》纪录片观后感800字',
      '来源:某某作文网 时间:2024-04-12 10:01',
      '《植树造林》纪录片观后感',
      '某某市实验中学2026届3班  林 晓',
      '',
      '看完这部纪录片,我对一棵树的意义有了新的认识。' + body,
    ],
    titles: ['《植树造林》纪录片观后感800字'],
    junk: ['来源:某某作文网 时间:2024-04-12 10:01', '某某市实验中学2026届3班  林 晓'],
  },
  {
    name: 'a compilation page showing its first essay: the indexed header is the title',
    lines: [
      '返回首页',
      '某某网 > 范文 > 心得体会 > 正文',
      '垃圾分类心得体会',
      '2025/06/01心得体会',
      '某某网整理的垃圾分类心得体会(精选8篇),供大家参考,希望能给您带来帮助。',
      '垃圾分类心得体会 篇1',
      '垃圾分类看似小事,却关系到每个人的生活环境。' + body,
    ],
    titles: ['垃圾分类心得体会 篇1'],
    junk: [
      '返回首页',
      '某某网 > 范文 > 心得体会 > 正文',
      '垃圾分类心得体会',
      '2025/06/01心得体会',
      '某某网整理的垃圾分类心得体会(精选8篇),供大家参考,希望能给您带来帮助。',
    ],
  },
  {
    name: 'a compilation line over a single untitled essay is furniture',
    lines: [
      '防汛工作心得体会(精选21篇)',
      '入汛以来,我们村严格落实防汛责任,汛期值班一天也没有断过。' + body,
      '防汛无小事,责任重于山。' + body,
    ],
    titles: [null],
    junk: ['防汛工作心得体会(精选21篇)'],
    compilation: null,
  },
  {
    name: 'the title is the line above a dash subtitle; the page title above it is furniture',
    lines: [
      '短片《守护》观后感',
      '把安全责任扛在肩上',
      '――短片《守护》观后感',
      '这部短片讲述了一名消防员在火场中救出三名群众的故事。' + body,
    ],
    titles: ['把安全责任扛在肩上'],
    junk: ['短片《守护》观后感'],
  },
  {
    name: 'a numbered list entry at the top of the page naming a kind of essay is the title',
    lines: [
      '更新时间:2024-05-06 08:30作者:某老师',
      '2、社区网格员培训学习心得',
      '这次培训让我对网格员的工作有了全新的认识。' + body,
      '网格虽小,连着千家万户。' + body,
    ],
    titles: ['2、社区网格员培训学习心得'],
    junk: ['更新时间:2024-05-06 08:30作者:某老师'],
  },
  {
    name: 'a lead-in that announces the body is body, not a title',
    lines: [
      '按照街道的统一安排,现将本社区今年以来的消防安全工作汇报如下:',
      '一、健全组织',
      '社区成立了消防安全工作领导小组。' + body,
    ],
    titles: [null],
    junk: [],
  },
  {
    name: 'a byline, a dateline and a signature above the footer',
    lines: [
      '文/周敏',
      '又到一年毕业季。' + body,
      '青春的路还很长。' + body,
      '陈一凡',
      '版权声明 本网所有稿件未经许可不得转载',
    ],
    titles: [null],
    junk: ['文/周敏', '陈一凡', '版权声明 本网所有稿件未经许可不得转载'],
  },
  {
    name: 'a short last line with nothing after it is the excerpt’s cut, not a signature',
    lines: ['读书月活动总结', '读书月活动开展以来,全校师生积极参与。' + body, '回顾'],
    titles: ['读书月活动总结'],
    junk: [],
  },
  {
    name: 'widgets, counters, paywalls and stray codes',
    lines: [
      '科技节活动总结',
      '某某网来稿 打印 纠错',
      '+ 加入清单',
      '全文共 1020 字',
      '3862',
      'xK9pQ2zLm7',
      '今年的科技节共收到学生作品两百余件。' + body,
      '微信扫一扫 分享到朋友圈',
      '登录后查看全文',
      '上一篇:运动会总结',
      '责任编辑:王某',
    ],
    titles: ['科技节活动总结'],
    junk: [
      '某某网来稿 打印 纠错',
      '+ 加入清单',
      '全文共 1020 字',
      '3862',
      'xK9pQ2zLm7',
      '微信扫一扫 分享到朋友圈',
      '登录后查看全文',
      '上一篇:运动会总结',
      '责任编辑:王某',
    ],
  },
  {
    name: 'font-size and print widgets, a lead-in note, a takedown notice, an author note',
    lines: [
      '网格员工作心得',
      '【字体:大 中 小】【打印】【关闭】',
      '导读:网格员是社区治理的“毛细血管”。',
      '阅读(215)',
      '走街串巷是网格员的日常。' + body,
      '(作者系某某街道网格员)',
      '本文来源于网络,如有侵权请联系删除',
      '相关搜索',
    ],
    titles: ['网格员工作心得'],
    junk: [
      '【字体:大 中 小】【打印】【关闭】',
      '导读:网格员是社区治理的“毛细血管”。',
      '阅读(215)',
      '(作者系某某街道网格员)',
      '本文来源于网络,如有侵权请联系删除',
      '相关搜索',
    ],
  },
  {
    name: 'a bracketed compilation label is furniture too',
    lines: ['【篇一】', '消防演练心得', '这次演练让我学会了使用灭火器。' + body],
    titles: ['消防演练心得'],
    junk: ['【篇一】'],
  },
  {
    name: 'two essays whose titles name their kind, with no compilation line',
    lines: [
      '《大河之北》观后感:一条河的记忆',
      '影片用一条河串起了一座城市百年的变迁。' + body,
      '这条河见证了太多的故事。' + body,
      '《大河之北》读后感:读懂一座城',
      '原著比影片更细腻,写出了普通人的悲欢。' + body,
    ],
    titles: ['《大河之北》观后感:一条河的记忆', '《大河之北》读后感:读懂一座城'],
    junk: [],
  },
  {
    name: 'a compilation repeats its name: the last copy is its title, the others furniture',
    lines: [
      '秋季运动会广播稿',
      '时间:2023-10-09 08:00:00',
      '秋季运动会广播稿',
      '秋季运动会广播稿',
      '运动会即将开始,下面是小编为大家整理的秋季运动会广播稿,欢迎大家阅读。',
      '秋季运动会广播稿1',
      '跑道上,你们像离弦的箭一样冲向终点。' + body,
      '秋季运动会广播稿2',
      '加油吧,运动健儿们!' + body,
    ],
    titles: ['秋季运动会广播稿1', '秋季运动会广播稿2'],
    junk: [
      '秋季运动会广播稿',
      '时间:2023-10-09 08:00:00',
      '秋季运动会广播稿',
      '运动会即将开始,下面是小编为大家整理的秋季运动会广播稿,欢迎大家阅读。',
    ],
    compilation: '秋季运动会广播稿',
  },
  {
    name: 'a role-and-name byline with a slash',
    lines: ['社区治理要“绣花功夫”', '特约评论员/周文', '社区是城市治理的神经末梢。' + body],
    titles: ['社区治理要“绣花功夫”'],
    junk: ['特约评论员/周文'],
  },
  {
    name: 'a topic page: section word, a note about the collection, counters, then the essay',
    lines: [
      '读后感',
      '读后感作文专题栏目,提供与读后感相关内容的作文集合,希望能快速帮助您找到有用的信息。',
      '浏览',
      '5120',
      '《平凡的世界》读后感',
      '全文共 812 字',
      '读完这本书,我久久不能平静。' + body,
      '展开阅读全文',
    ],
    titles: ['《平凡的世界》读后感'],
    junk: [
      '读后感',
      '读后感作文专题栏目,提供与读后感相关内容的作文集合,希望能快速帮助您找到有用的信息。',
      '浏览',
      '5120',
      '全文共 812 字',
      '展开阅读全文',
    ],
  },
  {
    name: 'a greeting under the salutation is the speech, not a byline',
    lines: [
      '让志愿精神代代相传',
      '同学们:',
      '大家好',
      '今天我演讲的题目是“让志愿精神代代相传”。' + body,
    ],
    titles: ['让志愿精神代代相传'],
    junk: [],
  },
  {
    name: 'a bare compilation label is furniture; the title is the line below it',
    lines: ['第 1 篇', '社区义诊活动心得', '这次义诊,我们为三百多位居民量了血压。' + body],
    titles: ['社区义诊活动心得'],
    junk: ['第 1 篇'],
  },
  {
    name: 'keeps a dash subtitle with the title, neither title nor furniture',
    lines: [
      '把安全责任扛在肩上',
      '——短片《守护》观后感',
      '这部短片讲述了一名消防员的故事。' + body,
    ],
    titles: ['把安全责任扛在肩上'],
    junk: [],
    subtitle: '——短片《守护》观后感',
  },
];

describe('spam and mis-decoded lines', () => {
  it('a line of characters no Chinese text uses is furniture; plain text beside it is not', () => {
    // what a UTF-8 line becomes when it is read as GBK
    const garbled = new TextDecoder('gb18030').decode(
      new TextEncoder().encode('本文来源于网络,版权归原作者所有'),
    );
    const lines = ['社区义诊活动心得', garbled, '这次义诊,我们为三百多位居民量了血压。' + body];
    const a = analyzeText('page.txt', lines.join('\n'));
    expect(a.junk_lines).toEqual([2]);
    expect(a.essays[0]?.title).toBe('社区义诊活动心得');
  });
});

describe('page headers: titles and furniture', () => {
  itReadsPages(rows);
});
