import type { DraftField } from '../../../../electron/shared/checks';

const selectorOf = (field: DraftField): string =>
  'sectionId' in field
    ? `[data-section-id="${CSS.escape(field.sectionId)}"] [data-field="${field.part}"]`
    : `[data-field="${field.part}"]`;

/**
 * Puts the caret in one field of the open draft and selects `from`–`to` in it, so the writer lands
 * on the placeholder a report entry names. False when the field is not on screen (the section was
 * deleted since the check ran).
 */
export function focusDraftField(field: DraftField, from?: number, to?: number): boolean {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selectorOf(field));
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  if (from !== undefined) el.setSelectionRange(from, to ?? from);
  return true;
}
