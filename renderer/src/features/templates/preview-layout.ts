import { orBlank } from '../../../../electron/core/templates/formula-text';
import type { Template } from '../../../../electron/shared/model';

export type BlockRowValues = Record<string, string>;
export type RowsByBlock = Record<string, BlockRowValues[]>;

/**
 * Private-use characters: no template text contains them, and neither the paragraph trimming nor
 * the numbering the host applies to a rendered template changes them.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/gu;

/** One value the template shows: where the form keeps it, and what an empty field falls back to. */
interface Hole {
  read: (data: Record<string, string>, rows: RowsByBlock) => string | undefined;
  fallback: string;
}

/**
 * Handlebars runs in the host only (the renderer's CSP forbids the code it compiles to), and a
 * round trip per keystroke is slower than a frame. So the host renders the template once with a
 * marker in place of every value, and each keystroke only puts the values into that text.
 */
export interface PreviewLayout {
  /** The number of rows of each block, which the rendered text depends on. */
  shape: string;
  /** What the host renders: a marker for every slot and every field of every row. */
  data: Record<string, unknown>;
  holes: Hole[];
}

export const layoutShape = (template: Template, rows: RowsByBlock): string =>
  template.blocks.map((b) => rows[b.name]?.length ?? 0).join(',');

export function previewLayout(template: Template, shape: string): PreviewLayout {
  const counts = shape.split(',').map(Number);
  const holes: Hole[] = [];
  const marker = (hole: Hole): string => `${OPEN}${holes.push(hole) - 1}${CLOSE}`;
  const data: Record<string, unknown> = {};
  for (const slot of template.slots) {
    data[slot.name] = marker({ read: (values) => values[slot.name], fallback: slot.default });
  }
  template.blocks.forEach((block, b) => {
    data[block.name] = Array.from({ length: counts[b] ?? 0 }, (_, i) =>
      Object.fromEntries(
        block.fields.map((f) => [
          f.name,
          marker({
            read: (_values, rows) => rows[block.name]?.[i]?.[f.name],
            // the host's rule (withDefaults): a field without a default is a blank
            fallback: orBlank(block.rows[i]?.[f.name]),
          }),
        ]),
      ),
    );
  });
  return { shape, data, holes };
}

/** The host's rendering of the layout, each marker replaced by the value it stands for. */
export function fillLayout(
  rendered: string,
  layout: PreviewLayout,
  data: Record<string, string>,
  rows: RowsByBlock,
): string {
  return rendered.replace(MARKER, (marker, index: string) => {
    const hole = layout.holes[Number(index)];
    if (!hole) return marker;
    const value = hole.read(data, rows) ?? '';
    // The host's rule (withDefaults): a blank field shows the template's default.
    return value.trim() !== '' ? value : hole.fallback;
  });
}
