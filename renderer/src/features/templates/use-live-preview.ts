import { useEffect, useMemo, useState } from 'react';
import type { Template } from '../../../../electron/shared/model';
import { api } from '../../api';
import {
  fillLayout,
  layoutShape,
  previewLayout,
  type PreviewLayout,
  type RowsByBlock,
} from './preview-layout';

/** The host's own render follows once typing pauses, so a shown preview is never left wrong. */
export const CHECK_DELAY_MS = 250;

interface Checked {
  data: Record<string, string>;
  rows: RowsByBlock;
  text: string;
}

/**
 * The fill form's preview, updated within the keystroke's own render from the host's marker
 * rendering (see preview-layout); the host then renders the real data. A template whose output
 * depends on a value in another way than showing it (an `{{#if}}` on an empty slot, a trimmed
 * space) differs from the quick fill: while the last check disagreed, the checked text is shown.
 */
export function useLivePreview(
  template: Template,
  data: Record<string, string>,
  rows: RowsByBlock,
): string {
  const shape = layoutShape(template, rows);
  const layout = useMemo(() => previewLayout(template, shape), [template, shape]);
  const [rendered, setRendered] = useState<{ layout: PreviewLayout; text: string } | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);

  useEffect(() => {
    let live = true;
    void api.templates.render(template.id, layout.data).then((r) => {
      if (live && r.ok) setRendered({ layout, text: r.value.text });
    });
    return () => {
      live = false;
    };
  }, [template.id, layout]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void api.templates.render(template.id, { ...data, ...rows }).then((r) => {
        if (live)
          setChecked({ data, rows, text: r.ok ? r.value.text : `预览失败:${r.error.message}` });
      });
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [template.id, data, rows]);

  if (checked && checked.data === data && checked.rows === rows) return checked.text;
  const quick = rendered?.layout === layout ? rendered.text : null;
  if (quick === null) return checked?.text ?? '';
  const trusted =
    !checked ||
    layoutShape(template, checked.rows) !== shape ||
    fillLayout(quick, layout, checked.data, checked.rows) === checked.text;
  return trusted ? fillLayout(quick, layout, data, rows) : checked.text;
}
