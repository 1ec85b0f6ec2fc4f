import { describe, expect, it } from 'vitest';
import { exportFileName, importedFileName } from '../../../../electron/core/draft/file-name';

describe('exportFileName', () => {
  it.each([
    {
      title: '关于加强安全生产工作的报告',
      ext: 'docx',
      expected: '关于加强安全生产工作的报告.docx',
    },
    { title: '2026年教师培训心得/体会', ext: 'docx', expected: '2026年教师培训心得体会.docx' },
    { title: '乡村振兴:问题?对策*', ext: 'txt', expected: '乡村振兴问题对策.txt' },
    {
      title: '<观后感> "榜样" | 第一稿\\终稿',
      ext: 'docx',
      expected: '观后感 榜样  第一稿终稿.docx',
    },
    { title: '\t学习心得\n', ext: 'txt', expected: '学习心得.txt' },
    { title: '  《榜样》观后感  ', ext: 'docx', expected: '《榜样》观后感.docx' },
    { title: '', ext: 'docx', expected: '未命名.docx' },
    { title: ' /:*? ', ext: 'txt', expected: '未命名.txt' },
    // Characters that would hide or reorder what the name shows, or that Windows refuses.
    { title: '学习心得\u202Etxt.exe', ext: 'docx', expected: '学习心得txt.exe.docx' },
    { title: '\u2066安全\u2069生产\u200F讲话', ext: 'docx', expected: '安全生产讲话.docx' },
    { title: '讲话稿\u0000终稿', ext: 'docx', expected: '讲话稿终稿.docx' },
    { title: 'CON', ext: 'docx', expected: 'CON_.docx' },
    { title: '心得体会...', ext: 'docx', expected: '心得体会.docx' },
    { title: `${'字'.repeat(59)}😀尾`, ext: 'docx', expected: `${'字'.repeat(59)}.docx` },
  ])('"$title" → $expected', ({ title, ext, expected }) => {
    expect(exportFileName(title, ext)).toBe(expected);
  });

  it('keeps a very long title to 60 characters before the extension', () => {
    const title = '在'.repeat(30) + '乡村振兴'.repeat(20);
    const name = exportFileName(title, 'docx');
    expect(name).toBe(`${title.slice(0, 60)}.docx`);
    expect(name).toHaveLength(60 + '.docx'.length);
  });
});

describe('importedFileName', () => {
  it.each([
    { raw: 'C:\\Users\\李明\\桌面\\心得.txt', expected: '心得.txt' },
    { raw: '/home/li/范文/讲话稿.docx', expected: '讲话稿.docx' },
    { raw: '学习\u202Etxt.exe', expected: '学习txt.exe' },
    { raw: '心得\u0000.txt', expected: '心得.txt' },
    { raw: '\u200B\u2066', expected: '未命名文件' },
  ])('$raw → $expected', ({ raw, expected }) => {
    expect(importedFileName(raw)).toBe(expected);
  });
});
