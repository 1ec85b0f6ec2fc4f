import { defineMessages } from '../../i18n/messages';

/** Text of 我的提纲 on the home page, the editor's 提纲/模板 menu and their name dialogs. */
export const outlineMessages = defineMessages(
  {
    list: {
      title: '我的提纲',
      /** What an outline is, for someone who has not saved one yet. */
      empty:
        '还没有提纲。提纲是一篇草稿的骨架:标题、各级小标题和编号,不含正文。' +
        '在草稿页点“提纲/模板 → 保存提纲…”,以后就能用它一键新建结构相同的草稿。',
      use: '用此提纲新建',
      rename: '重命名',
      delete: '删除',
      cancel: '取消',
      confirmDelete: (name: string) => `删除提纲“${name}”?`,
      deleteNote: '用它建过的草稿不受影响。',
      renamed: (name: string) => `提纲已改名为“${name}”`,
      deleted: (name: string) => `已删除提纲“${name}”`,
      summary: (title: string, headings: number) => `${title || '未命名'} · ${headings} 个小标题`,
      renameTitle: '重命名提纲',
      nameLabel: '提纲名称',
      save: '保存',
    },
    reuse: {
      menu: '提纲/模板',
      outlineSaved: (name: string) => `已保存提纲“${name}”,可在首页“我的提纲”里用它新建草稿`,
      templateSaved: (name: string) => `已另存为模板“${name}”`,
      useTemplate: '去使用',
      /** What the writer keeps: the menu's item, then the dialog that asks for its name. */
      kinds: {
        outline: {
          item: '保存提纲…',
          title: '保存提纲',
          label: '提纲名称(只保存标题、各级小标题和编号,不含正文)',
        },
        template: {
          item: '另存为模板…',
          title: '另存为模板',
          label: '模板名称(小标题和套话留作模板,各节正文作为参考范文)',
        },
      },
      save: '保存',
    },
    dialog: { cancel: '取消' },
  },
  {
    list: {
      title: 'My outlines',
      empty:
        'No outlines yet. An outline is the skeleton of a draft: the title, the headings at each level and their numbering, without the body text. ' +
        'On a draft page, choose “Outline / template → Save outline…”; later you can start a draft with the same structure from it in one click.',
      use: 'New draft from this',
      rename: 'Rename',
      delete: 'Delete',
      cancel: 'Cancel',
      confirmDelete: (name) => `Delete the outline “${name}”?`,
      deleteNote: 'Drafts made from it are not affected.',
      renamed: (name) => `Outline renamed to “${name}”`,
      deleted: (name) => `Deleted the outline “${name}”`,
      summary: (title, headings) =>
        `${title || 'Untitled'} · ${headings} ${headings === 1 ? 'heading' : 'headings'}`,
      renameTitle: 'Rename outline',
      nameLabel: 'Outline name',
      save: 'Save',
    },
    reuse: {
      menu: 'Outline / template',
      outlineSaved: (name) =>
        `Saved the outline “${name}”; start new drafts from it under “My outlines” on the home page`,
      templateSaved: (name) => `Saved as the template “${name}”`,
      useTemplate: 'Use it',
      kinds: {
        outline: {
          item: 'Save outline…',
          title: 'Save outline',
          label:
            'Outline name (keeps only the title, the headings at each level and their numbering, not the body text)',
        },
        template: {
          item: 'Save as template…',
          title: 'Save as template',
          label:
            'Template name (headings and set phrases stay in the template; each section’s text becomes its sample essay)',
        },
      },
      save: 'Save',
    },
    dialog: { cancel: 'Cancel' },
  },
);
