import { defineMessages } from '../i18n/messages';

/** Text of the home page: the template column and the list of drafts. */
export const homeMessages = defineMessages({
  chooseTemplate: { zh: '选择模板', en: 'Choose a template' },
  myDrafts: { zh: '我的草稿', en: 'My drafts' },
  newBlankDraft: { zh: '新建空白草稿', en: 'New blank draft' },
  searchLabel: { zh: '搜索草稿', en: 'Search drafts' },
  searchPlaceholder: { zh: '按标题搜索 (Ctrl+F)', en: 'Search by title (Ctrl+F)' },
  sortLabel: { zh: '排序', en: 'Sort' },
  sort: {
    updated: { zh: '最近修改', en: 'Last edited' },
    title: { zh: '标题', en: 'Title' },
    chars: { zh: '字数', en: 'Length' },
  },
  empty: {
    zh: '还没有草稿。从左侧选一个模板开始吧。',
    en: 'No drafts yet. Pick a template on the left to begin.',
  },
  trySample: { zh: '用示例模板试一试', en: 'Try the sample template' },
  noMatch: { zh: '没有标题匹配的草稿', en: 'No draft titles match' },
  confirmDelete: { zh: '删除这篇草稿?', en: 'Delete this draft?' },
  delete: { zh: '删除', en: 'Delete' },
  cancel: { zh: '取消', en: 'Cancel' },
  trashed: { zh: '草稿已移到回收站', en: 'Draft moved to the trash' },
  undo: { zh: '撤销', en: 'Undo' },
  untitled: { zh: '未命名', en: 'Untitled' },
  summary: {
    zh: (chars: number, noPunct: number, iso: string) =>
      `${chars} 字(不含标点 ${noPunct} 字) · ${new Date(iso).toLocaleString('zh-CN')}`,
    en: (chars: number, noPunct: number, iso: string) =>
      `${chars} ${chars === 1 ? 'character' : 'characters'} (${noPunct} without punctuation) · ${new Date(iso).toLocaleString('en')}`,
  },
});
