import { defineMessages, formatDateTime } from '../../i18n/messages';

/** Text of the history panel, the 字数 target and the section hint. */
export const panelMessages = defineMessages(
  {
    history: {
      open: '历史版本',
      title: '历史版本',
      intro:
        '按 Ctrl+S 会保存一个版本;草稿闲置 5 分钟后再打开也会自动保存一个。每篇保留最近 50 个。',
      empty: '还没有历史版本。按 Ctrl+S 保存一个。',
      reason: {
        manual: '手动保存',
        reopen: '重新打开时',
        'before-restore': '恢复前',
        conflict: '保存冲突时',
      },
      compare: '与当前对比',
      confirmRestore: '用这个版本替换当前内容?',
      restore: '恢复',
      cancel: '取消',
      restored: '已恢复到所选版本;恢复前的内容也保存为一个版本。',
      savedAt: (iso: string) => formatDateTime(iso, { seconds: true }),
      version: (title: string, chars: number) => `${title || '未命名'} · ${chars} 字`,
    },
    target: {
      label: (part: string) => `${part}目标字数`,
      placeholder: '目标字数',
      progress: (part: string) => `${part}字数进度`,
    },
    hint: '参考范文段落(仅供参考,请用自己的话写)',
  },
  {
    history: {
      open: 'History',
      title: 'History',
      intro:
        'Ctrl+S saves a version; reopening a draft after 5 idle minutes saves one too. The latest 50 are kept for each draft.',
      empty: 'No versions yet. Press Ctrl+S to save one.',
      reason: {
        manual: 'Saved by hand',
        reopen: 'On reopening',
        'before-restore': 'Before restore',
        conflict: 'On a save conflict',
      },
      compare: 'Compare with current',
      confirmRestore: 'Replace the current text with this version?',
      restore: 'Restore',
      cancel: 'Cancel',
      restored: 'Restored the chosen version; the text before it was kept as a version too.',
      savedAt: (iso) => formatDateTime(iso, { seconds: true }),
      version: (title, chars) =>
        `${title || 'Untitled'} · ${chars} ${chars === 1 ? 'character' : 'characters'}`,
    },
    target: {
      label: (part) => `${part} target`,
      placeholder: 'Target',
      progress: (part) => `${part} progress`,
    },
    hint: 'Paragraph from the sample essay (for reference only; write it in your own words)',
  },
);
