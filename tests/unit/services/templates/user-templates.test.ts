import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/rpc/dispatch';
import {
  packOf,
  unpack,
  userTemplateFrom,
} from '../../../../electron/services/templates/user-templates';
import type { InputFile, Template, TemplateSummary } from '../../../../electron/shared/model';
import type { Result } from '../../../../electron/shared/result';
import { appFailure } from '../../support/app-failure';
import { okValue, repoRoot, templatesDir } from '../../support/fixtures';
import { useFreshApp } from '../../support/fresh-app';

const essayFile = join(repoRoot, 'tests/fixtures/import/teacher-training.txt');

describe('user templates through the contract', () => {
  const app = useFreshApp('user-templates');
  const { call } = app;
  /** The test essay file, as the renderer sends a file it was given. */
  const essay = async (): Promise<InputFile> => ({
    fileName: 'teacher-training.txt',
    base64: (await readFile(essayFile)).toString('base64'),
  });

  it('an imported essay becomes a user template kept in the data folder, not in templates/', async () => {
    const report = okValue(await call('templates:importEssays', await essay()));
    expect(report.encoding).toBe('utf-8');
    expect(report.essays).toHaveLength(1);
    expect(report.essays[0]).toMatchObject({ genre: '心得体会', headings: 3 });
    expect(report.essays[0]?.templateId).toMatch(/^u-/u);
    const made = report.templates[0];
    expect(made).toMatchObject({ origin: 'user', genre: '心得体会' });

    // A second composition on the same folder still lists it: it is on disk.
    const again = await app.reopen();
    const listed = okValue(
      (await dispatch(again.handlers, 'templates:list', [])) as Result<TemplateSummary[]>,
    );
    expect(listed.filter((t) => t.origin === 'user').map((t) => t.id)).toEqual([made?.id]);
    expect(await readdir(templatesDir)).not.toContain(`${made?.id ?? ''}.hbs`);

    // its headings share 以…，做… : rows start as that frame, blank, numbered; the essay's own
    // headings are examples, not text
    const rendered = await dispatch(again.handlers, 'templates:render', [made?.id, {}]);
    const text = rendered.ok ? (rendered.value as { text: string }).text : '';
    expect(text).toContain('一、以____，做____');
    expect(text).not.toContain('以爱育人');
    const filled = await dispatch(again.handlers, 'templates:render', [
      made?.id,
      { 小节: [{ 甲: '德立身', 乙: '学生信赖的教师' }] },
    ]);
    expect(filled.ok && (filled.value as { text: string }).text).toContain(
      '一、以德立身，做学生信赖的教师',
    );
  });

  it('the formulas of an imported essay join those the fill form offers', async () => {
    const formula = '{{日期}}，我参加了{{活动}}。';
    const count = async (): Promise<number> => {
      const library = okValue(await call('templates:formulas', '心得体会'));
      return library.opening.find((f) => f.text === formula)?.count ?? 0;
    };
    const before = await count();
    await call('templates:importEssays', await essay());
    expect(await count()).toBe(before + 1);
  });

  it('a title the user corrected before import names the template and the report', async () => {
    const report = okValue(
      await call('templates:importEssays', await essay(), { titles: ['青年教师暑期培训心得'] }),
    );
    expect(report.essays[0]?.title).toBe('青年教师暑期培训心得');
    // the template names its source by the corrected title, never by the file
    expect(report.templates[0]?.sourceTitle).toBe('青年教师暑期培训心得');
  });

  it('says why an essay gives no template, and refuses options it does not know', async () => {
    const text = '读书心得\n读书让我明白了很多道理,也让我学会了思考。\n让我们多读书、读好书。';
    const file = { fileName: '读书心得.txt', base64: Buffer.from(text, 'utf8').toString('base64') };
    const report = okValue(await call('templates:importEssays', file));
    expect(report.templates).toEqual([]);
    expect(report.essays[0]?.note).toBe('没有找到小标题,无法生成模板(至少需要两个小标题)');
    expect(report.notes).toEqual(['没有找到小标题,无法生成模板(至少需要两个小标题)']);
    const refused = await dispatch(app.core.handlers, 'templates:importEssays', [
      file,
      { title: '别的' },
    ]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('a GBK essay is read as GB18030', async () => {
    // 一、学习 二、实践 in GB18030, with a title line.
    const gbk = Buffer.from(
      'd1a7cfb0d0c4b5c30a0ad2bba1a2d1a7cfb00ad1a7cfb0cab9cec8c3c7c3f7b0d7b5c0c0edb5c4a1a30a0ab6fea1a2cab5bcf90acab5bcf9cab9cec8c3c7d5e6d5fdb6aebac3b5c0c0edb5c4a1a3',
      'hex',
    );
    const r = await call('templates:importEssays', {
      fileName: '学习心得.txt',
      base64: gbk.toString('base64'),
    });
    expect(r).toMatchObject({ ok: true, value: { encoding: 'gb18030' } });
  });

  it('a template pack exports and imports back as new user templates', async () => {
    const saved = okValue(
      await call('templates:saveUser', {
        basedOn: null,
        name: '乡村振兴调研报告',
        source: '{{#title}}{{村名}}乡村振兴调研报告{{/title}}',
      }),
    );
    const full = okValue(await call('templates:get', saved.id));
    expect(full.slots.map((s) => s.name)).toEqual(['村名']);
    const pack = okValue(await call('templates:exportPack', [saved.id]));
    const imported = okValue(await call('templates:importPack', pack));
    expect(imported).toHaveLength(1);
    expect(imported[0]?.id).not.toBe(saved.id);
    expect(imported[0]?.name).toBe('乡村振兴调研报告');
    const text = await call('templates:render', imported[0]?.id ?? '', { 村名: '李家村' });
    expect(text).toMatchObject({ ok: true, value: { text: '李家村乡村振兴调研报告' } });
  });

  it('names a template by one rule whichever way it is saved', async () => {
    const save = (name: string) =>
      call('templates:saveUser', { basedOn: null, name, source: '{{#title}}{{题目}}{{/title}}' });
    const blank = okValue(await call('drafts:create', { title: '社区志愿服务总结' }));
    const sections = ['服务居民', '美化环境'].map((heading, i) => ({
      id: `s${i}`,
      level: 1,
      heading,
      body: '',
    }));
    const draft = okValue(await call('drafts:save', { ...blank, sections, numbering: ['一、'] }));
    const fromDraft = (name: string) => call('templates:fromDraft', draft.id, name);
    for (const make of [save, fromDraft]) {
      expect(await make('   ')).toMatchObject({
        ok: false,
        error: { code: 'invalid_argument', message: '模板名称不能为空' },
      });
      expect(await make('长'.repeat(61))).toMatchObject({
        ok: false,
        error: { code: 'invalid_argument', message: '模板名称最多 60 个字,现在有 61 个字' },
      });
      expect(await make(' 志愿服务\n总结 ')).toMatchObject({
        ok: true,
        value: { name: '志愿服务 总结' },
      });
    }
  });

  it('refuses to save a template with a forbidden construct', async () => {
    const bad = await call('templates:saveUser', {
      basedOn: null,
      name: '坏模板',
      source: '{{lookup this "constructor"}}',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'template_error' } });
  });
});

describe('template packs', () => {
  const template = (): Template =>
    userTemplateFrom(
      { basedOn: null, name: '读书笔记', source: '{{#title}}读{{书名}}有感{{/title}}' },
      null,
    );

  it('round-trips, giving each template a fresh id', () => {
    const t = template();
    const [back] = unpack(packOf([t]));
    expect(back).toMatchObject({ name: '读书笔记', source: t.source, origin: 'user' });
    expect(back?.id).not.toBe(t.id);
  });

  it('brings a name a pack claims within the rule instead of refusing the pack', () => {
    const [long, blank] = unpack(
      packOf([
        { ...template(), name: `读书笔记${'很长'.repeat(40)}` },
        { ...template(), name: ' \n ' },
      ]),
    );
    expect(long?.name).toHaveLength(60);
    expect(long?.name.endsWith('…')).toBe(true);
    expect(blank?.name).toBe('我的模板');
  });

  it('keeps only the base name a pack claims for a template’s source, nothing invisible', () => {
    const t = { ...template(), sourceFile: 'D:\\资料\\范文\u202Etxt.exe\u0000.txt' };
    const [back] = unpack(packOf([t]));
    expect(back?.sourceFile).toBe('范文txt.exe.txt');
  });

  it.each([
    { text: '不是 JSON', says: '不是合法的 JSON' },
    {
      text: JSON.stringify({ format: 'other', version: 1, templates: [] }),
      says: '不是范式的模板包',
    },
    {
      text: JSON.stringify({ format: 'fanshi-template-pack', version: 2, templates: [] }),
      says: '版本',
    },
  ])('refuses $says', async ({ text, says }) => {
    expect((await appFailure(() => unpack(text))).message).toContain(says);
  });
});
