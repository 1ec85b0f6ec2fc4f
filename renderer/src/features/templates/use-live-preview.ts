import { useEffect, useMemo, useState } from 'react';
import type { Template } from '../../../../electron/shared/model';
import { api, hostError } from '../../api';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import {
  fillLayout,
  layoutShape,
  previewLayout,
  type PreviewLayout,
  type RowsByBlock,
} from './preview-layout';
import { templateMessages } from './template-messages';

/** The host's own render follows once typing pauses, so a shown preview is never left wrong. */
export const CHECK_DELAY_MS = 250;

interface Checked {
  data: Record<string, string>;
  rows: RowsByBlock;
  /** The host's render, or why it failed: put into words when shown, in the language then chosen. */
  result: { ok: true; text: string } | { ok: false; error: string };
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
  const t = useMessages(templateMessages).editor;
  const { reason } = useFailure();
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
          setChecked({
            data,
            rows,
            result: r.ok
              ? { ok: true, text: r.value.text }
              : { ok: false, error: reason(hostError(r.error)) },
          });
      });
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [template.id, data, rows, reason]);

  const quick = rendered?.layout === layout ? rendered.text : null;
  if (!checked) return quick === null ? '' : fillLayout(quick, layout, data, rows);
  const checkedText = checked.result.ok
    ? checked.result.text
    : t.previewFailed(checked.result.error);
  if ((checked.data === data && checked.rows === rows) || quick === null) return checkedText;
  const trusted =
    layoutShape(template, checked.rows) !== shape ||
    fillLayout(quick, layout, checked.data, checked.rows) === checkedText;
  return trusted ? fillLayout(quick, layout, data, rows) : checkedText;
}
