import type { CharCounts } from '../../../../electron/core/draft/draft-text';
import { defineMessages } from '../../i18n/messages';

const characters = (n: number): string => `${n} ${n === 1 ? 'character' : 'characters'}`;

/** Text of the draft's sections: their fields, outline operations, 字数 and targets. */
export const sectionMessages = defineMessages({
  drag: { zh: '拖动调整顺序(键盘:Alt+↑ / Alt+↓)', en: 'Drag to reorder (keyboard: Alt+↑ / Alt+↓)' },
  heading: { zh: (n: number) => `第${n}节标题`, en: (n: number) => `Section ${n} heading` },
  body: { zh: (n: number) => `第${n}节正文`, en: (n: number) => `Section ${n} text` },
  delete: { zh: '删除', en: 'Delete' },
  deleteLabel: { zh: (n: number) => `删除第${n}节`, en: (n: number) => `Delete section ${n}` },
  /** The outline tools: each button's text, its accessible name and, where it has one, its key. */
  tools: {
    moveUp: {
      text: { zh: '上移', en: 'Up' },
      label: { zh: (n: number) => `上移第${n}节`, en: (n: number) => `Move section ${n} up` },
      title: { zh: '上移(Alt+↑)', en: 'Move up (Alt+↑)' },
    },
    moveDown: {
      text: { zh: '下移', en: 'Down' },
      label: { zh: (n: number) => `下移第${n}节`, en: (n: number) => `Move section ${n} down` },
      title: { zh: '下移(Alt+↓)', en: 'Move down (Alt+↓)' },
    },
    outdent: {
      text: { zh: '升级', en: 'Promote' },
      label: { zh: (n: number) => `升级第${n}节`, en: (n: number) => `Promote section ${n}` },
    },
    indent: {
      text: { zh: '降级', en: 'Demote' },
      label: { zh: (n: number) => `降级第${n}节`, en: (n: number) => `Demote section ${n}` },
    },
    addSibling: {
      text: { zh: '添加同级小节', en: 'Add sibling' },
      label: {
        zh: (n: number) => `添加同级小节,在第${n}节后面`,
        en: (n: number) => `Add a section at the same level, after section ${n}`,
      },
      title: {
        zh: '添加同级小节(Alt+Enter)',
        en: 'Add a section at the same level (Alt+Enter)',
      },
    },
  },
  addSection: { zh: '添加一节', en: 'Add a section' },
  sectionCount: {
    zh: ({ all, withoutPunctuation }: CharCounts) =>
      `本节 ${all} 字(不含标点 ${withoutPunctuation} 字)`,
    en: ({ all, withoutPunctuation }: CharCounts) =>
      `This section: ${characters(all)} (${withoutPunctuation} without punctuation)`,
  },
  draftCount: {
    zh: ({ all, withoutPunctuation }: CharCounts) =>
      `全文 ${all} 字(不含标点 ${withoutPunctuation} 字)`,
    en: ({ all, withoutPunctuation }: CharCounts) =>
      `Whole draft: ${characters(all)} (${withoutPunctuation} without punctuation)`,
  },
  /** What a 字数 target is for: CharTarget adds 目标字数 / 字数进度. */
  sectionTarget: { zh: (n: number) => `第${n}节`, en: (n: number) => `Section ${n}` },
  draftTarget: { zh: '全文', en: 'Whole draft' },
});
