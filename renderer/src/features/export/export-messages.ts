import { defineMessages } from '../../i18n/messages';

/** Text of the export dialog. */
export const exportMessages = defineMessages(
  {
    title: '导出',
    format: '格式',
    formats: {
      docx: 'Word (.docx)',
      'txt-utf8': '文本 .txt (UTF-8)',
      'txt-gb18030': '文本 .txt (GB18030)',
    },
    formatHelp: {
      docx: '可直接打印或交给他人修改的 Word 文件。',
      'txt-utf8': '纯文本,段首空两格;新版记事本和大多数软件都能打开。',
      'txt-gb18030': '纯文本,GB18030 编码,给只认 GBK/ANSI 的老软件和系统。',
    },
    preset: '版式',
    presets: { gbt9704: '公文格式 (GB/T 9704)', plain: '普通格式' },
    fontScheme: '字体',
    fontSchemes: {
      gb: '公文字体:方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体',
      windows: 'Windows 自带字体:宋体、仿宋、楷体、黑体',
    },
    fontSchemeHelp:
      '对方电脑没有公文字体时选 Windows 自带字体。文件里注明了替代字体,缺公文字体的 Word 和 WPS 通常会换用对应的 Windows 字体。',
    /** The line under the title: each field's label and an example of what goes in it. */
    byline: {
      author: {
        label: '署名(单位或作者)',
        placeholder: '如:县应急管理局(可不填)',
      },
      date: {
        label: '日期',
        placeholder: '如:2026年3月5日(可不填)',
      },
    },
    today: '填入今天',
    bylineHelp: '署名和日期排在标题下一行,居中。',
    cancel: '取消',
    ok: '导出',
    notSaved: '草稿没能保存,导出的不会是窗口中的内容。请先解决保存问题。',
    exported: (fileName: string) => `已导出 ${fileName}`,
    emptyTitle: '这些部分还空着,导出的文件里也会是空的:',
    goToEmpty: '去填写',
  },
  {
    title: 'Export',
    format: 'Format',
    formats: {
      docx: 'Word (.docx)',
      'txt-utf8': 'Text .txt (UTF-8)',
      'txt-gb18030': 'Text .txt (GB18030)',
    },
    formatHelp: {
      docx: 'A Word file to print or to hand on for editing.',
      'txt-utf8': 'Plain text, paragraphs indented; opens in current Notepad and most programs.',
      'txt-gb18030': 'Plain text in GB18030, for older programs and systems that expect GBK/ANSI.',
    },
    preset: 'Layout',
    presets: { gbt9704: 'Official document (GB/T 9704)', plain: 'Plain' },
    fontScheme: 'Fonts',
    fontSchemes: {
      gb: 'Official fonts: 方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体',
      windows: 'Fonts that come with Windows: 宋体, 仿宋, 楷体, 黑体',
    },
    fontSchemeHelp:
      'Choose the Windows fonts when the reader’s PC lacks the official ones. The file names a fallback for each, which Word and WPS usually take when the official font is missing.',
    byline: {
      author: {
        label: 'Author or unit',
        placeholder: 'e.g. 县应急管理局 (optional)',
      },
      date: {
        label: 'Date',
        placeholder: 'e.g. 2026年3月5日 (optional)',
      },
    },
    today: 'Today',
    bylineHelp: 'Author and date go on one centred line under the title.',
    cancel: 'Cancel',
    ok: 'Export',
    notSaved:
      'The draft could not be saved, so the export would not match this window. Fix saving first.',
    exported: (fileName) => `Exported ${fileName}`,
    emptyTitle: 'These parts are still empty, and will be empty in the file too:',
    goToEmpty: 'Go and write it',
  },
);
