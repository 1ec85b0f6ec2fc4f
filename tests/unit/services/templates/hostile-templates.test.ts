import { afterAll, describe, expect, it } from 'vitest';
import { partsToText } from '../../../../electron/services/templates/template-data';
import { TemplateLibrary } from '../../../../electron/services/templates/template-library';
import { validateTemplate } from '../../../../electron/services/templates/validate-template';
import type { AppFailure } from '../../../../electron/shared/result';
import { templatesDir } from '../../support/fixtures';
import { appFailure } from '../../support/app-failure';

const library = new TemplateLibrary(templatesDir);
afterAll(() => library.close());

const hundred = Array.from({ length: 100 }, (_, i) => i);
const GOOD =
  '{{#title}}{{题目}}{{/title}}{{#heading level=1 schemes="一、"}}{{小标题}}{{/heading}}';

const failure = (source: string, data: Record<string, unknown> = {}): Promise<AppFailure> =>
  appFailure(() => library.renderSource(source, data));

/** After each hostile template the renderer must still serve an honest one. */
async function stillAnswers(): Promise<void> {
  const parts = await library.renderSource(GOOD, { 题目: '学习心得', 小标题: '筑牢安全防线' });
  expect(partsToText(parts)).toBe('学习心得\n一、筑牢安全防线');
}

describe('a user template is an untrusted program', () => {
  it.each([
    { name: 'constructor', source: '{{constructor}}', code: 'template_error', says: '原型' },
    { name: '__proto__', source: '{{__proto__.polluted}}', code: 'template_error', says: '原型' },
    {
      name: 'lookup constructor',
      source: '{{lookup this "constructor"}}',
      code: 'template_error',
      says: '原型',
    },
    { name: 'decorator', source: '{{*x}}', code: 'template_error', says: '装饰器' },
    {
      name: 'self-recursive partial',
      source: '{{#*inline "p"}}{{> p}}{{/inline}}{{> p}}',
      code: 'template_error',
      says: '装饰器',
    },
    {
      name: 'unknown block',
      source: '{{#evil}}x{{/evil}}',
      code: 'template_error',
      says: '不支持的块',
    },
    {
      name: 'syntax error',
      source: '第一行\n{{#each 小节}}',
      code: 'template_error',
      says: '第 2 行',
    },
    {
      name: 'a 1 MB template',
      source: '字'.repeat(350_000),
      code: 'template_error',
      says: '256 KB',
    },
  ])('$name ends with a clear error', async ({ source, code, says }) => {
    const e = await failure(source);
    expect(e.code).toBe(code);
    expect(e.message).toContain(says);
    await stillAnswers();
  });

  // 10^8 iterations: whichever limit it meets first, time or memory, ends it.
  it('four nested each over 100 items is stopped within seconds', async () => {
    const source =
      '{{#each a}}{{#each ../a}}{{#each ../../a}}{{#each ../../../a}}.{{/each}}{{/each}}{{/each}}{{/each}}';
    const started = Date.now();
    const e = await failure(source, { a: hundred });
    expect(['timeout', 'too_large']).toContain(e.code);
    expect(e.message).toMatch(/超过 1 秒|内存/u);
    expect(Date.now() - started).toBeLessThan(5_000);
    await stillAnswers();
  });

  it('output past 2 MB is refused', async () => {
    const e = await failure('{{#each a}}{{#each ../a}}{{../../x}}{{/each}}{{/each}}', {
      a: Array.from({ length: 400 }, (_, i) => i),
      x: '长'.repeat(100),
    });
    expect(e.code).toBe('too_large');
    await stillAnswers();
  });

  it('prototype names cannot be reached through data either', async () => {
    const parts = await library.renderSource('{{a.toString}}|{{a.hasOwnProperty}}|{{a.b}}', {
      a: { b: '值' },
    });
    expect(parts.text).toBe('||值');
  });
});

describe('validateTemplate', () => {
  it.each([
    { source: '{{#each 小节}}{{甲}}{{/each}}', problems: 0 },
    { source: '{{> header}}', problems: 1 },
    { source: '{{#if a}}\n  {{constructor}}\n{{/if}}', problems: 1 },
  ])('$source → $problems problem(s)', ({ source, problems }) => {
    expect(validateTemplate(source)).toHaveLength(problems);
  });

  it('gives the line and column of the problem', () => {
    expect(validateTemplate('正文\n  {{constructor}}')).toEqual([
      { line: 2, column: 5, message: '禁止访问原型属性' },
    ]);
  });
});
