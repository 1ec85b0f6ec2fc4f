import { defineMessages, formatDateTime } from '../i18n/messages';

/** Text of the home page: the template column and the list of drafts. */
export const homeMessages = defineMessages(
  {
    chooseTemplate: '选择模板',
    myDrafts: '我的草稿',
    newBlankDraft: '新建空白草稿',
    searchLabel: '搜索草稿',
    searchPlaceholder: '按标题搜索 (Ctrl+F)',
    sortLabel: '排序',
    sort: { updated: '最近修改', title: '标题', chars: '字数' },
    empty: '还没有草稿。从左侧选一个模板开始吧。',
    trySample: '用示例模板试一试',
    noMatch: '没有标题匹配的草稿',
    confirmDelete: '删除这篇草稿?',
    delete: '删除',
    cancel: '取消',
    trashed: '草稿已移到回收站',
    undo: '撤销',
    untitled: '未命名',
    summary: (chars: number, noPunct: number, iso: string) =>
      `${chars} 字(不含标点 ${noPunct} 字) · ${formatDateTime(iso)}`,
  },
  {
    chooseTemplate: 'Choose a template',
    myDrafts: 'My drafts',
    newBlankDraft: 'New blank draft',
    searchLabel: 'Search drafts',
    searchPlaceholder: 'Search by title (Ctrl+F)',
    sortLabel: 'Sort',
    sort: { updated: 'Last edited', title: 'Title', chars: 'Length' },
    empty: 'No drafts yet. Pick a template on the left to begin.',
    trySample: 'Try the sample template',
    noMatch: 'No draft titles match',
    confirmDelete: 'Delete this draft?',
    delete: 'Delete',
    cancel: 'Cancel',
    trashed: 'Draft moved to the trash',
    undo: 'Undo',
    untitled: 'Untitled',
    summary: (chars, noPunct, iso) =>
      `${chars} ${chars === 1 ? 'character' : 'characters'} (${noPunct} without punctuation) · ${formatDateTime(iso)}`,
  },
);
