import { describe, expect, it } from 'vitest';
import { isJunkLine } from '../../../../electron/core/miner/junk';
import { body, itReadsPages, type PageCase } from './page-cases';

/**
 * What surrounds an essay on a web page and is no part of it, on pages written for these tests:
 * lists of other pages, gates and widgets, bylines, footers, the title shown again.
 */

const rows: PageCase[] = [
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
      '本段需经授权方可浏览',
    ],
    titles: ['社区工作总结'],
    junk: [
      '剩余内容已隐藏,请下载后查看',
      '本文为会员内容,请登录后阅读。',
      '还剩80%未读,继续阅读',
      '本段需经授权方可浏览',
    ],
  },
  {
    name: 'numbered headings stacked at the end of an excerpt are no list of links',
    lines: [
      '社区工作总结',
      '社区开展了垃圾分类宣传活动,入户宣传三千余户。' + body,
      '三、下步打算',
      '(一)加强学习',
      '(二)强化管理',
    ],
    titles: ['社区工作总结'],
    junk: [],
  },
  {
    name: 'list entries dated at the start',
    lines: [
      '社区工作总结',
      '社区开展了垃圾分类宣传活动,入户宣传三千余户。' + body,
      '03-12 社区植树活动方案',
    ],
    titles: ['社区工作总结'],
    junk: ['03-12 社区植树活动方案'],
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
    '各部门要明确审批权限,查看台账要登记。',
  ])('%s is not furniture', (line) => {
    expect(isJunkLine(line)).toBe(false);
  });
});

describe('page furniture around the essay', () => {
  itReadsPages(rows);
});
