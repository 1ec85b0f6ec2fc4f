import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../electron/core/draft/file-name';

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
