import { defineMessages } from '../../i18n/messages';

/** Text of the export dialog. */
export const exportMessages = defineMessages({
  title: { zh: '导出', en: 'Export' },
  format: { zh: '格式', en: 'Format' },
  formats: {
    docx: { zh: 'Word (.docx)', en: 'Word (.docx)' },
    'txt-utf8': { zh: '文本 .txt (UTF-8)', en: 'Text .txt (UTF-8)' },
    'txt-gb18030': { zh: '文本 .txt (GB18030)', en: 'Text .txt (GB18030)' },
  },
  formatHelp: {
    docx: {
      zh: '可直接打印或交给他人修改的 Word 文件。',
      en: 'A Word file to print or to hand on for editing.',
    },
    'txt-utf8': {
      zh: '纯文本,段首空两格;新版记事本和大多数软件都能打开。',
      en: 'Plain text, paragraphs indented; opens in current Notepad and most programs.',
    },
    'txt-gb18030': {
      zh: '纯文本,GB18030 编码,给只认 GBK/ANSI 的老软件和系统。',
      en: 'Plain text in GB18030, for older programs and systems that expect GBK/ANSI.',
    },
  },
  preset: { zh: '版式', en: 'Layout' },
  presets: {
    gbt9704: { zh: '公文格式 (GB/T 9704)', en: 'Official document (GB/T 9704)' },
    plain: { zh: '普通格式', en: 'Plain' },
  },
  fontScheme: { zh: '字体', en: 'Fonts' },
  fontSchemes: {
    gb: {
      zh: '公文字体:方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体',
      en: 'Official fonts: 方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体',
    },
    windows: {
      zh: 'Windows 自带字体:宋体、仿宋、楷体、黑体',
      en: 'Fonts that come with Windows: 宋体, 仿宋, 楷体, 黑体',
    },
  },
  fontSchemeHelp: {
    zh: '对方电脑没有公文字体时选 Windows 自带字体。文件里注明了替代字体,缺公文字体的 Word 和 WPS 通常会换用对应的 Windows 字体。',
    en: 'Choose the Windows fonts when the reader’s PC lacks the official ones. The file names a fallback for each, which Word and WPS usually take when the official font is missing.',
  },
  /** The line under the title: each field's label and an example of what goes in it. */
  byline: {
    author: {
      label: { zh: '署名(单位或作者)', en: 'Author or unit' },
      placeholder: { zh: '如:县应急管理局(可不填)', en: 'e.g. 县应急管理局 (optional)' },
    },
    date: {
      label: { zh: '日期', en: 'Date' },
      placeholder: { zh: '如:2026年3月5日(可不填)', en: 'e.g. 2026年3月5日 (optional)' },
    },
  },
  today: { zh: '填入今天', en: 'Today' },
  bylineHelp: {
    zh: '署名和日期排在标题下一行,居中。',
    en: 'Author and date go on one centred line under the title.',
  },
  cancel: { zh: '取消', en: 'Cancel' },
  ok: { zh: '导出', en: 'Export' },
  notSaved: {
    zh: '草稿没能保存,导出的不会是窗口中的内容。请先解决保存问题。',
    en: 'The draft could not be saved, so the export would not match this window. Fix saving first.',
  },
  exported: {
    zh: (fileName: string) => `已导出 ${fileName}`,
    en: (fileName: string) => `Exported ${fileName}`,
  },
  emptyTitle: {
    zh: '这些部分还空着,导出的文件里也会是空的:',
    en: 'These parts are still empty, and will be empty in the file too:',
  },
  goToEmpty: { zh: '去填写', en: 'Go and write it' },
});
