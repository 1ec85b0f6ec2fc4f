import { useCallback, useRef, type FocusEvent } from 'react';
import type { DraftField } from '../../../../electron/shared/checks';
import type { Draft } from '../../../../electron/shared/model';
import { focusDraftField } from './focus-field';

interface Caret {
  field: DraftField;
  start: number;
  end: number;
}

/** The draft field an element is, from the data attributes the editor puts on its fields. */
function fieldOf(el: EventTarget | null): DraftField | null {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return null;
  const part = el.dataset.field;
  if (part === 'title' || part === 'opening' || part === 'closing') return { part };
  if (part === 'heading' || part === 'body') {
    const sectionId = el.closest<HTMLElement>('[data-section-id]')?.dataset.sectionId;
    return sectionId ? { part, sectionId } : null;
  }
  return null;
}

function replaceIn(draft: Draft, field: DraftField, edit: (value: string) => string): Draft {
  if (!('sectionId' in field)) return { ...draft, [field.part]: edit(draft[field.part]) };
  return {
    ...draft,
    sections: draft.sections.map((s) =>
      s.id === field.sectionId ? { ...s, [field.part]: edit(s[field.part]) } : s,
    ),
  };
}

/**
 * Remembers where the caret was in the draft when the focus left it (for a side panel), and
 * inserts text there as one undo step, then puts the caret after it.
 */
export function useCaretInsert(commit: (next: (d: Draft | null) => Draft | null) => void) {
  const caret = useRef<Caret | null>(null);

  const onBlurCapture = useCallback((e: FocusEvent<HTMLElement>) => {
    const field = fieldOf(e.target);
    if (
      !field ||
      !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)
    )
      return;
    caret.current = {
      field,
      start: e.target.selectionStart ?? e.target.value.length,
      end: e.target.selectionEnd ?? e.target.value.length,
    };
  }, []);

  const insert = useCallback(
    (text: string): boolean => {
      const at = caret.current;
      if (!at) return false;
      commit((d) =>
        d ? replaceIn(d, at.field, (v) => v.slice(0, at.start) + text + v.slice(at.end)) : d,
      );
      const after = at.start + text.length;
      caret.current = { ...at, start: after, end: after };
      // after React has put the new value in the field
      requestAnimationFrame(() => focusDraftField(at.field, after));
      return true;
    },
    [commit],
  );

  return { onBlurCapture, insert };
}
