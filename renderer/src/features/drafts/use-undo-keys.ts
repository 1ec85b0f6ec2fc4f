import { useEffect, type RefObject } from 'react';

/** Fields and panels of their own: Ctrl+Z there is not the draft's. */
const NOT_THE_DRAFT =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="dialog"], [role="menu"]';

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo the draft wherever the focus is: in its fields,
 * and also on the page or a button after a drag or a click, where the last change of the draft is
 * what the writer means. A field outside the draft (a dialog's, a search box) keeps its own undo.
 * In the draft's fields the keys are always taken: the browser's own text-field undo would
 * replay the same edit a second time through onChange.
 */
export function useUndoKeys(
  draftRoot: RefObject<HTMLElement | null>,
  undo: () => void,
  redo: () => void,
): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
      // During an IME composition the keys belong to the candidate window, not to the draft.
      if (e.isComposing) return;
      const key = e.key.toLowerCase();
      const action =
        key === 'z' ? (e.shiftKey ? redo : undo) : key === 'y' && !e.shiftKey ? redo : null;
      if (!action) return;
      const target = e.target instanceof Element ? e.target : null;
      const inDraft = target !== null && draftRoot.current?.contains(target) === true;
      if (!inDraft && target?.closest(NOT_THE_DRAFT)) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [draftRoot, undo, redo]);
}
