import type { Paragraph } from './lines';
import { overlapBound } from './align';
import { matchMarker } from './numbering';
import { normPunct, wordLength } from './text';

/**
 * The lines above an essay's first body paragraph: page titles, site names, section labels,
 * compilation lines, the essay's title, its subtitle, byline and salutation. What each line is
 * follows from its shape and its place in the block, never from an essay's topic.
 */

export type HeaderRole =
  /** "…篇1", "第2篇:…", "…心得三:": an essay's place in a compilation. */
  | 'indexed'
  /** "第 1 篇" and nothing else: the place without a title. */
  | 'label'
  /** "…(精选13篇)", "…汇总": the page lists several essays. */
  | 'compilation'
  /** "——…": a subtitle, kept with the essay but not its title. */
  | 'subtitle'
  /** "同志们:", "尊敬的各位领导:": the essay's first words, not a title. */
  | 'salutation'
  /** "(2018年X月X日)", "XXX": the date or placeholder name under a title. */
  | 'dateline'
  /** "文/…", "…学校2022届1班 汪 悦", a bare name under a title: who wrote it. */
  | 'byline'
  | 'candidate';

const TITLE_MAX = 50;
const INDEX_TAIL =
  /(?:篇|范文|作文|例文|精选|心得|感|稿|文|得|会|结|告|言|词|材料)\s*[（(【［]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)】］]?\s*[:：]?$/u;
/** 篇一, 第2篇, 第三篇: — an index word, not a title that happens to start with 第一 (第一书记…). */
export const INDEX_HEAD =
  /^(?:篇\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})|第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇)\s*[:：]?/u;
const COUNT = /(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*篇/u;
const COLLECTION = /合集|大全|汇编|汇总|精选|集锦/u;
const SUBTITLE = /^(?:[—–―－-]{1,2}|[-~～]{2})/u;
const SALUTATION_MAX = 25;
/** A greeting under a salutation ("大家好", "各位下午好"). */
const GREETING_MAX = 6;
const DATELINE =
  /^[（(]?\s*[0-9_xX某]{2,4}\s*年\s*[0-9_xX某]{1,2}\s*月(?:\s*[0-9_xX某]{1,2}\s*[日号])?\s*[）)]?$/u;
const PLACEHOLDER = /^[xX×＊*_＿某\s]+$/u;
/** An organisation, then a two- or three-character name: "…学校2022届1班  汪 悦". */
const BYLINE_ORG_NAME = /^\S{4,28}\s+\p{Script=Han}(?:\s?\p{Script=Han}){1,2}$/u;
const NAME = /^\p{Script=Han}(?:\s?\p{Script=Han}){1,3}$/u;
/** Nouns that name a kind of essay: a line ending in one (or in one before a colon) is a title. */
const ESSAY_KIND =
  /(?:心得体会|心得|体会|感想|感悟|感言|观后感|读后感|有感|讲话稿?|发言稿?|演讲稿?|讲稿|致辞|总结|报告|汇报|材料|范文|作文|征文)(?:\s*[（(【［]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)】］]?)?$/u;

// asked many times per paragraph (windows of siblings overlap): answered once
const titleLikeCache = new WeakMap<Paragraph, boolean>();

/** A line that could head something: short, no sentence end, no list punctuation at its end. */
export function isTitleLike(p: Paragraph): boolean {
  let v = titleLikeCache.get(p);
  if (v === undefined) {
    v = computeTitleLike(p);
    titleLikeCache.set(p, v);
  }
  return v;
}

function computeTitleLike(p: Paragraph): boolean {
  const t = p.text;
  if (!p.wholeLine || t.length > TITLE_MAX || wordLength(t) < 2) return false;
  if (/[。！？!?]/u.test(t) || /[，,；;、…]$/u.test(t) || /\.\.$/u.test(t)) return false;
  if ((t.match(/[，,]/gu) ?? []).length > 1) return false;
  return matchMarker(normPunct(t)) === null;
}

/** "小学教师学习心得", "《…》观后感:…": a title by what it names, not only by its shape. */
export function namesEssayKind(text: string): boolean {
  const t = normPunct(text).trim();
  const head = t.split(/[：]|——/u)[0] ?? t;
  return ESSAY_KIND.test(t) || (head !== t && ESSAY_KIND.test(head.trim()));
}

/**
 * A numbered line at the very top of a page that names a kind of essay ("3、…学习心得"): a list
 * page's entry, kept whole as the title.
 */
export function isNumberedTitle(p: Paragraph): boolean {
  const t = p.text;
  if (!p.wholeLine || t.length > TITLE_MAX || /[。！？!?，,；;]$/u.test(t)) return false;
  const m = matchMarker(normPunct(t));
  return m !== null && m.lineOnly && namesEssayKind(t.slice(m.text.length));
}

