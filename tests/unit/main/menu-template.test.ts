import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuItemSpec } from '../../../electron/main/menu-template';

const flatten = (items: MenuItemSpec[]): MenuItemSpec[] =>
  items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);

describe('the application menu', () => {
  it('has the four Chinese top-level menus in order', () => {
    expect(menuTemplate(false).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it.each([
    { label: '新建草稿', accelerator: 'CmdOrCtrl+N', command: 'new-draft' },
    { label: '保存', accelerator: 'CmdOrCtrl+S', command: 'save' },
    { label: '导出…', accelerator: 'CmdOrCtrl+E', command: 'export-docx' },
    { label: '搜索草稿', accelerator: 'CmdOrCtrl+F', command: 'search' },
    { label: '素材库', accelerator: 'CmdOrCtrl+K', command: 'phrases' },
  ])('binds $accelerator to $label', (row) => {
    const item = flatten(menuTemplate(false)).find((i) => i.label === row.label);
    expect(item).toMatchObject(row);
  });

  it('offers the data folder and an about box, and no accelerator is bound twice', () => {
    const items = flatten(menuTemplate(true));
    expect(items.some((i) => i.command === 'open-data-folder')).toBe(true);
    expect(items.some((i) => i.command === 'about')).toBe(true);
    const keys = items.flatMap((i) => (i.accelerator ? [i.accelerator] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
