import { hanCounts } from './common-chars';
import { matchMarker } from './numbering';
import { normPunct } from './text';
import type { TextLine } from '../text-lines';

/**
 * Page furniture of Chinese essay websites: what surrounds an essay on the page and is no part
 * of it. Rules look at the shape of a line (bullets, separators, label: value pairs, dates, URLs,
 * length, character classes), and at the boilerplate vocabulary every such site uses (counters,
 * share and login widgets, copyright and source footers, editors' blurbs), never at an essay's
 * topic. Rules that depend on where a line stands (above a title, after the last paragraph) live
 * with the page header.
 */

const BULLET = /^(?:[•·●○■□◆◇▪▫►▶▸★☆※◎→»>*|+]|-(?!-))\s*/u;
const BREADCRUMB =
  /(当前位置|您的位置|你的位置|所在位置|现在位置|您当前的位置)\s*[:：]|(首页|主页)\s*[>»›/]|^(首页|主页).{0,20}(正文|详情页?)$/u;
const SEPARATED = /\S\s*[>»›]\s*\S.*[>»›]/u;
const META =
  /((发布|更新|上传|发表)?时间|日期|来源|出处|作者|编辑|责任编辑|浏览|阅读|点击|字数|人气|热度|分类|栏目|标签|关键词|本文标题|标题|链接|地址|上传者|发布者|字体|字号|姓名|班级|学号|指导老师|指导教师|ID)\s*[:：]|(浏览|阅读|点击|访问)(量|次数|数)?\s*[:：]?\s*\d+\s*次?|本文已影响|\d+\s*(人|次)(阅读|浏览|看过)/iu;
const DATE_TIME = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}/u;
/** A line that opens with a numeric date (2022-12-05, 2026/02/02): a dateline or a time stamp. */
const DATE_LEAD = /^\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)/u;
/** 文/张亮, 作者｜…, 特约评论员/…: who wrote or edited the page. */
const BYLINE =
  /^(?:文|作者|撰稿|撰文|记者|通讯员|编辑|责编|供稿|图|摄影|摄)\s*[/／|｜]|^\p{Script=Han}{0,10}(?:员|者|编|稿|摄)\s*[/／|｜]\s*\p{Script=Han}{2,4}$|^\p{Script=Han}{2,4}\s*[/／]\s*文$|^[（(]\s*作者(?:系|单位|为|是)/u;
const URL = /https?:\/\/|www\.[a-z0-9-]+\.[a-z]/iu;
/** Words that never occur in essay text: site furniture wherever it stands. */
const FURNITURE =
  /(版权所有|版权声明|copyright|©|ICP备|ICP证|公网安备|联系我们|关于我们|免责声明|网站地图|返回顶部|返回首页|上一篇|下一篇|相关推荐|热门推荐|猜你喜欢|相关文章|推荐阅读|延伸阅读|热门文章|最新文章|相关阅读|相关专题|下载此文|下载本文|免费下载|立即下载|文档下载|全文下载|下载(?:文档|全文|原文|word|doc)|复制全文|阅读全文|展开全文|查看全文|点击查看|扫码|扫一扫|二维码|关注公众号|微信公众号|订阅号|分享到|收藏本文|打印本文|加入收藏|加入清单|我要投稿|预览结束|手机站|手机版|电脑版|全文共\s*\d+\s*字|(剩余|还剩)\s*\d*\s*(字|页)|(不得|不允许|禁止|严禁)(二次)?(转载|传播)|转载请注明|如有侵权|侵权请|相关搜索|热门搜索|大家都在看|为你推荐|精彩推荐|查看更多|返回列表|收藏本站|设为首页|关闭窗口|打印本页|客户端查看|此处已添加)/iu;
/**
 * A gate in front of the rest of the text: sign in or pay to read on ("登录后查看全文"), and the
 * widgets that say how much is hidden or who may see it ("还剩80%未读", "剩余内容已隐藏,请下载后
 * 查看"). Downloading and reading on are things an essay may speak of, so those count only on a
 * line with no sentence in it.
 */
const GATE =
  /(?:登录|登陆|注册|会员|VIP|付费)[^。！？，,]{0,12}(?:查看|阅读|浏览|全文|完整|剩余|全部内容)|(?:查看|阅读|浏览)[^。！？]{0,10}(?:全文|完整|剩余|全部)[^。！？]{0,8}(?:登录|登陆|注册|会员|付费|下载)/iu;
const GATE_WIDGET =
  /(?:下载|购买|支付)[^。！？，,]{0,12}(?:查看|阅读|全文|完整|剩余)|(?:还剩|剩余)\s*\d*\s*%?\s*(?:未读|内容)|(?:内容|全文|部分)已?隐藏|隐藏(?:内容|全文)|继续阅读|(?:权限|授权)[^。！？，,]{0,6}(?:查看|阅读|浏览)/u;
const GATE_MAX = 60;
/** A class and a name, the way school essays sign off ("2203班 李明", "高二(3)班 王小明"). */
const CLASS_BYLINE =
  /^[\p{Script=Han}A-Za-z\d（()）]{0,14}?[\d一二三四五六七八九十]\s*[)）]?\s*班\s*[:：·,，、]?\s*\p{Script=Han}(?:\s?\p{Script=Han}){1,2}$|^[\p{Script=Han}A-Za-z]{0,6}\d{4,}\s*\p{Script=Han}(?:\s?\p{Script=Han}){1,2}$/u;
