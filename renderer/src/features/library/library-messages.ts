import { defineMessages } from '../../i18n/messages';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const libraryMessages = defineMessages({
  menu: { zh: '资料库', en: 'Library' },
  backup: { zh: '备份资料库到文件…', en: 'Back up the library to a file…' },
  restoreFromBackup: { zh: '从备份文件恢复…', en: 'Restore from a backup file…' },
  draftFromText: { zh: '从文本文件新建草稿…', en: 'New draft from a text file…' },
  trash: {
    title: { zh: '回收站', en: 'Trash' },
    intro: { zh: '删除的草稿在这里保留 30 天。', en: 'Deleted drafts stay here for 30 days.' },
    empty: { zh: '回收站是空的', en: 'The trash is empty' },
  },
  backedUp: {
    zh: (fileName: string) => `已备份到 ${fileName}`,
    en: (fileName: string) => `Backed up to ${fileName}`,
  },
  confirmRestoreTitle: {
    zh: '从备份文件恢复资料库?',
    en: 'Restore the library from a backup file?',
  },
  confirmRestoreContent: {
    zh: '草稿、提纲和收藏的素材将换成备份里的内容。当前资料库会先自动备份一份,备份里没有的草稿会移到回收站,不会丢失。',
    en: 'Your drafts, outlines and starred phrases will be replaced by those in the backup. The current library is backed up first, and drafts missing from the backup go to the trash, so nothing is lost.',
  },
  restore: { zh: '恢复', en: 'Restore' },
  cancel: { zh: '取消', en: 'Cancel' },
  restored: {
    zh: (drafts: number, skipped: number) =>
      `已恢复 ${drafts} 篇草稿${skipped > 0 ? `;${skipped} 个损坏的记录未能恢复` : ''}`,
    en: (drafts: number, skipped: number) =>
      `Restored ${plural(drafts, 'draft', 'drafts')}${skipped > 0 ? `; ${plural(skipped, 'damaged record', 'damaged records')} could not be restored` : ''}`,
  },
  draftRestored: { zh: '草稿已恢复', en: 'Draft restored' },
  untitled: { zh: '未命名', en: 'Untitled' },
  trashedDraft: {
    zh: (chars: number, deletedAt: string, purgeAt: string) =>
      `${chars} 字 · ${new Date(deletedAt).toLocaleString('zh-CN')} 删除 · ${new Date(purgeAt).toLocaleDateString('zh-CN')} 后清除`,
    en: (chars: number, deletedAt: string, purgeAt: string) =>
      `${plural(chars, 'character', 'characters')} · deleted ${new Date(deletedAt).toLocaleString('en')} · removed after ${new Date(purgeAt).toLocaleDateString('en')}`,
  },
  repairedTitle: { zh: '资料库做了修复', en: 'The library was repaired' },
});
