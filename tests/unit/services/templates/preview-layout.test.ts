import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partsToText } from '../../../../electron/services/templates/template-data';
import { TemplateLibrary } from '../../../../electron/services/templates/template-library';
import type { Template } from '../../../../electron/shared/model';
import {
  fillLayout,
  layoutShape,
  previewLayout,
  type RowsByBlock,
} from '../../../../renderer/src/features/templates/preview-layout';
import { templatesDir } from '../../support/fixtures';

/** What the fill form holds: typed slot values and block rows. */
interface FormValues {
  name: string;
  data: (t: Template) => Record<string, string>;
  rows: (t: Template) => RowsByBlock;
}

const defaultRows = (t: Template): RowsByBlock =>
  Object.fromEntries(t.blocks.map((b) => [b.name, b.rows.map(() => ({}))]));

const typedRows = (t: Template, extra: number): RowsByBlock =>
  Object.fromEntries(
    t.blocks.map((b) => [
      b.name,
      Array.from({ length: b.rows.length + extra }, (_, i) =>
        Object.fromEntries(b.fields.map((f) => [f.name, `第${i + 1}行${f.label}`])),
      ),
    ]),
  );

const CASES: FormValues[] = [
  { name: 'nothing typed: every default', data: () => ({}), rows: defaultRows },
  {
    name: 'every slot and field typed',
    data: (t) => Object.fromEntries(t.slots.map((s) => [s.name, `我的${s.label}`])),
    rows: (t) => typedRows(t, 0),
  },
  {
    name: 'a row added, blanks left to their defaults',
    data: (t) => Object.fromEntries(t.slots.map((s, i) => [s.name, i % 2 ? '  ' : '《新作品》'])),
    rows: (t) => typedRows(t, 1),
  },
];

describe('the fill form’s quick preview, against the host’s own render', () => {
  const library = new TemplateLibrary(templatesDir);
  beforeAll(() => library.load());
  afterAll(() => library.close());

  const hostText = async (t: Template, data: Record<string, unknown>): Promise<string> =>
    partsToText(await library.render(t.id, data));

  it.each(CASES)('is the same text for every shipped template: $name', async (c) => {
    const templates = library.list().map((s) => library.get(s.id));
    expect(templates.length).toBeGreaterThan(0);
    for (const t of templates) {
      const data = c.data(t);
      const rows = c.rows(t);
      const layout = previewLayout(t, layoutShape(t, rows));
      const rendered = await hostText(t, layout.data);
      expect(fillLayout(rendered, layout, data, rows), t.id).toBe(
        await hostText(t, { ...data, ...rows }),
      );
    }
  });

  it('needs a new layout when a block gains a row', () => {
    const t = library.get(library.list()[0]?.id ?? '');
    const rows = defaultRows(t);
    const more = typedRows(t, 1);
    expect(t.blocks.length).toBeGreaterThan(0);
    expect(layoutShape(t, more)).not.toBe(layoutShape(t, rows));
  });
});
