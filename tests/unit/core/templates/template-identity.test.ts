import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../../electron/core/templates/source-text';
import {
  sourceTitleOf,
  templateId,
  templateName,
  uniqueNames,
} from '../../../../electron/core/templates/template-identity';
import type { TemplateSection } from '../../../../electron/shared/model';

const sections = (levels: number[]): TemplateSection[] =>
  levels.map((level) => ({ level, numbering: 'none', frame: null, repeat: true, heading: '' }));

describe('what a template is called and where it says it comes from', () => {
  it('names a parallel template by its frame, an outline by its depth and first heading', () => {
    expect(templateName('观后感', '练就“…”，守好“…”。', sections([1, 1, 1]), [])).toBe(
      '观后感 · 三个排比小标题「练就“…”，守好“…”」',
    );
    expect(templateName('工作总结', null, sections([1, 2, 2, 1]), ['主要工作'])).toBe(
      '工作总结 · 两级提纲「主要工作」',
    );
    // a long heading is cut, never inside a quotation
    expect(
      templateName('心得体会', null, sections([1, 1]), ['立足岗位“勇于担当、甘于奉献”作表率']),
    ).toBe('心得体会 · 两个小标题「立足岗位…」');
  });

  it('makes equal names unique by the second heading, then by number', () => {
    const name = '心得体会 · 两个小标题「学习」';
    expect(
      uniqueNames([
        { name, headings: ['学习', '实践'] },
        { name, headings: ['学习', '反思'] },
        { name, headings: ['学习', '反思'] },
      ]),
    ).toEqual([name, '心得体会 · 两个小标题「学习／反思」', `${name}（二）`]);
  });

  it('derives ids from the genre and the frame or headings, in letters that are not hex', () => {
    const a = templateId('观后感', '练就“…”，守好“…”。', []);
    expect(a).toMatch(/^guanhougan-[g-z]{6}$/u);
    expect(templateId('观后感', '练就“…”,守好“…”。', ['不同的小标题'])).toBe(a);
    expect(templateId('观后感', null, ['学习', '实践'])).not.toBe(
      templateId('观后感', null, ['学习', '反思']),
    );
  });

  it('shows an essay by its title, else by its collection and its place there', () => {
    expect(sourceTitleOf('社区读书会心得一：', '读书心得（通用5篇）', 1)).toBe('社区读书会心得一');
    expect(sourceTitleOf(null, '读书心得（通用5篇）', 3)).toBe('读书心得（通用5篇） 第 3 篇');
    expect(sourceTitleOf(null, null, 2)).toBe('未署标题的范文（第 2 篇）');
  });

  it.each([
    ['《山海情》观后感1', '《山海情》观后感'],
    ['社区读书会心得体会作文四', '社区读书会心得体会'],
    ['2020年乡村振兴心得体会篇五', '2020年乡村振兴心得体会'],
    ['做一个“三心”党员：', '做一个“三心”党员'],
    ['万众一心', '万众一心'],
  ])('cleanTitle(%s) = %s', (title, clean) => {
    expect(cleanTitle(title)).toBe(clean);
  });
});