/** "…心得体会5篇 - 某某文库": a page's title as the browser shows it, with the site's name. */
const SITE_TAIL =
  /(?:\s*[-_|｜–—]+\s*[\p{Script=Han}A-Za-z\d]{1,12}(?:网|文库|之家|站|文档|百科|范文)|\s+[\p{Script=Han}A-Za-z\d]{1,12}文库)$/u;
/** "…总结范文 03-12", "03-12 …方案": an entry of a list of related pages, dated. */
const DATE_HEAD = /^\d{2}-\d{2}\s/u;
const DATE_TAIL =
  /[^\d\s]\s*[（(]?(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]|\d{1,2}\s*[-/])\s*\d{1,2}[)）]?$/u;
const LIST_ENTRY_MAX = 50;
/**
 * A site's footer: registration and copyright marks, and the notice about other people's text
 * ("版权归原作者所有", "若涉及版权问题,请联系我们删除"), which no essay says of itself.
 */
const FOOTER =
  /ICP备|ICP证|公网安备|copyright|©|all rights? reserved|版权(?:归|属于)原作者|涉及版权问题|如有侵权|侵权请?联系|未能与原作者联系|联系我们.{0,10}(?:删除|处理)/iu;
const FOOTER_MAX = 150;
/** Widget words: furniture when they make up a short line with no sentence in it. */
const WIDGET =
  /登录|注册|会员|VIP|举报|纠错|打印|收藏|点赞|投稿|投诉|客服|免费获|付费|开通|TAG|展开全文|展开阅读|收起全文|加载更多|阅读更多|查看更多|获取全文|余下全文|试读|预览|可编辑|用户上传|客户端查看|下载提示|(?:文档|doc|word|pdf)\s*(?:格式|页数)|(?:下载|获取)\S{0,4}完整版|完整版\S{0,4}(?:下载|获取)/iu;
const WIDGET_LINE_MAX = 24;
/** A counter word on its own, with or without its number. */
const COUNTER_WORD =
  /^(浏览|阅读|点击|评论|分享|点赞|收藏|转发|人气)(量|数|次数)?\s*[:：(（]?\s*\d*\s*[)）]?\s*次?$/u;
const EDITOR_BLURB =
  /小编|以下是|下面是.{0,20}(整理|带来|分享|收集|推荐|为大家|供大家|欢迎)|(仅供|以供|以方便|方便大家).{0,8}(参考|借鉴|阅读|学习)|欢迎(阅读|参考|借鉴|收藏|分享)/u;
/** 导读:…, 【编者按】…: the site's words about the essay, above it. */
const SITE_NOTE = /^[【[]?(?:导读|核心提示|内容提要|摘要|编者按)[】\]]?\s*[:：]?/u;
const SITE_NOTE_MAX = 300;
const SENTENCE = /[。！？!?]/u;
const SENTENCE_END = /[。！？!?]$/u;
const HAN = /\p{Script=Han}/u;
const GIBBERISH_MIN = 6;

