import { defineMessages } from '../../i18n/messages';

/** Text of the numbering picker: one choice of numbering per heading level. */
export const numberingMessages = defineMessages(
  {
    label: '编号:',
    none: '不编号',
    levels: ['一级小标题', '二级小标题', '三级小标题'],
    levelLabel: (level: string) => `${level}编号`,
  },
  {
    label: 'Numbering:',
    none: 'No numbering',
    levels: ['Level 1 heading', 'Level 2 heading', 'Level 3 heading'],
    levelLabel: (level) => `${level} numbering`,
  },
);
