import type { MenuCommand } from '../shared/contract';

/** Menu items as data (no Electron types), so the labels and shortcuts can be tested. */
export interface MenuItemSpec {
  label?: string;
  accelerator?: string;
  role?:
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'reload'
    | 'resetZoom'
    | 'zoomIn'
    | 'zoomOut'
    | 'togglefullscreen'
    | 'quit'
    | 'toggleDevTools';
  type?: 'separator';
  command?: MenuCommand | 'open-data-folder' | 'about';
  submenu?: MenuItemSpec[];
}

export function menuTemplate(isMac: boolean): MenuItemSpec[] {
  return [
    {
      label: '文件',
      submenu: [
        { label: '新建草稿', accelerator: 'CmdOrCtrl+N', command: 'new-draft' },
        { label: '导入范文…', accelerator: 'CmdOrCtrl+O', command: 'import' },
        { label: '保存', accelerator: 'CmdOrCtrl+S', command: 'save' },
        { label: '导出…', accelerator: 'CmdOrCtrl+E', command: 'export-docx' },
        { type: 'separator' },
        { label: '打开数据文件夹', command: 'open-data-folder' },
        { type: 'separator' },
        { label: isMac ? '退出范式' : '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
        { type: 'separator' },
        { label: '搜索草稿', accelerator: 'CmdOrCtrl+F', command: 'search' },
        { label: '素材库', accelerator: 'CmdOrCtrl+K', command: 'phrases' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '重新载入', role: 'reload' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [{ label: '关于范式', command: 'about' }],
    },
  ];
}
