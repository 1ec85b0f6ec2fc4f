import type { ErrorCode } from '../../../electron/shared/result';
import { defineMessages, type Both } from '../i18n/messages';

/** What the user was doing when something failed: each says so in its own words. */
export type Operation =
  | 'load'
  | 'save'
  | 'create'
  | 'delete'
  | 'undelete'
  | 'export'
  | 'copy'
  | 'check'
  | 'compare'
  | 'restoreVersion'
  | 'snapshot'
  | 'import'
  | 'backup'
  | 'restoreBackup'
  | 'openTrash'
  | 'saveTemplate'
  | 'deleteTemplate'
  | 'exportPack'
  | 'importPack'
  | 'preview'
  | 'saveOutline'
  | 'renameOutline'
  | 'deleteOutline';

/**
 * Why, by the host's error code. The Chinese interface shows the host's own message, which
 * names the detail (the line of a template, the limit that was passed); these are for English,
 * and for a Chinese message the host could not give.
 */
type Reasons = Record<ErrorCode, Both>;

export const failureMessages = defineMessages({
  operation: {
    load: { zh: '加载失败', en: 'Could not load' },
    save: { zh: '保存失败', en: 'Could not save' },
    create: { zh: '新建草稿失败', en: 'Could not create the draft' },
    delete: { zh: '删除失败', en: 'Could not delete' },
    undelete: { zh: '恢复草稿失败', en: 'Could not restore the draft' },
    export: { zh: '导出失败', en: 'Could not export' },
    copy: { zh: '复制失败', en: 'Could not copy' },
    check: { zh: '查重失败', en: 'Could not run the check' },
    compare: { zh: '对比失败', en: 'Could not compare' },
    restoreVersion: { zh: '恢复版本失败', en: 'Could not restore the version' },
    snapshot: { zh: '保存版本失败', en: 'Could not keep a version' },
    import: { zh: '导入失败', en: 'Could not import' },
    backup: { zh: '备份失败', en: 'Could not back up' },
    restoreBackup: { zh: '从备份恢复失败', en: 'Could not restore the backup' },
    openTrash: { zh: '打开回收站失败', en: 'Could not open the trash' },
    saveTemplate: { zh: '模板未能保存', en: 'Could not save the template' },
    deleteTemplate: { zh: '删除模板失败', en: 'Could not delete the template' },
    exportPack: { zh: '导出模板包失败', en: 'Could not export the template pack' },
    importPack: { zh: '导入模板包失败', en: 'Could not import the template pack' },
    preview: { zh: '预览失败', en: 'Could not preview' },
    saveOutline: { zh: '提纲未能保存', en: 'Could not save the outline' },
    renameOutline: { zh: '重命名失败', en: 'Could not rename' },
    deleteOutline: { zh: '删除提纲失败', en: 'Could not delete the outline' },
  } satisfies Record<Operation, Both>,
  reason: {
    invalid_argument: { zh: '内容不符合要求。', en: 'Something entered is not acceptable.' },
    not_found: {
      zh: '要找的内容不存在,可能已被删除。',
      en: 'It no longer exists; it may have been deleted.',
    },
    io_error: {
      zh: '读写文件时出错,请重试。',
      en: 'Reading or writing a file failed; please try again.',
    },
    disk_full: {
      zh: '磁盘空间不足,请清理磁盘后重试。',
      en: 'The disk is full; free some space and try again.',
    },
    read_only: {
      zh: '数据文件夹是只读的,或没有写入权限。',
      en: 'The data folder is read-only or cannot be written to.',
    },
    template_error: { zh: '模板有错误。', en: 'The template has an error.' },
    unsupported_input: { zh: '不支持这种文件。', en: 'This kind of file is not supported.' },
    too_large: { zh: '内容过大。', en: 'It is too large.' },
    decode_error: {
      zh: '无法识别文件的编码。',
      en: 'The file’s text encoding could not be recognised.',
    },
    timeout: { zh: '处理时间过长,已中止。', en: 'It took too long and was stopped.' },
    stale: {
      zh: '这篇草稿已在另一个窗口或标签页中修改过。',
      en: 'This draft was changed in another window or tab.',
    },
    unauthorized: {
      zh: '访问令牌缺失或已失效,请用范式打印的地址重新打开。',
      en: 'The access token is missing or no longer valid; open the address Fanshi printed.',
    },
    forbidden: {
      zh: '拒绝了来自其他网页的访问。',
      en: 'A request from another web page was refused.',
    },
    offline: {
      zh: '无法连接到范式服务,请确认它仍在运行。',
      en: 'Cannot reach the Fanshi service; check that it is still running.',
    },
    internal: {
      zh: '出现了内部错误,请重试。',
      en: 'An internal error occurred; please try again.',
    },
  } satisfies Reasons,
  unexpected: {
    zh: '出现了意外的错误,请重试。',
    en: 'Something unexpected went wrong; please try again.',
  },
  failed: {
    zh: (operation: string, reason: string) => `${operation}:${reason}`,
    en: (operation: string, reason: string) => `${operation}: ${reason}`,
  },
  notSaved: {
    zh: (reason: string) => `草稿未能保存,所以没有继续:${reason}`,
    en: (reason: string) => `The draft could not be saved, so nothing else was done: ${reason}`,
  },
});
