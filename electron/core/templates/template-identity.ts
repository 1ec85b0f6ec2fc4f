import type { Genre } from '../../shared/analysis';
import type { TemplateSection } from '../../shared/model';
import { normPunct } from '../miner/text';
import { FRAME_FIELD } from '../draft/section-ops';
import { balanced } from './source-text';

/** Each genre's id prefix, in pinyin: ids show in addresses and file names, so ASCII. */
const GENRE_SLUG: Readonly<Record<Genre, string>> = {
  观后感: 'guanhougan',
  读后感: 'duhougan',
  心得体会: 'xindetihui',
  党课讲稿: 'dangkejianggao',
  讲话稿: 'jianghuagao',
  工作总结: 'gongzuozongjie',
  述职报告: 'shuzhibaogao',
  其他: 'qita',
};

/** Sixteen letters that are not hexadecimal digits: a hash that reads as a word part, not a hex id. */
const LETTERS = 'ghjkmnpqrstvwxyz';

/**
 * FNV-1a over the text, written as letters (six unless asked for up to eight): short, the same on
 * every machine and run.
 */
export function letterHash(text: string, length = 6): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let out = '';
  for (let k = 0; k < Math.min(length, 8); k++) out += LETTERS[(h >>> (k * 4)) & 15] ?? '';
  return out;
}

/**
 * A template's id: its genre and a hash of what it is (its frame, or its headings), never where
 * its essay sits in a file, so mining a collection split differently keeps it. The title is left
 * out: it is the part of an essay the miner finds least surely.
 */
export function templateId(
  genre: Genre,
  frame: string | null,
  headings: readonly string[],
): string {
  const key =
    frame !== null
      ? `frame:${normPunct(frame)}`
      : `outline:${headings.map((h) => normPunct(h.trim())).join('|')}`;
  return `${GENRE_SLUG[genre]}-${letterHash(key)}`;
}

const COUNT = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const countWord = (n: number): string => COUNT[n] ?? String(n);
const ORDINAL = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A heading cut to what a card can show, never inside a quotation. */
function shortHeading(heading: string, max = 12): string {
  const text = heading.replace(/[。！？]$/u, '');
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  while (cut.length > 0 && !balanced(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * A template's name: its genre and what makes it different, its frame or its first heading,
 * e.g. `观后感 · 三个排比小标题「战就要“…”，杜绝“…”」`.
 */
export function templateName(
  genre: Genre,
  frame: string | null,
  sections: readonly TemplateSection[],
  headings: readonly string[],
): string {
  if (frame !== null) {
    const shown = frame.replace(/[。！？]$/u, '').replaceAll(FRAME_FIELD, '…');
    return `${genre} · ${countWord(sections.length)}个排比小标题「${shown}」`;
  }
  const depth = Math.max(1, ...sections.map((s) => s.level));
  const what = depth > 1 ? `${countWord(depth)}级提纲` : `${countWord(sections.length)}个小标题`;
  return `${genre} · ${what}「${shortHeading(headings[0] ?? '')}」`;
}

/** Names made unique in order: a later template of an equal name adds its second heading. */
export function uniqueNames(
  items: ReadonlyArray<{ name: string; headings: readonly string[] }>,
): string[] {
  const used = new Set<string>();
  return items.map((t) => {
    let name = t.name;
    if (used.has(name) && t.headings[1] !== undefined) {
      name = name.replace(/」$/u, `／${shortHeading(t.headings[1], 8)}」`);
    }
    for (let n = 2; used.has(name); n++) name = `${t.name}（${ORDINAL[n] ?? String(n)}）`;
    used.add(name);
    return name;
  });
}

/**
 * Where a template comes from, as a reader knows it: the essay's title, or its collection's title
 * and its place there (…（通用31篇）第 2 篇), never a file name.
 */
export function sourceTitleOf(
  essayTitle: string | null,
  compilationTitle: string | null,
  place: number,
): string {
  const own = essayTitle?.replace(/[:：\s]+$/u, '').trim();
  if (own) return own;
  const collection = compilationTitle?.trim();
  return collection ? `${collection} 第 ${place} 篇` : `未署标题的范文（第 ${place} 篇）`;
}

/**
 * The id a shipped template had when ids were the source file's name and the essay's place in it
 * (`000-48cffc3fa1bdb9bc-01`): drafts made then still carry it, so the library keeps answering to it.
 */
export function formerTemplateId(fileName: string, place: number): string {
  const file =
    fileName
      .toLowerCase()
      .replace(/\.[a-z0-9]+$/u, '')
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '') || 'essay';
  return `${file}-${String(place).padStart(2, '0')}`;
}
