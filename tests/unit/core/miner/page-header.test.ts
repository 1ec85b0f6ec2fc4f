import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';
import { isJunkLine } from '../../../../electron/core/miner/junk';

/**
 * Pages as essay websites show them, written for these tests on topics of their own: what is the
 * essay's title, what is the page's furniture.
 */

const body =
  '我们要把这项工作放在心上、抓在手上,一步一个脚印推进,确保取得实实在在的成效,让群众真正满意。';

interface Row {
  name: string;
  lines: string[];
  titles: Array<string | null>;
  junk: string[];
  compilation?: string | null;
}

const rows: Row[] = [
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
    name: 'a list entry numbered 1 keeps its title over sections numbered 一、 二、',
    lines: [
      '1、社区网格员培训学习心得',
      '这次培训让我对网格员的工作有了全新的认识。' + body,
      '一、提高认识',
      '网格虽小,连着千家万户。' + body,
      '二、改进方法',
      '走访要细,记录要全。' + body,
    ],
    titles: ['1、社区网格员培训学习心得'],
    junk: [],
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
    name: 'a list of related pages after the essay, under a list heading or dated',
    lines: [
      '植树节活动总结',
      '三月十二日,全校师生来到河边参加植树活动。' + body,
      '这次活动让同学们懂得了爱护环境的道理。' + body,
      '猜你喜欢',
      '学校植树活动方案',
      '春季绿化倡议书',
      '植树节国旗下讲话 03-10',
      '班级植树活动小结(2024-03-12)',
    ],
    titles: ['植树节活动总结'],
    junk: [
      '猜你喜欢',
      '学校植树活动方案',
      '春季绿化倡议书',
      '植树节国旗下讲话 03-10',
      '班级植树活动小结(2024-03-12)',
    ],
  },
  {
    name: 'three page titles ending a page after a finished paragraph are a list of links',
    lines: [
      '植树节活动总结',
      '三月十二日,全校师生来到河边参加植树活动。' + body,
      '这次活动让同学们懂得了爱护环境的道理。' + body,
      '学校植树活动方案',
      '春季绿化倡议书',
      '植树节国旗下讲话稿',
    ],
    titles: ['植树节活动总结'],
    junk: ['学校植树活动方案', '春季绿化倡议书', '植树节国旗下讲话稿'],
  },
  {
    name: 'a page title with a word count and a summary line above an indexed title',
    lines: [
      '《长津湖》观后感',
      '时间:2023-04-08 11:13:17',
      '《长津湖》观后感[此文共3210字]',
      '[摘要]《长津湖》观后感为网友投稿推荐,但愿对你的学习工作带来帮助。',
      '《长津湖》观后感一',
      '看完这部电影,我久久不能平静。' + body,
      '志愿军战士们的英勇让我泪流满面。' + body,
    ],
    titles: ['《长津湖》观后感一'],
    junk: [
      '《长津湖》观后感',
      '时间:2023-04-08 11:13:17',
      '《长津湖》观后感[此文共3210字]',
      '[摘要]《长津湖》观后感为网友投稿推荐,但愿对你的学习工作带来帮助。',
    ],
  },
  {
    name: 'a headline, then a near copy of it above the text: the headline is the title',
    lines: [
      '党课讲稿 党课讲稿弘扬劳模精神',
      '时间:2020-12-05 10:39:50 来源:网友投稿',
      '党课讲稿 党课讲稿:弘扬劳模的精神',
      '同志们,今天我们一起学习劳模精神。' + body,
    ],
    titles: ['党课讲稿 党课讲稿弘扬劳模精神'],
    junk: ['时间:2020-12-05 10:39:50 来源:网友投稿'],
  },
  {
    name: 'copies of the page title above an editor’s note are the page’s; the title is below it',
    lines: [
      '观后感',
      '禁毒教育观后感',
      '时间:2024-06-29 07:02:10 观后感 我要投稿',
      '禁毒教育观后感',
      '看完一部影片,总有话想说。以下是小编精心整理的禁毒教育观后感,希望对大家有所帮助。',
      '禁毒教育观后感',
      '毒品给一个个家庭带来的伤害让我震惊。' + body,
    ],
    titles: ['禁毒教育观后感'],
    junk: [
      '观后感',
      '禁毒教育观后感',
      '时间:2024-06-29 07:02:10 观后感 我要投稿',
      '禁毒教育观后感',
      '看完一部影片,总有话想说。以下是小编精心整理的禁毒教育观后感,希望对大家有所帮助。',
    ],
  },
  {
    name: 'a headline set on two lines above a dash subtitle starts on the upper line',
    lines: [
      '凝心聚力谋发展',
      '砥砺奋进新征程',
      '——学习全会精神心得体会',
      '全会的召开,为我们指明了前进方向。' + body,
    ],
    titles: ['凝心聚力谋发展'],
    junk: [],
  },
  {
    name: 'a collection’s name without a count, the only line above the text, is its title',
    lines: [
      '时间:2023-04-08 11:13:17',
      '网格员工作心得范文大全',
      '这次培训让我对网格员的工作有了全新的认识。' + body,
      '网格虽小,连着千家万户。' + body,
    ],
    titles: ['网格员工作心得范文大全'],
    junk: ['时间:2023-04-08 11:13:17'],
  },
  {
    name: 'a page title with a count and the site’s name over one untitled essay',
    lines: [
      '社区工作心得体会5篇 - 某某文库',
      '社区是城市治理的基本单元,做好社区工作关系到千家万户。去年以来,我积累了不少经验。',
      '在疫情防控期间,我和同事们日夜坚守在一线,为居民送菜送药,没有一个人叫苦叫累。',
      '让我们携手共建美好家园,为社区的明天贡献力量!',
      '近日,社区召开了居民议事会,大家围绕停车难问题展开讨论,提出了很多好建议。',
      '我相信,只要我们心往一处想,劲往一处使,就没有克服不了的困难。',
    ],
    titles: [null],
    junk: ['社区工作心得体会5篇 - 某某文库'],
    compilation: null,
  },
  {
    name: 'a count the excerpt is too short to hold, over untitled text: one essay, not a split',
    lines: [
      '社区工作心得体会(通用5篇)',
      '社区是城市治理的基本单元,做好社区工作关系到千家万户。去年以来,我积累了不少经验。',
      '在疫情防控期间,我和同事们日夜坚守在一线,为居民送菜送药,没有一个人叫苦叫累。',
      '让我们携手共建美好家园,为社区的明天贡献力量!',
      '近日,社区召开了居民议事会,大家围绕停车难问题展开讨论,提出了很多好建议。',
      '我相信,只要我们心往一处想,劲往一处使,就没有克服不了的困难。',
    ],
    titles: [null],
    junk: ['社区工作心得体会(通用5篇)'],
    compilation: null,
  },
  {
    name: 'document widgets: format, preview, load-more, full-version download, app card',
    lines: [
      '社区工作总结',
      '文档格式:.doc 文档页数:5页',
      '社区开展了垃圾分类宣传活动,入户宣传三千余户。' + body,
      '(此处已添加小程序卡片,请到客户端查看)',
      '温馨提示:当前文档最多只能预览5页',
      '点击加载更多',
      '【完整版】请下载',
    ],
    titles: ['社区工作总结'],
    junk: [
      '文档格式:.doc 文档页数:5页',
      '(此处已添加小程序卡片,请到客户端查看)',
      '温馨提示:当前文档最多只能预览5页',
      '点击加载更多',
      '【完整版】请下载',
    ],
  },
  {
    name: 'the title shown again inside the text is neither a title nor the text; footers',
    lines: [
      '当前位置:某某网 > 作文 > 观后感',
      '《长江之歌》观后感',
      '来源:某某网 阅读:2.1W 次',
      '这部纪录片让我看到了一条大河的千年变迁。' + body,
      '《长江之歌》观后感',
      '江水奔流不息,就像我们的民族生生不息。' + body,
      'Copyright © 2024. 某某网 All rights reserved. 某ICP备12345678号-1',
      '部分文章内容由网友提供,因种种原因未能与原作者联系上,若涉及版权问题,敬请原作者联系我们,立即处理。',
    ],
    titles: ['《长江之歌》观后感'],
    junk: [
      '当前位置:某某网 > 作文 > 观后感',
      '来源:某某网 阅读:2.1W 次',
      'Copyright © 2024. 某某网 All rights reserved. 某ICP备12345678号-1',
      '部分文章内容由网友提供,因种种原因未能与原作者联系上,若涉及版权问题,敬请原作者联系我们,立即处理。',
    ],
  },
  {
    name: 'class-and-name bylines, above the text or below it',
    lines: [
      '我的军训生活',
      '2203班 李明',
      '军训的第一天,太阳火辣辣地照着操场。' + body,
      '教官的口令声响彻云霄。' + body,
      '高二(3)班 王小明',
      '班级:2203 姓名:李明',
    ],
    titles: ['我的军训生活'],
    junk: ['2203班 李明', '高二(3)班 王小明', '班级:2203 姓名:李明'],
  },
  {
    name: 'login walls and hidden-text widgets',
    lines: [
      '社区工作总结',
      '社区开展了垃圾分类宣传活动,入户宣传三千余户。' + body,
      '剩余内容已隐藏,请下载后查看',
      '本文为会员内容,请登录后阅读。',
      '还剩80%未读,继续阅读',
    ],
    titles: ['社区工作总结'],
    junk: ['剩余内容已隐藏,请下载后查看', '本文为会员内容,请登录后阅读。', '还剩80%未读,继续阅读'],
  },
];