/** Only digits and separators: a counter, a page number, a vote count. */
function isCounter(t: string): boolean {
  return /^[\d\s.,:：/-]+$/u.test(t) && /\d/u.test(t) && !DATE_LEAD.test(t);
}

/** No Chinese at all and a run of Latin letters: a code, a spam string, a stray token. */
function isForeign(t: string): boolean {
  return !HAN.test(t) && /[a-z]{2}/iu.test(t) && (t.match(/[a-z0-9]/giu)?.length ?? 0) >= 5;
}

/** Han characters most of which no Chinese text uses: random spam or a mis-decoded line. */
function isGibberish(t: string): boolean {
  const { han, common } = hanCounts(t);
  return han >= GIBBERISH_MIN && common < han * 0.5;
}

export function isJunkLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (BULLET.test(t) && t.replace(BULLET, '').length <= 24 && !SENTENCE.test(t)) return true;
  if (BREADCRUMB.test(t)) return true;
  if (t.length <= 120 && SEPARATED.test(t) && !SENTENCE.test(t)) return true;
  if (t.length <= 80 && (META.test(t) || DATE_TIME.test(t)) && !SENTENCE_END.test(t)) return true;
  if (t.length <= 60 && DATE_LEAD.test(t) && !SENTENCE.test(t)) return true;
  if (t.length <= 40 && BYLINE.test(t) && !SENTENCE_END.test(t)) return true;
  if (t.length <= 120 && URL.test(t) && !SENTENCE_END.test(t)) return true;
  if (t.length <= 40 && FURNITURE.test(t)) return true;
  if (t.length <= FOOTER_MAX && FOOTER.test(t)) return true;
  if (isEditorNote(t)) return true;
  if (t.length <= GATE_MAX && (GATE.test(t) || (!SENTENCE.test(t) && GATE_WIDGET.test(t)))) {
    return true;
  }
  if (t.length <= 30 && CLASS_BYLINE.test(t)) return true;
  if (
    t.length <= LIST_ENTRY_MAX &&
    !SENTENCE.test(t) &&
    (SITE_TAIL.test(t) || DATE_TAIL.test(t) || DATE_HEAD.test(t))
  ) {
    return true;
  }
  if (COUNTER_WORD.test(t)) return true;
  if (t.length <= WIDGET_LINE_MAX && WIDGET.test(t) && !SENTENCE.test(t) && !/[，,]/u.test(t)) {
    return true;
  }
  if (isCounter(t) || isForeign(t) || isGibberish(t)) return true;
  return false;
}

/** The site's words about the essay ("导读:…", "[摘要]…", "下面是小编为大家整理的…"). */
export function isEditorNote(text: string): boolean {
  const t = text.trim();
  if (t.length <= SITE_NOTE_MAX && SITE_NOTE.test(t)) return true;
  return t.length <= 200 && EDITOR_BLURB.test(t) && /小编|大家/u.test(t);
}

const MENU_ITEM_MAX = 8;