export function isIndexedHeader(p: Paragraph): boolean {
  return isTitleLike(p) && (INDEX_TAIL.test(p.text) || INDEX_HEAD.test(p.text));
}

/** Announced essay count ("【5篇】", "通用31篇", "范文五篇") of a compilation line, if any. */
export function announcedCount(text: string): number | null {
  const m = /(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*篇/u.exec(text);
  if (!m || INDEX_HEAD.test(text) || INDEX_TAIL.test(text)) return null;
  const n = cnOrNum(m[1] ?? '');
  return n > 0 ? n : null;
}

function cnOrNum(s: string): number {
  if (/^\d+$/u.test(s)) return Number(s);
  const digits = '一二三四五六七八九';
  const d = (c: string | undefined): number => (c === '两' ? 2 : digits.indexOf(c ?? '') + 1);
  if (s === '十') return 10;
  if (s.length === 1) return d(s);
  const [a, b] = [s[0], s[1]];
  if (s.length === 2 && a === '十') return 10 + d(b);
  if (s.length === 2 && b === '十') return d(a) * 10;
  if (s.length === 3 && b === '十') return d(a) * 10 + d(s[2]);
  return 0;
}

export function isCompilationLine(text: string): boolean {
  return (COUNT.test(text) && announcedCount(text) !== null) || COLLECTION.test(text);
}

function isSalutation(t: string): boolean {
  return /[:：]$/u.test(t) && t.length <= SALUTATION_MAX && !/如下/u.test(t);
}

/** "…总结如下:": a line that opens the body by announcing it, never a title. */
export function isLeadIn(p: Paragraph): boolean {
  const t = p.text.trim();
  return /[:：]$/u.test(t) && !isSalutation(t) && !isIndexedHeader(p);
}

/** The role of one line of a header block; `afterCandidate` is true below a possible title. */
function headerRole(p: Paragraph, afterCandidate: boolean, afterSalutation = false): HeaderRole {
  const t = p.text.trim();
  // "同学们:" then "大家好": the speech has begun
  if (afterSalutation && wordLength(t) <= GREETING_MAX) return 'salutation';
  const bare = t.replace(/[【】［］[\]]/gu, '');
  if (INDEX_HEAD.test(bare) && wordLength(bare.replace(INDEX_HEAD, '')) === 0) return 'label';
  if (isIndexedHeader(p)) return 'indexed';
  if (SUBTITLE.test(t)) return 'subtitle';
  if (isSalutation(t)) return 'salutation';
  if (DATELINE.test(t) || PLACEHOLDER.test(t)) return 'dateline';
  if (afterCandidate && (NAME.test(t) || BYLINE_ORG_NAME.test(t))) return 'byline';
  if (isCompilationLine(t)) return 'compilation';
  return 'candidate';
}

/** A line that goes with the title above it: its subtitle, date, byline or salutation. */
export function servesTitle(p: Paragraph): boolean {
  const role = headerRole(p, true);
  return role === 'subtitle' || role === 'dateline' || role === 'byline' || role === 'salutation';
}

export interface HeaderReading {
  /** Index into the block of the essay's title, if it has one. */
  title: number | null;
  /** Indexes of lines that are page furniture. */
  junk: number[];
  /** Index of the line nearest the title that names the whole page's list of essays. */
  compilation: number | null;
  /** Index of the dash subtitle under the title, kept with it. */
  subtitle: number | null;
  /** Index of the first line that is the essay's text, not its header (its first heading). */
  body: number | null;
}

/** "(全文13438字)", "[此文共4586字]": what a page says about the text's length. */
const LENGTH_NOTE = /[（(【［[]\s*(?:全文|此文|本文)?共?\s*\d+\s*字\s*[）)】］\]]$/u;
const key = (a: string): string =>
  normPunct(a)
    .replace(LENGTH_NOTE, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
const same = (a: string, b: string): boolean => key(a) === key(b);
/** The same title again, give or take a word, a mark or a length note. */
const NEAR_COPY = 0.8;
/** Whether `a` says what `b` says, or more: `b` is a copy of it, perhaps shortened. */
export function sameOrMore(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (kb.length === 0) return false;
  if (ka.includes(kb)) return true;
  return overlapBound(ka, kb) >= NEAR_COPY * Math.max(ka.length, kb.length);
}

/**
 * The title above a dash subtitle. A headline set on two lines ("凝心聚力谋发展" / "砥砺奋进新
 * 征程" / "——…") starts on the upper one, and so does one whose lower line repeats the upper's end;
 * a page's own title above them repeats the subtitle or names the kind of essay, and is not part
 * of the headline.
 */
function titleAboveSubtitle(
  block: readonly Paragraph[],
  roles: readonly HeaderRole[],
  subtitle: number,
): number | null {
  const lower = subtitle - 1;
  if (roles[lower] !== 'candidate') {
    const above = roles.flatMap((r, i) => (r === 'candidate' && i < subtitle ? [i] : []));
    return above[above.length - 1] ?? null;
  }
  const upper = lower - 1;
  const up = block[upper]?.text ?? '';
  const low = block[lower]?.text ?? '';
  const sub = block[subtitle]?.text ?? '';
  // the headline, then its own second half again: the fuller line is the title
  if (roles[upper] === 'candidate' && key(up).length > key(low).length && sameOrMore(up, low)) {
    return upper;
  }
  const headline =
    roles[upper] === 'candidate' &&
    !sameOrMore(sub, up) &&
    !namesEssayKind(up) &&
    !namesEssayKind(low) &&
    wordLength(low) <= wordLength(up);
  return headline ? upper : lower;
}

/**
 * Reads a header block: the essay's title is its place in a compilation if it has one; else the
 * line above a dash subtitle; else the candidate nearest the body — unless an earlier line says
 * the same or more (a page repeats its title, shortened, over the text). Lines above the title are
 * the page's (its name, sections, the list the essay comes from); bylines are furniture. An
 * editor's note between lines (`seam`, the block's first line below it) ends the page's part:
 * the title is looked for below it, and what stands above it is furniture, copies of the title
 * too.
 */
export function readHeader(block: readonly Paragraph[], seam = 0): HeaderReading {
  const roles: HeaderRole[] = [];
  let seen = false;
  for (const p of block) {
    const role = headerRole(p, seen, roles[roles.length - 1] === 'salutation');
    roles.push(role);
    if (role === 'candidate' || role === 'indexed' || role === 'compilation') seen = true;
  }
  const indexes = (want: HeaderRole[], from = 0): number[] =>
    roles.flatMap((r, i) => (want.includes(r) && i >= from ? [i] : []));
  // the essay's part of the block: below the seam, when a title can stand there
  const from = indexes(['candidate', 'indexed'], seam).length > 0 ? seam : 0;
  let title: number | null = null;
  const indexed = indexes(['indexed'], from);
  const subtitle = roles.findIndex((r, i) => r === 'subtitle' && i > from);
  if (indexed.length > 0) title = indexed[indexed.length - 1] ?? null;
  else if (subtitle > 0) title = titleAboveSubtitle(block, roles, subtitle);
  if (title === null) {
    const cands = indexes(['candidate'], from);
    const nearest = cands[cands.length - 1];
    if (nearest !== undefined) {
      const text = block[nearest]?.text ?? '';
      const fuller = cands.find((i) => i < nearest && sameOrMore(block[i]?.text ?? '', text));
      title = fuller ?? nearest;
    } else {
      // a collection's name ("…范文大全") with no count is the only title the page gives
      const label = indexes(['compilation'], from).find(
        (i) => announcedCount(block[i]?.text ?? '') === null,
      );
      title = label ?? null;
    }
  }
  const titleText = title === null ? null : (block[title]?.text ?? null);
  const compilations = indexes(['compilation', 'candidate']).filter(
    (i) => title === null || i < title,
  );
  // the last line above the body, under a title the page marks as such and what goes with it,
  // is the text's first line (a line between them is the title again, or a half of it)
  const last = block.length - 1;
  const withTitle = (r: HeaderRole): boolean => r !== 'candidate' && r !== 'compilation';
  const body =
    title !== null &&
    last > title &&
    (roles[title] === 'indexed' || roles[title + 1] === 'subtitle') &&
    roles[last] === 'candidate' &&
    roles.slice(title + 1, last).every(withTitle) &&
    !sameOrMore(titleText ?? '', block[last]?.text ?? '') &&
    !namesEssayKind(block[last]?.text ?? '')
      ? last
      : null;
  const junk: number[] = [];
  roles.forEach((r, i) => {
    const text = block[i]?.text ?? '';
    if (r === 'byline' || r === 'label') junk.push(i);
    else if ((r === 'candidate' || r === 'compilation') && i !== title && i !== body) {
      const above = title === null || i < title;
      const copy = titleText !== null && same(text, titleText) && i >= from;
      if (above && !copy) junk.push(i);
    }
  });
  const sub = roles.findIndex((r, i) => r === 'subtitle' && (title === null || i > title));
  return {
    title,
    junk,
    compilation: compilations[compilations.length - 1] ?? null,
    subtitle: sub >= 0 ? sub : null,
    body,
  };
}
