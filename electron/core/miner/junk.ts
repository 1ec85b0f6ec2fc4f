import type { SourceLine } from './lines';

/**
 * Page furniture of Chinese essay websites: what surrounds an essay on the page and is no part
 * of it. Rules look at the shape of a line (bullets, separators, label: value pairs, length), and
 * at the boilerplate vocabulary every such site uses, never at an essay's topic.
 */

const BULLET = /^(?:[•·●○■□◆◇▪▫►▶▸★☆※◎→»>*|]|-(?!-))\s*/u;
const BREADCRUMB = /(当前位置|您的位置|你的位置|所在位置|现在位置)\s*[:：]|(首页|主页)\s*[>»›/]/u;
const SEPARATED = /\S\s*[>»›]\s*\S.*[>»›]/u;
const META =
  /((发布|更新|上传|发表)?时间|日期|来源|出处|作者|编辑|责任编辑|浏览|阅读|点击|字数|人气|热度)\s*[:：]|(浏览|阅读|点击|访问)(量|次数|数)?\s*[:：]?\s*\d+\s*次?|本文已影响|\d+\s*(人|次)(阅读|浏览|看过)/u;
const DATE_TIME = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}/u;
const FURNITURE =
  /(版权所有|版权声明|copyright|©|ICP备|ICP证|公网安备|联系我们|关于我们|免责声明|网站地图|返回顶部|返回首页|上一篇|下一篇|相关推荐|热门推荐|猜你喜欢|相关文章|推荐阅读|延伸阅读|热门文章|最新文章|相关阅读|相关专题|登录|注册|会员|VIP|下载此文|下载本文|免费下载|立即下载|文档下载|复制全文|阅读全文|展开全文|查看全文|点击查看|扫码|二维码|关注公众号|微信公众号|分享到|收藏本文|打印本文|举报|本站|本网|手机站|手机版|电脑版)/iu;
const EDITOR_BLURB =
  /小编|以下是|下面是.{0,20}(整理|带来|分享|收集|推荐|为大家|供大家|欢迎)|(仅供|以供|以方便|方便大家).{0,8}(参考|借鉴|阅读|学习)|欢迎(阅读|参考|借鉴|收藏|分享)/u;
const SENTENCE = /[。！？!?]/u;

export function isJunkLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (BULLET.test(t) && t.replace(BULLET, '').length <= 24 && !SENTENCE.test(t)) return true;
  if (BREADCRUMB.test(t)) return true;
  if (t.length <= 120 && SEPARATED.test(t) && !SENTENCE.test(t)) return true;
  if (t.length <= 80 && (META.test(t) || DATE_TIME.test(t)) && !/[。！？!?]$/u.test(t)) {
    return true;
  }
  if (t.length <= 40 && FURNITURE.test(t)) return true;
  if (t.length <= 200 && EDITOR_BLURB.test(t) && /小编|大家/u.test(t)) return true;
  return false;
}

const MENU_ITEM_MAX = 8;

/** Line numbers of junk: single-line rules plus runs of menu-like short lines. */
export function findJunk(lines: readonly SourceLine[]): Set<number> {
  const junk = new Set<number>();
  for (const l of lines) if (isJunkLine(l.text)) junk.add(l.no);
  // menus: four or more adjacent very short lines without punctuation
  let run: number[] = [];
  let items = 0;
  const flush = (): void => {
    if (items >= 4) for (const no of run) junk.add(no);
    run = [];
    items = 0;
  };
  for (const l of lines) {
    const t = l.text.replace(BULLET, '');
    const item = t.length > 0 && t.length <= MENU_ITEM_MAX && !/[，,。：:；;！？!?、“”"]/u.test(t);
    if (item || (l.text.length > 0 && junk.has(l.no))) {
      run.push(l.no);
      if (item) items++;
    } else flush();
  }
  flush();
  return junk;
}
