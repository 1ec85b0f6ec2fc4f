import { defineMessages } from '../../i18n/messages';

/** Text of 我的提纲 on the home page, the editor's 提纲/模板 menu and their name dialogs. */
export const outlineMessages = defineMessages({
  list: {
    title: { zh: '我的提纲', en: 'My outlines' },
    /** What an outline is, for someone who has not saved one yet. */
    empty: {
      zh:
        '还没有提纲。提纲是一篇草稿的骨架:标题、各级小标题和编号,不含正文。' +
        '在草稿页点“提纲/模板 → 保存提纲…”,以后就能用它一键新建结构相同的草稿。',
      en:
        'No outlines yet. An outline is the skeleton of a draft: the title, the headings at each level and their numbering, without the body text. ' +
        'On a draft page, choose “Outline / template → Save outline…”; later you can start a draft with the same structure from it in one click.',
    },
    use: { zh: '用此提纲新建', en: 'New draft from this' },
    rename: { zh: '重命名', en: 'Rename' },
    delete: { zh: '删除', en: 'Delete' },
    cancel: { zh: '取消', en: 'Cancel' },
    confirmDelete: {
      zh: (name: string) => `删除提纲“${name}”?`,
      en: (name: string) => `Delete the outline “${name}”?`,
    },
    deleteNote: { zh: '用它建过的草稿不受影响。', en: 'Drafts made from it are not affected.' },
    renamed: {
      zh: (name: string) => `提纲已改名为“${name}”`,
      en: (name: string) => `Outline renamed to “${name}”`,
    },
    deleted: {
      zh: (name: string) => `已删除提纲“${name}”`,
      en: (name: string) => `Deleted the outline “${name}”`,
    },
    summary: {
      zh: (title: string, headings: number) => `${title || '未命名'} · ${headings} 个小标题`,
      en: (title: string, headings: number) =>
        `${title || 'Untitled'} · ${headings} ${headings === 1 ? 'heading' : 'headings'}`,
    },
    renameTitle: { zh: '重命名提纲', en: 'Rename outline' },
    nameLabel: { zh: '提纲名称', en: 'Outline name' },
    save: { zh: '保存', en: 'Save' },
  },
  reuse: {
    menu: { zh: '提纲/模板', en: 'Outline / template' },
    outlineSaved: {
      zh: (name: string) => `已保存提纲“${name}”,可在首页“我的提纲”里用它新建草稿`,
      en: (name: string) =>
        `Saved the outline “${name}”; start new drafts from it under “My outlines” on the home page`,
    },
    templateSaved: {
      zh: (name: string) => `已另存为模板“${name}”`,
      en: (name: string) => `Saved as the template “${name}”`,
    },
    useTemplate: { zh: '去使用', en: 'Use it' },
    /** What the writer keeps: the menu's item, then the dialog that asks for its name. */
    kinds: {
      outline: {
        item: { zh: '保存提纲…', en: 'Save outline…' },
        title: { zh: '保存提纲', en: 'Save outline' },
        label: {
          zh: '提纲名称(只保存标题、各级小标题和编号,不含正文)',
          en: 'Outline name (keeps only the title, the headings at each level and their numbering, not the body text)',
        },
      },
      template: {
        item: { zh: '另存为模板…', en: 'Save as template…' },
        title: { zh: '另存为模板', en: 'Save as template' },
        label: {
          zh: '模板名称(小标题和套话留作模板,各节正文作为参考范文)',
          en: 'Template name (headings and set phrases stay in the template; each section’s text becomes its sample essay)',
        },
      },
    },
    save: { zh: '保存', en: 'Save' },
  },
  dialog: {
    cancel: { zh: '取消', en: 'Cancel' },
  },
});
