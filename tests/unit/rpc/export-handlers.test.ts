import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/rpc/dispatch';
import type { Draft } from '../../../electron/shared/model';
import type { Result } from '../../../electron/shared/result';
import { okValue, safetyDraft } from '../support/fixtures';
import { useFreshApp } from '../support/fresh-app';

const app = useFreshApp('export');
const { call } = app;

/** A saved draft with ASCII punctuation and two unfilled placeholders. */
async function savedDraft(): Promise<Draft> {
  const created = okValue(await call('drafts:create', { title: '草稿' }));
  const { id, createdAt, updatedAt } = created;
  return okValue(
    await call('drafts:save', {
      ...safetyDraft({ opening: '同志们:\n20__年,XXX同志主持会议。' }),
      id,
      createdAt,
      updatedAt,
    }),
  );
}

const EXPECTED_WARNINGS = ['开头有待填写的内容“20__年”', '开头有待填写的内容“XXX”'];

describe('export handlers', () => {
  it('export:html answers rich and plain text of the saved draft, punctuation fixed', async () => {
    const draft = await savedDraft();
    const copy = okValue(await call('export:html', draft.id, {}));
    expect(copy.text.split('\n').slice(0, 3)).toEqual([
      '在全县安全生产工作会议上的讲话',
      '\u3000\u3000同志们：',
      '\u3000\u300020__年，XXX同志主持会议。',
    ]);
    expect(copy.html).toContain('mso-fareast-font-family:"仿宋_GB2312"');
    expect(copy.html).toContain('>20__年，XXX同志主持会议。<');
    expect(copy.warnings).toEqual(EXPECTED_WARNINGS);
    const plain = okValue(await call('export:html', draft.id, { preset: 'plain' }));
    expect(plain.html).not.toContain('仿宋_GB2312');
  });

  it('export:html refuses a bad preset, extra arguments, and an unknown draft', async () => {
    const draft = await savedDraft();
    const code = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);
    expect(
      code(await dispatch(app.core.handlers, 'export:html', [draft.id, { preset: 'a4' }])),
    ).toBe('invalid_argument');
    expect(code(await dispatch(app.core.handlers, 'export:html', [draft.id]))).toBe(
      'invalid_argument',
    );
    expect(code(await dispatch(app.core.handlers, 'export:html', [42, {}]))).toBe(
      'invalid_argument',
    );
    expect(code(await call('export:html', 'no-such-draft', {}))).toBe('not_found');
  });

  it('export:docx and export:txt carry the same warnings and still export the file', async () => {
    const draft = await savedDraft();
    const docx = okValue(await call('export:docx', draft.id, { preset: 'gbt9704' }));
    expect(docx.warnings).toEqual(EXPECTED_WARNINGS);
    const xml = await (
      await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'))
    )
      .file('word/document.xml')
      ?.async('string');
    expect(xml).toContain('20__年，XXX同志主持会议。');
    const txt = okValue(await call('export:txt', draft.id, { encoding: 'gb18030' }));
    expect(txt.warnings).toEqual(EXPECTED_WARNINGS);
    expect(new TextDecoder('gb18030').decode(Buffer.from(txt.base64, 'base64'))).toContain(
      '\u3000\u300020__年，XXX同志主持会议。\r\n',
    );
  });

  it('a finished draft exports without warnings', async () => {
    const created = okValue(await call('drafts:create', { title: '教师培训心得' }));
    expect(okValue(await call('export:docx', created.id, {})).warnings).toEqual([]);
  });

  it('export:docx and export:html take the font scheme, and refuse one they do not know', async () => {
    const draft = await savedDraft();
    const docx = okValue(await call('export:docx', draft.id, { fontScheme: 'windows' }));
    const zip = await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'));
    const styles = await zip.file('word/styles.xml')?.async('string');
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).not.toContain('仿宋_GB2312');
    expect(await zip.file('word/fontTable.xml')?.async('string')).toContain(
      '<w:font w:name="仿宋"><w:altName w:val="FangSong"/>',
    );
    const copy = okValue(await call('export:html', draft.id, { fontScheme: 'windows' }));
    expect(copy.html).toContain('mso-fareast-font-family:"仿宋"');
    expect(copy.html).not.toContain('_GB2312');
    for (const channel of ['export:docx', 'export:html'] as const) {
      const r = await dispatch(app.core.handlers, channel, [draft.id, { fontScheme: 'mac' }]);
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid_argument');
    }
  });
});
