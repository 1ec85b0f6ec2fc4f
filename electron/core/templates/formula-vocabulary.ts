import { GENRES, type Genre } from '../../shared/analysis';
import type { FormulaRole } from '../../shared/formulas';

/**
 * The set words of the genre: what stays when a sentence becomes a formula. They are classes of
 * words every essay of a kind uses (近日/日前, 观看了/学习了/参加了, 总之, 让我们…为…而努力奋斗),
 * never the topic of any one essay; everything else in the sentence becomes a hole.
 */
export interface Cue {
  re: RegExp;
  /** The name of the hole right before the cue (组织 → 单位组织). */
  before?: string;
  /** The name of the hole right after it (观看了 → 观看了作品). */
  after?: string;
  /** A cue with a group (是…之年): the group's text is a hole of this name. */
  inner?: string;
}

const TIME =
  /近日|日前|最近|近期|前不久|不久前|近年来|连日来|今年以来|今年|当前|上周|本周|今天|昨天|当天|这一天/gu;
const ME = /我们?(?=有幸|认真|集中|一起|专门|参加|参与|观看|收看|学习|聆听|阅读|读|参观|来到)/gu;
const FEELING =
  /深受(?:触动|教育|启发|鼓舞|感动|震撼)|感触(?:很深|颇深|良多)|收获(?:很大|颇丰|满满)|受益匪浅|印象深刻|久久不能平静|深有感触/gu;

const OPENING: Cue[] = [
  { re: TIME },
  { re: ME },
  { re: /有幸|认真|集中/gu },
  { re: /组织(?=观看|收看|学习|参观|开展|召开|举办)/gu, before: '单位' },
  { re: /观看了|收看了|观看|收看/gu, after: '作品' },
  { re: /阅读了|读完了|拜读了|读了/gu, after: '作品' },
  { re: /学习了|学习/gu, after: '内容' },
  { re: /参加了|参与了|参加/gu, after: '活动' },
  { re: /聆听了/gu, after: '讲座' },
  { re: /参观了/gu, after: '地点' },
  { re: /(?:召开|举办|举行|开展)了?(?![。！？，])/gu, before: '单位', after: '活动' },
  { re: /强调|指出|提出/gu, after: '内容' },
  { re: /是(.{2,30}?)之年/gu, inner: '内容' },
  { re: /在(.{2,30}?)之际/gu, inner: '时机' },
  { re: /随着/gu, after: '形势' },
  { re: /作为一名/gu, after: '身份' },
  { re: FEELING },
  { re: /有了(?:新的|更深的|更加深刻的|更深刻的)(?:认识|理解|体会)/gu, before: '方面' },
];

const CLOSING: Cue[] = [
  { re: /总之|总而言之|综上所述|总的来说|一言以蔽之/gu },
  { re: /让我们/gu, after: '行动' },
  { re: /为(.{2,30}?)而(?:努力|不懈|团结)?奋斗/gu, inner: '目标' },
  {
    re: /为(.{2,30}?)(?:贡献|献出|作出|做出)(?:自己的|我们的)?(?:力量|贡献|绵薄之力)/gu,
    inner: '目标',
  },
  { re: /在今后的(?:工作|学习|生活)中|今后|下一步|未来/gu },
  { re: /我们将|我将|我们要|我要|我会/gu, after: '行动' },
  { re: /作为一名/gu, after: '身份' },
  { re: /(?:通过)?(?:这次|此次)/gu, after: '活动' },
  { re: /让我(?:明白|懂得|认识到|体会到|感受到|深深感到)/gu, after: '感悟' },
  { re: /号角已经?吹响|新的征程|新征程/gu },
  { re: /相信|必将|一定能/gu },
];

const GENRE_WORDS =
  /党课讲稿|述职报告|工作总结|心得体会|学习心得|观后感|读后感|讲话稿|发言稿|有感|心得|体会|感悟|感想|讲稿|讲话|发言|总结/gu;