describe('page furniture is told from essay text', () => {
  it.each([
    '我们要下载学习资料,认真阅读。',
    '截至2023年12月31日',
    '时间管理 12.5',
    '织密织牢 防疫安全网',
    '初三(2)班 班会总结',
    '在全县大会上的讲话(完整版)',
    '全面展开安全大检查',
    '一、更多关注困难群众',
    '我会继续阅读更多的好书。',
    '我下载学习强国后每天阅读文章。',
  ])('%s is not furniture', (line) => {
    expect(isJunkLine(line)).toBe(false);
  });
});

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
  it('keeps a dash subtitle with the title, neither title nor furniture', () => {
    const a = analyzeText(
      'page.txt',
      [
        '把安全责任扛在肩上',
        '——短片《守护》观后感',
        '这部短片讲述了一名消防员的故事。' + body,
      ].join('\n'),
    );
    expect(a.essays[0]).toMatchObject({
      title: '把安全责任扛在肩上',
      subtitle: '——短片《守护》观后感',
    });
    expect(a.junk_lines).toEqual([]);
  });

  it.each(rows)('$name', ({ lines, titles, junk, compilation }) => {
    const a = analyzeText('page.txt', lines.join('\n'));
    expect(a.essays.map((e) => e.title)).toEqual(titles);
    expect(a.junk_lines.map((n) => lines[n - 1]?.trim())).toEqual(junk);
    if (compilation !== undefined) expect(a.compilation_title).toBe(compilation);
  });
});
