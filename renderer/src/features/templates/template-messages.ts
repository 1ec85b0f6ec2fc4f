import { defineMessages } from '../../i18n/messages';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Text of the template gallery, toolbar, import dialog, editor, fill form and repeatable rows. */
export const templateMessages = defineMessages({
  toolbar: {
    importEssays: { zh: '导入范文(Ctrl+O)', en: 'Import essays (Ctrl+O)' },
    importPack: { zh: '导入模板包', en: 'Import template pack' },
    exportMine: { zh: '导出我的模板', en: 'Export my templates' },
    packImported: {
      zh: (n: number) => `已导入 ${n} 个模板`,
      en: (n: number) => `Imported ${plural(n, 'template', 'templates')}`,
    },
  },
  gallery: {
    all: { zh: '全部', en: 'All' },
    use: { zh: '使用此模板', en: 'Use this template' },
    edit: { zh: '编辑', en: 'Edit' },
    skeleton: { zh: '结构预览', en: 'Outline preview' },
    moreHeadings: {
      zh: (n: number) => `\n…共 ${n} 个小标题`,
      en: (n: number) => `\n…${plural(n, 'heading', 'headings')} in all`,
    },
    mine: { zh: '我的模板', en: 'My template' },
    source: {
      zh: (title: string | null) => `来源：${title ?? '范文'}`,
      en: (title: string | null) => `Source: ${title ?? 'sample essay'}`,
    },
    frame: {
      zh: (n: number) => `排比句式 · ${n} 节`,
      en: (n: number) => `Parallel pattern · ${plural(n, 'section', 'sections')}`,
    },
    variants: {
      zh: (n: number) => ` · 同类变体 ${n} 个`,
      en: (n: number) => ` · ${plural(n, 'variant', 'variants')}`,
    },
    filterByGenre: { zh: '按文体筛选', en: 'Filter by genre' },
    search: { zh: '搜索模板', en: 'Search templates' },
    searchPlaceholder: {
      zh: '搜索名称、句式、文体或小标题',
      en: 'Search names, patterns, genres or headings',
    },
    noMatch: { zh: '没有符合条件的模板', en: 'No templates match' },
    family: {
      zh: (n: number) => `同类模板:${n} 个变体`,
      en: (n: number) => `Related templates: ${plural(n, 'variant', 'variants')}`,
    },
  },
  import: {
    title: { zh: '导入范文', en: 'Import essays' },
    cancel: { zh: '取消', en: 'Cancel' },
    close: { zh: '关闭', en: 'Close' },
    start: { zh: '开始导入', en: 'Start import' },
    cancelled: { zh: '已取消,已导入的文件保留', en: 'Cancelled; files already imported are kept' },
    drop: {
      zh: '把 .txt、.docx 或 .html 范文拖到这里,或点击选择(可多选)',
      en: 'Drag .txt, .docx or .html essays here, or click to choose (several at once)',
    },
    encodings: {
      zh: '支持 UTF-8、GBK/GB18030、UTF-16 编码',
      en: 'UTF-8, GBK/GB18030 and UTF-16 encodings are supported',
    },
    pending: {
      zh: (names: string[]) => `待导入:${names.join('、')}`,
      en: (names: string[]) => `To import: ${names.join(', ')}`,
    },
    progress: { zh: '导入进度', en: 'Import progress' },
    failed: {
      zh: (file: string, error: string) => `${file}:${error}`,
      en: (file: string, error: string) => `${file}: ${error}`,
    },
    encoding: {
      zh: (encoding: string | null) => `编码 ${encoding ?? '未知'}`,
      en: (encoding: string | null) => `Encoding ${encoding ?? 'unknown'}`,
    },
    junk: {
      zh: (n: number) => `去除杂项 ${n} 行`,
      en: (n: number) => `${plural(n, 'junk line', 'junk lines')} removed`,
    },
    templates: {
      zh: (n: number) => `生成模板 ${n} 个`,
      en: (n: number) => `${plural(n, 'template', 'templates')} made`,
    },
    essay: {
      zh: (index: number, title: string | null, genre: string, headings: number, groups: number) =>
        `${title ?? `第 ${index} 篇`}(${genre}):小标题 ${headings} 个,排比组 ${groups} 个`,
      en: (index: number, title: string | null, genre: string, headings: number, groups: number) =>
        `${title ?? `Essay ${index}`} (${genre}): ${plural(headings, 'heading', 'headings')}, ${plural(groups, 'parallel group', 'parallel groups')}`,
    },
    useTemplate: { zh: '使用生成的模板', en: 'Use the new template' },
    make: { zh: '生成模板', en: 'Make templates' },
    read: { zh: '读取进度', en: 'Reading progress' },
    titleHint: {
      zh: '可以先改正标题,再生成模板',
      en: 'Correct the titles first if needed, then make the templates',
    },
    titleLabel: {
      zh: (index: number) => `第 ${index} 篇标题`,
      en: (index: number) => `Title of essay ${index}`,
    },
    untitled: { zh: '无标题', en: 'Untitled' },
    counts: {
      zh: (genre: string, headings: number, groups: number) =>
        `${genre} · 小标题 ${headings} 个 · 排比组 ${groups} 个`,
      en: (genre: string, headings: number, groups: number) =>
        `${genre} · ${plural(headings, 'heading', 'headings')} · ${plural(groups, 'parallel group', 'parallel groups')}`,
    },
    willMake: { zh: '将生成模板', en: 'Will become a template' },
    noHeadings: {
      zh: '没有找到小标题,无法生成模板(至少需要两个小标题)',
      en: 'No headings found: a template needs at least two',
    },
    oneHeading: {
      zh: '只找到一个小标题,至少需要两个才能生成模板',
      en: 'Only one heading found: a template needs at least two',
    },
    junkList: {
      zh: (n: number) => `去除的杂项(${n} 行)`,
      en: (n: number) => `Lines removed (${n})`,
    },
    group: {
      zh: (frame: string, confidence: string) => `排比句式「${frame}」(${confidence})`,
      en: (frame: string, confidence: string) => `Parallel pattern “${frame}” (${confidence})`,
    },
    confidence: {
      high: { zh: '把握大', en: 'sure' },
      medium: { zh: '把握一般', en: 'fairly sure' },
      low: { zh: '把握小', en: 'unsure' },
    },
    pattern: {
      zh: (frame: string) => `可选句式「${frame}」(只有一个共同字,未套用)`,
      en: (frame: string) => `Optional pattern “${frame}” (one shared character only, not applied)`,
    },
    stage: {
      read: { zh: (file: string) => `正在读取 ${file}…`, en: (file: string) => `Reading ${file}…` },
      mine: {
        zh: (file: string) => `正在分析 ${file} 的结构…`,
        en: (file: string) => `Finding the structure of ${file}…`,
      },
      templates: {
        zh: (file: string) => `正在为 ${file} 生成模板…`,
        en: (file: string) => `Making templates from ${file}…`,
      },
      save: {
        zh: (file: string, done: number, total: number) =>
          `正在保存 ${file} 的模板和范文(${done}/${total})…`,
        en: (file: string, done: number, total: number) =>
          `Saving the templates and essays of ${file} (${done}/${total})…`,
      },
    },
  },
  editor: {
    heading: {
      zh: (name: string) => `编辑模板:${name}`,
      en: (name: string) => `Edit template: ${name}`,
    },
    copyName: { zh: (name: string) => `${name}(修改)`, en: (name: string) => `${name} (edited)` },
    previewFailed: {
      zh: (error: string) => `预览失败:${error}`,
      en: (error: string) => `Preview failed: ${error}`,
    },
    sourceTitle: { zh: '模板源码(Handlebars)', en: 'Template source (Handlebars)' },
    source: { zh: '模板源码', en: 'Template source' },
    problems: { zh: '模板有错误', en: 'The template has errors' },
    problem: {
      zh: (line: number, column: number, message: string) =>
        `第 ${line} 行第 ${column} 列:${message}`,
      en: (line: number, column: number, message: string) =>
        `Line ${line}, column ${column}: ${message}`,
    },
    newName: { zh: '新模板名称', en: 'New template name' },
    saveAs: { zh: '另存为新模板', en: 'Save as new template' },
    saved: {
      zh: (name: string) => `已保存为新模板“${name}”`,
      en: (name: string) => `Saved as new template “${name}”`,
    },
    confirmDelete: { zh: '删除这个模板?', en: 'Delete this template?' },
    delete: { zh: '删除', en: 'Delete' },
    cancel: { zh: '取消', en: 'Cancel' },
    deleteTemplate: { zh: '删除模板', en: 'Delete template' },
    deleted: { zh: '模板已删除', en: 'Template deleted' },
    back: { zh: '返回', en: 'Back' },
    blocks: {
      zh: (blocks: string) => `可用的块:${blocks};不支持局部模板、装饰器和原型属性。`,
      en: (blocks: string) =>
        `Available blocks: ${blocks}. Partials, decorators and prototype properties are not supported.`,
    },
    preview: { zh: '实时预览(使用默认值)', en: 'Live preview (with default values)' },
  },
  rows: {
    frame: { zh: (frame: string) => `句式:${frame}`, en: (frame: string) => `Pattern: ${frame}` },
    section: { zh: (n: number) => `第${n}节`, en: (n: number) => `Section ${n}` },
    field: {
      zh: (n: number, field: string) => `第${n}节${field}`,
      en: (n: number, field: string) => `Section ${n} ${field}`,
    },
    deleteRow: { zh: (n: number) => `删除第${n}节`, en: (n: number) => `Delete section ${n}` },
    delete: { zh: '删除', en: 'Delete' },
    add: { zh: '添加一节', en: 'Add a section' },
    useFrame: {
      zh: (frame: string) => `小标题使用句式「${frame}」`,
      en: (frame: string) => `Headings follow the pattern “${frame}”`,
    },
  },
  formula: {
    reference: {
      zh: (sentence: string) => `范文原句（仅供参考，不会写入草稿）：${sentence}`,
      en: (sentence: string) =>
        `The sample essay's own sentence (for reference only, never put in the draft): ${sentence}`,
    },
    choice: {
      zh: (formula: string, essays: number) =>
        essays > 0 ? `${formula}（${essays} 篇范文用过）` : formula,
      en: (formula: string, essays: number) =>
        essays > 0
          ? `${formula} (used by ${plural(essays, 'sample essay', 'sample essays')})`
          : formula,
    },
    writeOwn: { zh: '自己写', en: 'Write my own' },
    ownLabel: { zh: (label: string) => `自己写${label}`, en: (label: string) => `My own ${label}` },
  },
  fill: {
    details: { zh: '填写要素', en: 'Fill in the details' },
    examples: {
      zh: (examples: string[]) => `例如:${examples.join('、')}`,
      en: (examples: string[]) => `e.g. ${examples.join(', ')}`,
    },
    create: { zh: '生成草稿', en: 'Create draft' },
    back: { zh: '返回', en: 'Back' },
    preview: { zh: '实时预览', en: 'Live preview' },
  },
});
