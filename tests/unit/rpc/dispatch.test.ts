import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/rpc/dispatch';
import { CHANNELS, type Channel } from '../../../electron/shared/contract';
import type { Draft } from '../../../electron/shared/model';
import type { ErrorCode, Result } from '../../../electron/shared/result';
import { GUANHOUGAN } from '../../fixtures/template-ids';
import { okValue, safetyDraft } from '../support/fixtures';
import { useFreshApp } from '../support/fresh-app';

const app = useFreshApp('dispatch');
const { call } = app;

const errorCode = (result: Result<unknown>): ErrorCode | 'ok' =>
  result.ok ? 'ok' : result.error.code;

describe('dispatch: refusals', () => {
  it.each(['drafts:purge', 'templates', 'constructor', '__proto__', 'templates:list '])(
    'answers the unknown channel %j with not_found',
    async (channel) => {
      const result = await dispatch(app.core.handlers, channel, []);
      expect(errorCode(result)).toBe('not_found');
    },
  );

  /** One wrongly typed argument list per channel; `Record<Channel, …>` keeps the table complete. */
  const badArgs: Record<Channel, unknown[]> = {
    'templates:list': ['多余的参数'],
    'templates:get': [42],
    'templates:render': [GUANHOUGAN, '不是对象'],
    'templates:importEssays': [{ fileName: '读书.txt' }],
    'templates:importProgress': ['多余的参数'],
    'templates:validate': [{ source: '{{a}}' }],
    'templates:preview': ['{{a}}', ['数组不是对象']],
    'templates:saveUser': [{ basedOn: null, name: '我的模板' }],
    'templates:deleteUser': [''],
    'templates:exportPack': [[]],
    'templates:importPack': ['模板包.json'],
    'templates:fromDraft': ['draft-1', 42],
    'templates:formulas': ['不是文体'],
    'drafts:create': [{ templateId: 7, data: {} }],
    'drafts:get': [null],
    'drafts:list': [{}],
    'drafts:save': [{ ...safetyDraft(), sections: '一、提高认识' }],
    'drafts:delete': [['draft-1']],
    'outlines:list': ['多余的参数'],
    'outlines:save': ['draft-1'],
    'outlines:rename': ['', '新名称'],
    'outlines:delete': [{ id: 'o1' }],
    'history:snapshot': [7],
    'history:list': [''],
    'history:compare': ['draft-1', 'current'],
    'history:restore': ['draft-1', 42],
    'trash:list': ['多余的参数'],
    'trash:restore': [{}],
    'library:backup': [true],
    'library:restore': [{ fileName: '备份.zip' }],
    'export:docx': ['draft-1', { preset: 'a4' }],
    'export:txt': ['draft-1', { lineEnding: 'cr' }],
    'export:html': ['draft-1', { preset: 'a4' }],
    'miner:analyze': [{ fileName: '乡村振兴.txt', base64: 12345 }],
    'checks:overlap': [42],
    'checks:report': [''],
    'phrases:search': [{ kind: '成语' }],
    'phrases:save': [{ kind: 'quote', text: 42, source: null }],
    'phrases:delete': [''],
    'phrases:suggest': [{ text: '凝心聚力' }],
  };

  it.each(CHANNELS.map((channel) => ({ channel, args: badArgs[channel] })))(
    '$channel: wrong argument types → invalid_argument',
    async ({ channel, args }) => {
      const result = await dispatch(app.core.handlers, channel, args);
      expect(errorCode(result)).toBe('invalid_argument');
      if (!result.ok) expect(result.error.message).toMatch(/^参数不正确/u);
    },
  );

  it.each(CHANNELS)('%s: arguments that are not a list → invalid_argument', async (channel) => {
    expect(errorCode(await dispatch(app.core.handlers, channel, { 0: 'x' }))).toBe(
      'invalid_argument',
    );
  });

  it('does not write anything for a refused call', async () => {
    await dispatch(app.core.handlers, 'drafts:create', [{ title: 5 }]);
    expect(okValue(await call('drafts:list'))).toEqual([]);
  });

  it('returns service errors as data with their code', async () => {
    expect(errorCode(await call('templates:get', 'no-such-template'))).toBe('not_found');
    expect(errorCode(await call('drafts:get', 'no-such-draft'))).toBe('not_found');
    expect(errorCode(await call('drafts:create', { outlineId: 'no-such-outline' }))).toBe(
      'not_found',
    );
    expect(errorCode(await call('export:docx', 'no-such-draft', {}))).toBe('not_found');
    expect(errorCode(await call('export:html', 'no-such-draft', {}))).toBe('not_found');
  });
});

