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
    moveUp: '上移',
    moveUpLabel: (n: number) => `上移第${n}节`,
    moveUpTitle: '上移(Alt+↑)',
    moveDown: '下移',
    moveDownLabel: (n: number) => `下移第${n}节`,
    moveDownTitle: '下移(Alt+↓)',
    outdent: '升级',
    outdentLabel: (n: number) => `升级第${n}节`,
    indent: '降级',
    indentLabel: (n: number) => `降级第${n}节`,
    addSibling: '添加同级小节',
    addSiblingLabel: (n: number) => `添加同级小节,在第${n}节后面`,
    addSiblingTitle: '添加同级小节(Alt+Enter)',
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
    heading: (n: number) => `Section ${n} heading`,
    body: (n: number) => `Section ${n} text`,
    delete: 'Delete',
    deleteLabel: (n: number) => `Delete section ${n}`,
    moveUp: 'Up',
    moveUpLabel: (n: number) => `Move section ${n} up`,
    moveUpTitle: 'Move up (Alt+↑)',
    moveDown: 'Down',
    moveDownLabel: (n: number) => `Move section ${n} down`,
    moveDownTitle: 'Move down (Alt+↓)',
    outdent: 'Promote',
    outdentLabel: (n: number) => `Promote section ${n}`,
    indent: 'Demote',
    indentLabel: (n: number) => `Demote section ${n}`,
    addSibling: 'Add sibling',
    addSiblingLabel: (n: number) => `Add a section at the same level, after section ${n}`,
    addSiblingTitle: 'Add a section at the same level (Alt+Enter)',
    addSection: 'Add a section',
    sectionCount: ({ all, withoutPunctuation }: CharCounts) =>
      `This section: ${characters(all)} (${withoutPunctuation} without punctuation)`,
    draftCount: ({ all, withoutPunctuation }: CharCounts) =>
      `Whole draft: ${characters(all)} (${withoutPunctuation} without punctuation)`,
    sectionTarget: (n: number) => `Section ${n}`,
    draftTarget: 'Whole draft',
  },
);
