import { defineMessages } from '../../i18n/messages';

/** Text of the draft editor, its numbering picker and the unsaved copy it can download. */
export const editorMessages = defineMessages({
  saveState: {
    saved: { zh: '已保存', en: 'Saved' },
    dirty: { zh: '未保存', en: 'Not saved' },
    saving: { zh: '保存中…', en: 'Saving…' },
    error: { zh: '保存失败', en: 'Save failed' },
    conflict: { zh: '保存冲突', en: 'Conflict' },
  },
  conflict: {
    title: { zh: '这篇草稿在别处改过', en: 'This draft was changed elsewhere' },
    body: {
      zh: '另一个窗口或标签页保存了这篇草稿的另一份内容,本窗口的修改还没有保存。请选择保留哪一份:没有选的那一份会存入“历史版本”,随时可以找回。',
      en: 'Another window or tab saved a different version of this draft, and the changes in this window are not saved yet. Choose which to keep: the other one goes into the History, where you can get it back at any time.',
    },
    keep: {
      theirs: { zh: '载入另一份', en: 'Load the other' },
      mine: { zh: '保留本窗口的', en: 'Keep this window’s' },
    },
    keptMine: {
      zh: '已保存本窗口的内容;另一份已存入历史版本',
      en: 'Saved this window’s text; the other version is in the History',
    },
    tookTheirs: {
      zh: '已载入另一份内容;本窗口的内容已存入历史版本',
      en: 'Loaded the other version; this window’s text is in the History',
    },
  },
  loading: { zh: '加载中…', en: 'Loading…' },
  backHome: { zh: '返回首页', en: 'Back to home' },
  back: { zh: '返回', en: 'Back' },
  /** The undo and redo buttons: the name read out, and the tooltip with the key. */
  undo: {
    label: { zh: '撤销', en: 'Undo' },
    title: { zh: '撤销 (Ctrl+Z)', en: 'Undo (Ctrl+Z)' },
  },
  redo: {
    label: { zh: '重做', en: 'Redo' },
    title: { zh: '重做 (Ctrl+Shift+Z)', en: 'Redo (Ctrl+Shift+Z)' },
  },
  copy: { zh: '复制', en: 'Copy' },
  copyRich: { zh: '复制(带公文格式)', en: 'Copy (official document format)' },
  copyText: { zh: '复制纯文本', en: 'Copy as plain text' },
  export: { zh: '导出… (Ctrl+E)', en: 'Export… (Ctrl+E)' },
  copiedRich: { zh: '已复制,可直接粘贴到 Word', en: 'Copied; paste it straight into Word' },
  copiedText: { zh: '已复制纯文本', en: 'Copied as plain text' },
  savedVersion: {
    zh: '已保存,并记下一个历史版本',
    en: 'Saved, and kept as a version in the history',
  },
  spotGone: {
    zh: '这一处已不在草稿中,请重新检查',
    en: 'This spot is no longer in the draft; please check again',
  },
  saveFailed: {
    zh: '保存失败,编辑内容仍在本窗口中',
    en: 'Save failed; your edits are still in this window',
  },
  saveAs: { zh: '另存为…', en: 'Save as…' },
  saveAsText: {
    zh: '文本文件(.txt),之后可用“资料库 → 从文本文件新建草稿”打开',
    en: 'Text file (.txt), which Library → New draft from a text file opens later',
  },
  copyForWord: {
    zh: '复制全文,可直接粘贴到 Word 或 WPS',
    en: 'Copy the whole text, ready to paste into Word or WPS',
  },
  copiedForWord: {
    zh: '已复制全文,可粘贴到 Word 或 WPS 中排版',
    en: 'Copied the whole text; paste it into Word or WPS to lay it out',
  },
  title: { zh: '标题', en: 'Title' },
  opening: { zh: '开头', en: 'Opening' },
  closing: { zh: '结尾', en: 'Closing' },
  view: {
    label: { zh: '视图', en: 'View' },
    page: { zh: '页面', en: 'Page' },
    outline: { zh: '大纲', en: 'Outline' },
  },
  numbering: {
    label: { zh: '编号:', en: 'Numbering:' },
    none: { zh: '不编号', en: 'No numbering' },
    levels: {
      zh: ['一级小标题', '二级小标题', '三级小标题'],
      en: ['Level 1 heading', 'Level 2 heading', 'Level 3 heading'],
    },
    levelLabel: {
      zh: (level: string) => `${level}编号`,
      en: (level: string) => `${level} numbering`,
    },
  },
  copyFile: {
    untitled: { zh: '未命名草稿', en: 'Untitled draft' },
    name: {
      zh: (title: string) => `${title}(未保存的副本).txt`,
      en: (title: string) => `${title} (unsaved copy).txt`,
    },
  },
});