describe('dispatch: a user’s whole flow', () => {
  it('lists, fills a template, creates, edits, lists, exports and deletes a draft', async () => {
    const templates = okValue(await call('templates:list'));
    // A shipped template mined from the corpus: three parallel headings sharing one frame.
    const id = GUANHOUGAN;
    const summary = templates.find((t) => t.id === id);
    // The list carries the outline only; the slots come with the template itself.
    expect(summary?.skeleton).toHaveLength(3);
    expect(summary).not.toHaveProperty('slots');
    const template = okValue(await call('templates:get', id));
    expect(template.slots.map((s) => s.role)).toEqual(['title', 'opening', 'closing']);

    const data = {
      标题: '《榜样9》观后感',
      开头: '近日，支部组织观看了《榜样9》，大家很受触动。',
      小节: [{ 甲: '学理论', 乙: '空谈' }, { 甲: '抓落实' }],
      结尾: '总之，榜样就在身边。',
    };
    const preview = okValue(await call('templates:render', id, data));
    expect(preview.text.split('\n')[0]).toBe('《榜样9》观后感');
    expect(preview.text).toContain('战就要“学理论”，杜绝“空谈”。');

    const created = okValue(await call('drafts:create', { templateId: id, data }));
    expect(created).toMatchObject({
      title: '《榜样9》观后感',
      opening: data.开头,
      closing: data.结尾,
      templateId: id,
    });
    expect(created.numbering).toEqual(['none']);
    // Two rows, two sections; the second row's empty field is a blank to fill, not corpus text.
    expect(created.sections).toHaveLength(2);
    expect(created.sections[0]).toMatchObject({
      heading: '战就要“学理论”，杜绝“空谈”。',
      inline: true,
    });
    expect(created.sections[1]?.heading).toBe('战就要“抓落实”，杜绝“____”。');

    const typed = '作为一名基层干部，我要把乡村振兴的责任扛在肩上。';
    const edited: Draft = {
      ...created,
      sections: created.sections.map((s, i) => (i === 0 ? { ...s, body: typed } : s)),
    };
    const saved = okValue(await call('drafts:save', edited));
    expect(saved.sections[0]?.body).toBe(typed);

    // The edit is on disk: a second composition on the same folder sees it.
    const again = await app.reopen();
    const reread = okValue(
      (await dispatch(again.handlers, 'drafts:get', [created.id])) as Result<Draft>,
    );
    expect(reread.sections[0]?.body).toBe(typed);

    const list = okValue(await call('drafts:list'));
    expect(list).toEqual([
      expect.objectContaining({
        id: created.id,
        title: '《榜样9》观后感',
        updatedAt: saved.updatedAt,
      }),
    ]);

    const docx = okValue(await call('export:docx', created.id, { preset: 'gbt9704' }));
    expect(docx.fileName).toBe('《榜样9》观后感.docx');
    const zip = await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain(typed);
    expect(xml).toContain('战就要“学理论”，杜绝“空谈”。');

    const txt = okValue(await call('export:txt', created.id, { lineEnding: 'lf' }));
    expect(txt.fileName).toBe('《榜样9》观后感.txt');
    // The template's headings are inline: the typed body continues the heading's paragraph.
    expect(Buffer.from(txt.base64, 'base64').toString('utf8')).toContain(
      `\u3000\u3000战就要“学理论”，杜绝“空谈”。${typed}\n`,
    );

    expect(okValue(await call('drafts:delete', created.id))).toEqual({ id: created.id });
    expect(errorCode(await call('drafts:get', created.id))).toBe('not_found');
    expect(okValue(await call('drafts:list'))).toEqual([]);
    // Deleting moves the draft file to the trash, where it can be restored.
    expect(await readdir(join(app.dataDir, 'drafts'))).toEqual([]);
    expect(okValue(await call('trash:list')).map((t) => t.id)).toEqual([created.id]);
  });

  it('miner:analyze answers with a Result, never a throw', async () => {
    const essay =
      '学习教师培训心得体会\n近日，我参加了全县教师培训。\n一、提高了认识\n收获很大。\n';
    const result = await call('miner:analyze', {
      fileName: '教师培训.txt',
      base64: Buffer.from(essay, 'utf8').toString('base64'),
    });
    if (result.ok) {
      expect(result.value.file).toBe('教师培训.txt');
      expect(Array.isArray(result.value.essays)).toBe(true);
    } else {
      expect(result.error.code).toMatch(/^[a-z_]+$/u);
      expect(result.error.code).not.toBe('internal');
      expect(result.error.message).not.toBe('');
    }
  });
});
