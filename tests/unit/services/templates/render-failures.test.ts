/**
 * A template that can never render is refused when it is checked, with the line and column in
 * Chinese; a render that fails, for whatever reason, never takes the next one down with it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TemplateRenderer } from '../../../../electron/services/templates/render-worker';
import { withDefaults } from '../../../../electron/services/templates/template-data';
import { TemplateLibrary } from '../../../../electron/services/templates/template-library';
import { openCollection } from '../../../../electron/services/store/collection';
import { userTemplateSchema } from '../../../../electron/services/templates/template-library';
import { userTemplateFrom } from '../../../../electron/services/templates/user-templates';
import { AppFailure } from '../../../../electron/shared/result';
import { templatesDir, useTempDirs } from '../../support/fixtures';

const tempDir = useTempDirs();
const renderers: Array<{ close: () => Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(renderers.map((r) => r.close()));
});

async function library(): Promise<TemplateLibrary> {
  const lib = new TemplateLibrary(templatesDir);
  renderers.push(lib);
  await lib.load();
  lib.attachUserTemplates(
    await openCollection(await tempDir('user-templates'), 'user-templates', userTemplateSchema),
  );
  return lib;
}

const HONEST =
  '{{#title}}{{题目}}{{/title}}{{#heading level=1 schemes="一、"}}{{小标题}}{{/heading}}';

describe('templates that parse but could never render', () => {
  it.each([
    { source: '{{foo bar}}', line: 1, column: 1, says: '未知的辅助函数 foo' },
    { source: '心得\n{{title}}', line: 2, column: 1, says: 'title 只能成对地写成' },
    {
      source: '{{#each}}{{甲}}{{/each}}',
      line: 1,
      column: 1,
      says: '#each 后面要写且只写一个名称',
    },
    { source: '{{#if}}有{{/if}}', line: 1, column: 1, says: '#if 后面要写且只写一个名称' },
    { source: '{{#with 甲 乙}}{{丙}}{{/with}}', line: 1, column: 1, says: '#with' },
    { source: '正文\n  {{#each 小节}}{{body}}{{/each}}', line: 2, column: 15, says: 'body 只能' },
    { source: '{{lookup (foo) "x"}}', line: 1, column: 10, says: '未知的辅助函数 foo' },
    { source: '{{lookup}}', line: 1, column: 1, says: 'lookup 后面要写两个名称' },
  ])('$source: refused at line $line, column $column', async ({ source, line, column, says }) => {
    const lib = await library();
    const problems = await lib.validate(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, column });
    expect(problems[0]?.message).toContain(says);
    // Handlebars' own English never reaches the user.
    expect(problems[0]?.message).not.toMatch(/Parse error|Expecting|helper|function|undefined/u);

    // Saving it is refused the same way, and nothing is saved.
    const made = userTemplateFrom({ basedOn: null, name: '我的模板', source }, null);
    await expect(lib.saveUser(made)).rejects.toMatchObject({
      code: 'template_error',
      message: expect.stringContaining(`第 ${line} 行第 ${column} 列`) as unknown,
    });
    expect(lib.list().filter((t) => t.origin === 'user')).toEqual([]);
  });

  it('every shipped template passes the same check against its own defaults', async () => {
    const lib = await library();
    for (const summary of lib.list()) {
      const t = lib.get(summary.id);
      expect(await lib.validate(t.source, withDefaults(t, {})), t.id).toEqual([]);
    }
  });
});

describe('the render worker after a failed render', () => {
  it('data that cannot reach the worker fails alone; renders go on past its deadline', async () => {
    const renderer = new TemplateRenderer(1_000);
    renderers.push(renderer);
    const bad = renderer.render('{{甲}}', { 甲: () => '函数不是数据' });
    await expect(bad).rejects.toBeInstanceOf(AppFailure);
    // Had the failed render's deadline been left armed, it would kill a render in flight when it
    // fires: keep rendering for longer than the deadline.
    const started = Date.now();
    let renders = 0;
    while (Date.now() - started < 1_500) {
      const parts = await renderer.render(HONEST, { 题目: '学习心得', 小标题: `第${renders}节` });
      expect(parts.sections[0]?.heading).toBe(`第${renders}节`);
      renders++;
    }
    expect(renders).toBeGreaterThan(1);
  });

  it('output too long for a string is "too large", not recursion', async () => {
    const renderer = new TemplateRenderer(1_000);
    renderers.push(renderer);
    const huge = renderer.render('{{#each a}}{{#each ../a}}{{../../x}}{{/each}}{{/each}}', {
      a: Array.from({ length: 600 }, (_, i) => i),
      x: '长'.repeat(1_000_000),
    });
    const failure = await huge.then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 'too_large' });
    expect((failure as Error).message).not.toContain('递归');
    expect((await renderer.render('{{甲}}', { 甲: '还在' })).text).toBe('还在');
  });

  it('a render’s deadline starts when the worker takes it, not while it waits', async () => {
    // A render that takes about an eighth of the deadline, measured on this machine now: room for
    // a busy machine to slow one down several times over.
    const deadline = 2_000;
    const renderer = new TemplateRenderer(deadline);
    renderers.push(renderer);
    const slow = '{{#each a}}{{#each ../a}}{{#each ../../a}}.{{/each}}{{/each}}{{/each}}';
    let n = 40;
    for (;;) {
      const t0 = performance.now();
      await renderer.render(slow, { a: Array.from({ length: n }, (_, i) => i) });
      const ms = performance.now() - t0;
      if (ms >= deadline / 8 || n >= 120) break;
      n = Math.ceil(n * Math.cbrt(deadline / 8 / Math.max(ms, 1)));
    }
    const a = Array.from({ length: n }, (_, i) => i);
    // Twelve of them queued at once take longer than one deadline in all; each is within its own.
    const all = await Promise.allSettled(
      Array.from({ length: 12 }, () => renderer.render(slow, { a })),
    );
    expect(all.map((r) => r.status)).toEqual(Array<string>(12).fill('fulfilled'));
  });
});