/** Line numbers of junk: single-line rules plus runs of menu-like short lines. */
export function findJunk(lines: readonly TextLine[]): Set<number> {
  const junk = new Set<number>();
  for (const l of lines) if (isJunkLine(l.text)) junk.add(l.no);
  // menus: four or more adjacent very short lines without punctuation, each a different entry
  let run: number[] = [];
  const items = new Set<string>();
  const flush = (): void => {
    if (items.size >= 4) for (const no of run) junk.add(no);
    run = [];
    items.clear();
  };
  for (const l of lines) {
    const t = l.text.replace(BULLET, '');
    const item = t.length > 0 && t.length <= MENU_ITEM_MAX && !/[，,。：:；;！？!?、“”"]/u.test(t);
    if (item || (l.text.length > 0 && junk.has(l.no))) {
      run.push(l.no);
      if (item) items.add(t);
    } else flush();
  }
  flush();
  linkLists(lines, junk);
  return junk;
}

/** The heading of a list of links to other pages ("相关文章", "猜你喜欢"). */
const LINK_LIST_HEAD =
  /^(?:相关|热门|推荐|延伸|最新|精彩|更多|猜你喜欢|大家都在看|为你推荐).{0,6}(?:文章|推荐|阅读|范文|内容|喜欢|看)?\s*[:：]?$/u;
const ENTRY_MAX = 40;
/** Fewest entries that make a list at the end of a page without a heading of its own. */
const TRAILING_LIST_MIN = 3;

/**
 * A line a list of links is made of: a page's title, short, with no sentence in it, and not
 * numbered (headings stacked at the end of an excerpt are numbered).
 */
function isListEntry(t: string): boolean {
  return (
    t.length > 0 &&
    t.length <= ENTRY_MAX &&
    !SENTENCE.test(t) &&
    matchMarker(normPunct(t)) === null &&
    !/[，,、；;：:]$/u.test(t) &&
    (t.match(/[，,]/gu) ?? []).length <= 1
  );
}

/**
 * Lists of other pages' titles: the entries under a list heading, and a run of three or more
 * entries that ends the page after a finished paragraph. An essay never ends in a stack of
 * titles; a section heading has its text under it.
 */
function linkLists(lines: readonly TextLine[], junk: Set<number>): void {
  const text = lines.filter((l) => l.text.length > 0);
  for (let i = 0; i < text.length; i++) {
    const l = text[i];
    if (!l || !junk.has(l.no) || !LINK_LIST_HEAD.test(l.text)) continue;
    // the entries run to the first line that is text; the scan goes on from there
    while (i + 1 < text.length) {
      const e = text[i + 1];
      if (!e || !(isListEntry(e.text) || junk.has(e.no))) break;
      junk.add(e.no);
      i++;
    }
  }
  let k = text.length - 1;
  while (k >= 0 && junk.has(text[k]?.no ?? 0)) k--;
  let first = k;
  while (first >= 0 && isListEntry(text[first]?.text ?? '') && !junk.has(text[first]?.no ?? 0)) {
    first--;
  }
  const before = text[first]?.text ?? '';
  if (k - first >= TRAILING_LIST_MIN && SENTENCE_END.test(before)) {
    for (let j = first + 1; j <= k; j++) junk.add(text[j]?.no ?? 0);
  }
}

/** What a site says about the essays it lists: who collected them, for whom, where from. */
const BLURB_CUES: readonly RegExp[] = [
  /小编/u,
  /整理|收集|搜集|汇编|精选|推荐|请欣赏/u,
  /大家|您/u,
  /参考|借鉴/u,
  /希望.{0,12}(帮助|喜欢|有用|启发)/u,
  /欢迎/u,
  /原创|转载|链接/u,
  /(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇/u,
  /网|文库|本站/u,
  /专题|栏目|集合|提供.{0,12}(范文|作文|资料|内容)/u,
];
const BLURB_MAX = 300;

/**
 * A site's note above the essays it lists ("…整理的…(精选6篇),供大家参考,希望…帮助。"):
 * three or more of its kinds of words in one paragraph. Only asked of paragraphs above an
 * essay's first body paragraph, where an essay itself does not speak this way.
 */
export function isBlurb(text: string): boolean {
  if (text.length > BLURB_MAX) return false;
  let cues = 0;
  for (const re of BLURB_CUES) if (re.test(text)) cues++;
  return cues >= 3;
}

const NAME_LINE = /^\p{Script=Han}(?:\s?\p{Script=Han}){1,3}$/u;

/**
 * A bare name between the essay's last paragraph and the page footer ("张秀秀" above "版权声明"):
 * the author's signature as the page shows it. A short last line with nothing after it is more
 * likely the excerpt's cut than a name, so only a name above footer furniture counts.
 */
export function footerByline(lines: readonly TextLine[], junk: ReadonlySet<number>): number | null {
  let sawFooter = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l || l.text.length === 0) continue;
    if (junk.has(l.no)) {
      sawFooter = true;
      continue;
    }
    return sawFooter && NAME_LINE.test(l.text) ? l.no : null;
  }
  return null;
}
