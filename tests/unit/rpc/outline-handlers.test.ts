import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/rpc/dispatch';
import type { ResultOf } from '../../../electron/shared/contract';
import type { Draft } from '../../../electron/shared/model';
import type { Result } from '../../../electron/shared/result';
import { GUANHOUGAN } from '../../fixtures/template-ids';
import { okValue, safetyDraft } from '../support/fixtures';
import { useFreshApp } from '../support/fresh-app';

/** A shipped 观后感 template: three inline headings sharing the frame 战就要“…”，杜绝“…”。 */
const TEMPLATE = GUANHOUGAN;

const app = useFreshApp('outline-handlers');
const { call } = app;

/** A draft from the shipped template, its second heading and every body rewritten. */
async function editedDraft(): Promise<Draft> {
  const rows = [{ 甲: '学思践悟', 乙: '走马观花' }, {}, { 甲: '久久为功', 乙: '浅尝辄止' }];
  const made = okValue(await call('drafts:create', { templateId: TEMPLATE, data: { 小节: rows } }));
  return okValue(
    await call('drafts:save', {
      ...made,
      title: '《大国工匠》观后感',
      sections: made.sections.map((s, i) => ({
        ...s,
        heading: i === 1 ? '战就要“精益求精”，杜绝“马马虎虎”。' : s.heading,
        body: `第${i + 1}节我自己写的正文。`,
      })),
    }),
  );
}

const headingsOf = (d: Draft): string[] => d.sections.map((s) => s.heading);

describe('outlines through the contract', () => {
  it('a draft from a saved outline has its headings, numbering and template, bodies empty', async () => {
    const source = await editedDraft();
    const saved = okValue(await call('outlines:save', source.id, '工匠精神观后感'));
    expect(okValue(await call('outlines:list'))).toEqual([saved]);

    const draft = okValue(await call('drafts:create', { outlineId: saved.id }));
    expect(headingsOf(draft)).toEqual(headingsOf(source));
    expect(draft.sections.map((s) => [s.id, s.level, s.inline, s.body])).toEqual(
      source.sections.map((s) => [s.id, s.level, s.inline, '']),
    );
    expect(draft.numbering).toEqual(source.numbering);
    // The template stays, so the editor still shows each section's 范文 hint and frame.
    expect(draft.templateId).toBe(TEMPLATE);
    expect(draft).toMatchObject({ title: source.title, opening: '', closing: '' });
    expect(draft.id).not.toBe(source.id);
  });

  it('renames and deletes, and reports bad names in Chinese', async () => {
    const source = await editedDraft();
    const saved = okValue(await call('outlines:save', source.id, '提纲一'));
    expect(okValue(await call('outlines:rename', saved.id, '提纲二')).name).toBe('提纲二');
    expect(await call('outlines:rename', saved.id, '   ')).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: '提纲名称不能为空' },
    });
    expect(await call('outlines:save', source.id, '长'.repeat(61))).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', message: '提纲名称最多 60 个字,现在有 61 个字' },
    });
    expect(okValue(await call('outlines:delete', saved.id))).toEqual({ id: saved.id });
    expect(okValue(await call('outlines:list'))).toEqual([]);
    expect(await call('drafts:create', { outlineId: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('outlines stay in the data folder for the next start', async () => {
    const source = await editedDraft();
    const saved = okValue(await call('outlines:save', source.id, '工匠精神观后感'));
    await app.core.store.close();
    const again = await app.reopen();
    const listed = okValue(
      (await dispatch(again.handlers, 'outlines:list', [])) as Result<ResultOf<'outlines:list'>>,
    );
    expect(listed).toEqual([saved]);
  });
});

describe('templates:fromDraft', () => {
  it('makes a user template in the gallery whose draft has the source headings', async () => {
    const source = await editedDraft();
    const made = okValue(await call('templates:fromDraft', source.id, ' 我的工匠观后感 '));
    expect(made).toMatchObject({ name: '我的工匠观后感', origin: 'user', genre: '观后感' });
    expect(made.id).toMatch(/^u-/u);
    const listed = okValue(await call('templates:list'));
    expect(listed.find((t) => t.id === made.id)).toEqual(made);
    // The same frame as the template the draft came from: shown beside it as a variant.
    expect(made.family).toBe(listed.find((t) => t.id === TEMPLATE)?.family);

    const template = okValue(await call('templates:get', made.id));
    expect(template.blocks[0]?.rows).toEqual([
      { 甲: '学思践悟', 乙: '走马观花' },
      { 甲: '精益求精', 乙: '马马虎虎' },
      { 甲: '久久为功', 乙: '浅尝辄止' },
    ]);
    expect(template.blocks[0]?.hints).toEqual(source.sections.map((s) => s.body));
    expect(template.source).not.toContain('我自己写的正文');

    const draft = okValue(await call('drafts:create', { templateId: made.id, data: {} }));
    expect(headingsOf(draft)).toEqual(headingsOf(source));
    expect(draft.numbering).toEqual(source.numbering);
    expect(draft.title).toBe(source.title);
    expect(draft.sections.every((s) => s.body === '')).toBe(true);
    expect(draft.templateId).toBe(made.id);

    // Filled like any template: the title is a field, the draft's own title its default.
    const filled = okValue(
      await call('drafts:create', { templateId: made.id, data: { 标题: '《榜样》观后感' } }),
    );
    expect(filled.title).toBe('《榜样》观后感');
  });

  it('works for a draft of the writer’s own with numbered headings on two levels', async () => {
    const created = okValue(await call('drafts:create', { title: '草稿' }));
    const source = okValue(
      await call('drafts:save', {
        ...safetyDraft(),
        id: created.id,
        updatedAt: created.updatedAt,
      }),
    );
    const made = okValue(await call('templates:fromDraft', source.id, '安全生产讲话'));
    expect(made.genre).toBe('讲话稿');
    const draft = okValue(await call('drafts:create', { templateId: made.id, data: {} }));
    expect(draft.sections.map((s) => [s.level, s.heading])).toEqual(
      source.sections.map((s) => [s.level, s.heading]),
    );
    expect(draft.numbering).toEqual(['一、', '(一)']);
  });

  it('refuses a bad name or a missing draft and saves no template', async () => {
    const source = await editedDraft();
    const before = okValue(await call('templates:list')).length;
    expect(await call('templates:fromDraft', source.id, '')).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: '模板名称不能为空' },
    });
    expect(await call('templates:fromDraft', 'no-such-draft', '模板')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(okValue(await call('templates:list'))).toHaveLength(before);
  });

  it('still works when the template the draft came from has been deleted', async () => {
    const first = await editedDraft();
    const own = okValue(await call('templates:fromDraft', first.id, '中间模板'));
    const fromOwn = okValue(await call('drafts:create', { templateId: own.id, data: {} }));
    okValue(await call('templates:deleteUser', own.id));
    const made = okValue(await call('templates:fromDraft', fromOwn.id, '再存一次'));
    expect(made.genre).toBe('观后感');
    const draft = okValue(await call('drafts:create', { templateId: made.id, data: {} }));
    expect(headingsOf(draft)).toEqual(headingsOf(first));
  });
});
