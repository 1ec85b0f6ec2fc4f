import type { CharCounts } from '../../../../electron/core/draft/draft-text';
import { defineMessages } from '../../i18n/messages';

const characters = (n: number): string => `${n} ${n === 1 ? 'character' : 'characters'}`;

/** Text of the draft's sections: their fields, outline operations, 字数 and targets. */
export const sectionMessages = defineMessages(
  {
    drag: '拖动调整顺序(键盘:Alt+↑ / Alt+↓)',
    heading: (n: number) => `第${n}节标题`,
    body: (n: number) => `第${n}节正文`,
    delete: '删除',
    deleteLabel: (n: number) => `删除第${n}节`,
    /** The outline tools: each button's text, its accessible name and, where it has one, its key. */
    tools: {
      moveUp: {
        text: '上移',
        label: (n: number) => `上移第${n}节`,
        title: '上移(Alt+↑)',
      },
      moveDown: {
        text: '下移',
        label: (n: number) => `下移第${n}节`,
        title: '下移(Alt+↓)',
      },
      outdent: {
        text: '升级',
        label: (n: number) => `升级第${n}节`,
      },
      indent: {
        text: '降级',
        label: (n: number) => `降级第${n}节`,
      },
      addSibling: {
        text: '添加同级小节',
        label: (n: number) => `添加同级小节,在第${n}节后面`,
        title: '添加同级小节(Alt+Enter)',
      },
    },
    addSection: '添加一节',
    sectionCount: ({ all, withoutPunctuation }: CharCounts) =>
      `本节 ${all} 字(不含标点 ${withoutPunctuation} 字)`,
    draftCount: ({ all, withoutPunctuation }: CharCounts) =>
      `全文 ${all} 字(不含标点 ${withoutPunctuation} 字)`,
    /** What a 字数 target is for: CharTarget adds 目标字数 / 字数进度. */
    sectionTarget: (n: number) => `第${n}节`,
    draftTarget: '全文',
  },
  {
    drag: 'Drag to reorder (keyboard: Alt+↑ / Alt+↓)',
    heading: (n) => `Section ${n} heading`,
    body: (n) => `Section ${n} text`,
    delete: 'Delete',
    deleteLabel: (n) => `Delete section ${n}`,
    tools: {
      moveUp: {
        text: 'Up',
        label: (n) => `Move section ${n} up`,
        title: 'Move up (Alt+↑)',
      },
      moveDown: {
        text: 'Down',
        label: (n) => `Move section ${n} down`,
        title: 'Move down (Alt+↓)',
      },
      outdent: {
        text: 'Promote',
        label: (n) => `Promote section ${n}`,
      },
      indent: {
        text: 'Demote',
        label: (n) => `Demote section ${n}`,
      },
      addSibling: {
        text: 'Add sibling',
        label: (n) => `Add a section at the same level, after section ${n}`,
        title: 'Add a section at the same level (Alt+Enter)',
      },
    },
    addSection: 'Add a section',
    sectionCount: ({ all, withoutPunctuation }) =>
      `This section: ${characters(all)} (${withoutPunctuation} without punctuation)`,
    draftCount: ({ all, withoutPunctuation }) =>
      `Whole draft: ${characters(all)} (${withoutPunctuation} without punctuation)`,
    sectionTarget: (n) => `Section ${n}`,
    draftTarget: 'Whole draft',
  },
);
