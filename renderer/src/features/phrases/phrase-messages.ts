import type { Genre } from '../../../../electron/shared/analysis';
import type { PhraseKind } from '../../../../electron/shared/phrases';
import { defineMessages, type Both } from '../../i18n/messages';

/** Text of the 素材 panel. */
export const phraseMessages = defineMessages({
  open: { zh: '素材', en: 'Phrases' },
  openHint: { zh: '素材库(Ctrl+K)', en: 'Phrase bank (Ctrl+K)' },
  title: { zh: '素材库', en: 'Phrase bank' },
  search: { zh: '搜索素材', en: 'Search phrases' },
  placeholder: {
    zh: '输入关键词,↑↓ 选择,Enter 插入到光标处',
    en: 'Type to search, ↑↓ to choose, Enter to insert at the caret',
  },
  kindFilter: { zh: '按类型筛选', en: 'Filter by kind' },
  genreFilter: { zh: '按文体筛选', en: 'Filter by genre' },
  allKinds: { zh: '全部', en: 'All' },
  allGenres: { zh: '全部文体', en: 'All genres' },
  kinds: {
    quote: { zh: '金句', en: 'Sayings' },
    parallel: { zh: '排比句', en: 'Parallelism' },
    four: { zh: '四字短语', en: 'Four-character' },
    opening: { zh: '开头', en: 'Openings' },
    closing: { zh: '结尾', en: 'Closings' },
  } satisfies Record<PhraseKind, Both>,
  genres: {
    观后感: { zh: '观后感', en: 'Film reflections' },
    读后感: { zh: '读后感', en: 'Book reflections' },
    心得体会: { zh: '心得体会', en: 'Reflections' },
    党课讲稿: { zh: '党课讲稿', en: 'Party lectures' },
    讲话稿: { zh: '讲话稿', en: 'Speeches' },
    工作总结: { zh: '工作总结', en: 'Work summaries' },
    述职报告: { zh: '述职报告', en: 'Duty reports' },
    其他: { zh: '其他', en: 'Other' },
  } satisfies Record<Genre, Both>,
  worn: { zh: '常用', en: 'Common' },
  wornHint: {
    zh: (n: number) => `${n} 篇范文用过,查重时容易被标出`,
    en: (n: number) => `Used by ${n} sample essays: overlap checks will flag it`,
  },
  rare: { zh: '少见', en: 'Rare' },
  rareHint: { zh: '只有 1 篇范文用过', en: 'Used by one sample essay only' },
  own: { zh: '我的', en: 'Mine' },
  source: {
    zh: (title: string | null, file: string) => `来源:${title ? `《${title}》` : ''}${file}`,
    en: (title: string | null, file: string) => `Source: ${title ? `“${title}” ` : ''}${file}`,
  },
  ownSource: { zh: '我的素材', en: 'My phrase' },
  insert: { zh: '插入', en: 'Insert' },
  star: { zh: '收藏', en: 'Keep' },
  starred: { zh: '已收藏', en: 'Kept' },
  remove: { zh: '删除', en: 'Delete' },
  removed: { zh: '已删除', en: 'Deleted' },
  saveTyped: {
    zh: (text: string) => `把“${text}”存为我的素材`,
    en: (text: string) => `Keep “${text}” as my phrase`,
  },
  saved: { zh: '已存为我的素材', en: 'Kept as my phrase' },
  empty: { zh: '没有找到素材。换个关键词试试。', en: 'No phrases found. Try other words.' },
  noField: {
    zh: '请先把光标放在要插入的位置(标题、开头、小标题、正文或结尾)。',
    en: 'Put the caret where the phrase should go first (title, opening, a heading, a body or the closing).',
  },
  inserted: { zh: '已插入,按 Ctrl+Z 可撤销', en: 'Inserted; Ctrl+Z undoes it' },
  loading: { zh: '正在查找…', en: 'Searching…' },
  suggestFor: {
    zh: (kind: string, text: string, count: number) =>
      `这里用了${count > 1 ? ` ${count} 篇范文都用过的` : '范文中的'}${kind}“${text}”,可以换成:`,
    en: (kind: string, text: string, count: number) =>
      `This uses the ${kind.toLowerCase()} “${text}”${count > 1 ? `, found in ${count} sample essays` : ' from a sample essay'}; you could use instead:`,
  },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制,粘贴到要替换的位置即可', en: 'Copied: paste it where it should go' },
  copyFailed: { zh: '无法复制到剪贴板', en: 'Could not copy to the clipboard' },
});
