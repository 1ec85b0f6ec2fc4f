import type { ErrorCode } from '../../../electron/shared/result';
import { defineMessages } from '../i18n/messages';

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
type Reasons = Record<ErrorCode, string>;

export const failureMessages = defineMessages<{
  operation: Record<Operation, string>;
  reason: Reasons;
  unexpected: string;
  failed: (operation: string, reason: string) => string;
  notSaved: (reason: string) => string;
}>(
  {
    operation: {
      load: '加载失败',
      save: '保存失败',
      create: '新建草稿失败',
      delete: '删除失败',
      undelete: '恢复草稿失败',
      export: '导出失败',
      copy: '复制失败',
      check: '查重失败',
      compare: '对比失败',
      restoreVersion: '恢复版本失败',
      snapshot: '保存版本失败',
      import: '导入失败',
      backup: '备份失败',
      restoreBackup: '从备份恢复失败',
      openTrash: '打开回收站失败',
      saveTemplate: '模板未能保存',
      deleteTemplate: '删除模板失败',
      exportPack: '导出模板包失败',
      importPack: '导入模板包失败',
      preview: '预览失败',
      saveOutline: '提纲未能保存',
      renameOutline: '重命名失败',
      deleteOutline: '删除提纲失败',
    },
    reason: {
      invalid_argument: '内容不符合要求。',
      not_found: '要找的内容不存在,可能已被删除。',
      io_error: '读写文件时出错,请重试。',
      disk_full: '磁盘空间不足,请清理磁盘后重试。',
      read_only: '数据文件夹是只读的,或没有写入权限。',
      template_error: '模板有错误。',
      unsupported_input: '不支持这种文件。',
      too_large: '内容过大。',
      decode_error: '无法识别文件的编码。',
      timeout: '处理时间过长,已中止。',
      stale: '这篇草稿已在另一个窗口或标签页中修改过。',
      unauthorized: '访问令牌缺失或已失效,请用范式打印的地址重新打开。',
      forbidden: '拒绝了来自其他网页的访问。',
      offline: '无法连接到范式服务,请确认它仍在运行。',
      internal: '出现了内部错误,请重试。',
    },
    unexpected: '出现了意外的错误,请重试。',
    failed: (operation, reason) => `${operation}:${reason}`,
    notSaved: (reason) => `草稿未能保存,所以没有继续:${reason}`,
  },
  {
    operation: {
      load: 'Could not load',
      save: 'Could not save',
      create: 'Could not create the draft',
      delete: 'Could not delete',
      undelete: 'Could not restore the draft',
      export: 'Could not export',
      copy: 'Could not copy',
      check: 'Could not run the check',
      compare: 'Could not compare',
      restoreVersion: 'Could not restore the version',
      snapshot: 'Could not keep a version',
      import: 'Could not import',
      backup: 'Could not back up',
      restoreBackup: 'Could not restore the backup',
      openTrash: 'Could not open the trash',
      saveTemplate: 'Could not save the template',
      deleteTemplate: 'Could not delete the template',
      exportPack: 'Could not export the template pack',
      importPack: 'Could not import the template pack',
      preview: 'Could not preview',
      saveOutline: 'Could not save the outline',
      renameOutline: 'Could not rename',
      deleteOutline: 'Could not delete the outline',
    },
    reason: {
      invalid_argument: 'Something entered is not acceptable.',
      not_found: 'It no longer exists; it may have been deleted.',
      io_error: 'Reading or writing a file failed; please try again.',
      disk_full: 'The disk is full; free some space and try again.',
      read_only: 'The data folder is read-only or cannot be written to.',
      template_error: 'The template has an error.',
      unsupported_input: 'This kind of file is not supported.',
      too_large: 'It is too large.',
      decode_error: 'The file’s text encoding could not be recognised.',
      timeout: 'It took too long and was stopped.',
      stale: 'This draft was changed in another window or tab.',
      unauthorized:
        'The access token is missing or no longer valid; open the address Fanshi printed.',
      forbidden: 'A request from another web page was refused.',
      offline: 'Cannot reach the Fanshi service; check that it is still running.',
      internal: 'An internal error occurred; please try again.',
    },
    unexpected: 'Something unexpected went wrong; please try again.',
    failed: (operation, reason) => `${operation}: ${reason}`,
    notSaved: (reason) => `The draft could not be saved, so nothing else was done: ${reason}`,
  },
);
