import { defineMessages } from '../i18n/messages';

/** How 字数 is counted: the same words wherever a count is shown (core/draft/draft-text). */
export const countMessages = defineMessages(
  {
    ruleLabel: '字数怎么算',
    rule: '字数按导出的文档计算:标题以下的开头、各节小标题(连同“一、”等序号)和正文、结尾。每个汉字、字母、数字和标点各算一个字,空格和换行不算,标题不计入。“不含标点”只数汉字、字母和数字。',
  },
  {
    ruleLabel: 'How characters are counted',
    rule: 'Counted as the exported document holds it: everything below the title, that is the opening, each heading with its number (一、 …), the section text and the closing. Each Chinese character, letter, digit and punctuation mark counts once; spaces and line breaks do not; the title is not counted. “Without punctuation” counts Chinese characters, letters and digits only.',
  },
);
