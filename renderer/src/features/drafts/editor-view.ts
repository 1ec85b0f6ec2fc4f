import { useCallback, useState } from 'react';

/** How the editor shows a draft: set as it will print, or as a form of its parts. */
export type EditorView = 'page' | 'outline';

const KEY = 'fanshi.editorView';

/** The view last chosen, kept in this profile's storage as the export choice is; the page first. */
function loadView(): EditorView {
  try {
    return localStorage.getItem(KEY) === 'outline' ? 'outline' : 'page';
  } catch {
    return 'page';
  }
}

export function useEditorView(): [EditorView, (view: EditorView) => void] {
  const [view, setView] = useState<EditorView>(loadView);
  const choose = useCallback((next: EditorView) => {
    setView(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not remembered, but this window still switches.
    }
  }, []);
  return [view, choose];
}
