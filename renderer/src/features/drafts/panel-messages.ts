import { defineMessages } from '../../i18n/messages';

/** Text of the history panel, the 字数 target and the section hint. */
export const panelMessages = defineMessages({
  history: {
    open: { zh: '历史版本', en: 'History' },
    title: { zh: '历史版本', en: 'History' },
    intro: {
      zh: '按 Ctrl+S 会保存一个版本;草稿闲置 5 分钟后再打开也会自动保存一个。每篇保留最近 50 个。',
      en: 'Ctrl+S saves a version; reopening a draft after 5 idle minutes saves one too. The latest 50 are kept for each draft.',
    },
    empty: {
      zh: '还没有历史版本。按 Ctrl+S 保存一个。',
      en: 'No versions yet. Press Ctrl+S to save one.',
    },
    reason: {
      manual: { zh: '手动保存', en: 'Saved by hand' },
      reopen: { zh: '重新打开时', en: 'On reopening' },
      'before-restore': { zh: '恢复前', en: 'Before restore' },
      conflict: { zh: '保存冲突时', en: 'On a save conflict' },
    },
    compare: { zh: '与当前对比', en: 'Compare with current' },
    confirmRestore: {
      zh: '用这个版本替换当前内容?',
      en: 'Replace the current text with this version?',
    },
    restore: { zh: '恢复', en: 'Restore' },
    cancel: { zh: '取消', en: 'Cancel' },
    restored: {
      zh: '已恢复到所选版本;恢复前的内容也保存为一个版本。',
      en: 'Restored the chosen version; the text before it was kept as a version too.',
    },
    savedAt: {
      zh: (iso: string) => new Date(iso).toLocaleString('zh-CN'),
      en: (iso: string) => new Date(iso).toLocaleString('en'),
    },
    version: {
      zh: (title: string, chars: number) => `${title || '未命名'} · ${chars} 字`,
      en: (title: string, chars: number) =>
        `${title || 'Untitled'} · ${chars} ${chars === 1 ? 'character' : 'characters'}`,
    },
  },
  target: {
    label: { zh: (part: string) => `${part}目标字数`, en: (part: string) => `${part} target` },
    placeholder: { zh: '目标字数', en: 'Target' },
    progress: { zh: (part: string) => `${part}字数进度`, en: (part: string) => `${part} progress` },
  },
  hint: {
    zh: '参考范文段落(仅供参考,请用自己的话写)',
    en: 'Paragraph from the sample essay (for reference only; write it in your own words)',
  },
});