const TITLE: Cue[] = [
  { re: GENRE_WORDS, before: '主题' },
  { re: /读(?=《)/gu },
  { re: /^(?:观看|学习|参加)/gu, after: '主题' },
  { re: /在(.{2,30}?)上的(?:讲话|发言)/gu, inner: '会议' },
];

const SUBTITLE: Cue[] = [
  { re: /^——/gu },
  { re: /参加|学习|观看|读(?=《)|记(?=[^录载住得])/gu, after: '副题' },
  { re: /有感|心得|体会|感悟/gu, before: '副题' },
];

export const CUES: Readonly<Record<FormulaRole, readonly Cue[]>> = {
  title: TITLE,
  subtitle: SUBTITLE,
  opening: OPENING,
  closing: CLOSING,
};

/** What a template calls each formula role, and what it calls the holes no cue names. */
export interface RoleNames {
  /** The formula field's data key and label: the name a template's Handlebars uses. */
  field: string;
  /** The helper around the field in a template's Handlebars: where the role goes in a draft. */
  helper: string;
  /** The last hole: what that part of the sentence usually holds. */
  lastHole: string;
  /** Any other hole. */
  otherHole: string;
}

export const ROLE_NAMES: Readonly<Record<FormulaRole, RoleNames>> = {
  title: { field: '标题', helper: 'title', lastHole: '主题', otherHole: '主题' },
  subtitle: { field: '副标题', helper: 'opening', lastHole: '副题', otherHole: '副题' },
  opening: { field: '开头', helper: 'opening', lastHole: '感受', otherHole: '内容' },
  closing: { field: '结尾', helper: 'closing', lastHole: '内容', otherHole: '内容' },
};

const ALL: readonly Genre[] = GENRES;

/**
 * Shapes the app offers of its own, for a genre whose essays have none yet: the commonest ways
 * these essays are known to begin and end. Mined shapes that equal one of these add to it.
 */
export const OFFERED: Readonly<
  Record<FormulaRole, ReadonlyArray<{ text: string; genres: readonly Genre[] }>>
> = {
  title: [
    { text: '《{{作品}}》观后感', genres: ['观后感'] },
    { text: '读《{{作品}}》有感', genres: ['读后感'] },
    { text: '{{主题}}心得体会', genres: ['心得体会', '其他'] },
    { text: '{{主题}}党课讲稿', genres: ['党课讲稿'] },
    { text: '在{{会议}}上的讲话', genres: ['讲话稿'] },
    { text: '{{主题}}工作总结', genres: ['工作总结'] },
    { text: '{{主题}}述职报告', genres: ['述职报告'] },
  ],
  subtitle: [
    { text: '——{{副题}}', genres: ALL },
    { text: '——观看《{{作品}}》有感', genres: ['观后感'] },
    { text: '——学习{{副题}}心得', genres: ['心得体会', '读后感', '党课讲稿'] },
  ],
  opening: [
    { text: '近日，{{单位}}组织观看了《{{作品}}》，{{感受}}。', genres: ['观后感'] },
    { text: '近日，我认真阅读了《{{作品}}》，{{感受}}。', genres: ['读后感'] },
    { text: '{{日期}}，我有幸参加了{{活动}}，{{感受}}。', genres: ['心得体会', '其他'] },
    { text: '近日，我们集中学习了{{内容}}，{{感受}}。', genres: ['党课讲稿', '心得体会'] },
    { text: '今天，我们召开{{活动}}，{{内容}}。', genres: ['讲话稿'] },
    { text: '今年以来，在{{单位}}的领导下，{{内容}}。', genres: ['工作总结', '述职报告'] },
  ],
  closing: [
    { text: '总之，{{内容}}。', genres: ALL },
    { text: '让我们{{行动}}，为{{目标}}而努力奋斗！', genres: ALL },
    { text: '在今后的工作中，我将{{行动}}。', genres: ['心得体会', '工作总结', '述职报告'] },
    { text: '这次{{活动}}让我明白，{{感悟}}。', genres: ['心得体会', '观后感', '读后感'] },
  ],
};
