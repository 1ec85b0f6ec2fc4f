import { defineMessages, formatDate, formatDateTime } from '../../i18n/messages';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const libraryMessages = defineMessages(
  {
    menu: '资料库',
    backup: '备份资料库到文件…',
    restoreFromBackup: '从备份文件恢复…',
    draftFromText: '从文本文件新建草稿…',
    trash: {
      title: '回收站',
      intro: '删除的草稿在这里保留 30 天。',
      empty: '回收站是空的',
    },
    backedUp: (fileName: string) => `已备份到 ${fileName}`,
    confirmRestoreTitle: '从备份文件恢复资料库?',
    confirmRestoreContent:
      '草稿、提纲和收藏的素材将换成备份里的内容。当前资料库会先自动备份一份,备份里没有的草稿会移到回收站,不会丢失。',
    restore: '恢复',
    cancel: '取消',
    restored: (drafts: number, skipped: number) =>
      `已恢复 ${drafts} 篇草稿${skipped > 0 ? `;${skipped} 个损坏的记录未能恢复` : ''}`,
    draftRestored: '草稿已恢复',
    untitled: '未命名',
    trashedDraft: (chars: number, deletedAt: string, purgeAt: string) =>
      `${chars} 字 · ${formatDateTime(deletedAt)} 删除 · ${formatDate(purgeAt)} 后清除`,
    repairedTitle: '资料库做了修复',
  },
  {
    menu: 'Library',
    backup: 'Back up the library to a file…',
    restoreFromBackup: 'Restore from a backup file…',
    draftFromText: 'New draft from a text file…',
    trash: {
      title: 'Trash',
      intro: 'Deleted drafts stay here for 30 days.',
      empty: 'The trash is empty',
    },
    backedUp: (fileName) => `Backed up to ${fileName}`,
    confirmRestoreTitle: 'Restore the library from a backup file?',
    confirmRestoreContent:
      'Your drafts, outlines and starred phrases will be replaced by those in the backup. The current library is backed up first, and drafts missing from the backup go to the trash, so nothing is lost.',
    restore: 'Restore',
    cancel: 'Cancel',
    restored: (drafts, skipped) =>
      `Restored ${plural(drafts, 'draft', 'drafts')}${skipped > 0 ? `; ${plural(skipped, 'damaged record', 'damaged records')} could not be restored` : ''}`,
    draftRestored: 'Draft restored',
    untitled: 'Untitled',
    trashedDraft: (chars, deletedAt, purgeAt) =>
      `${plural(chars, 'character', 'characters')} · deleted ${formatDateTime(deletedAt)} · removed after ${formatDate(purgeAt)}`,
    repairedTitle: 'The library was repaired',
  },
);
