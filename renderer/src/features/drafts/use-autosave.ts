import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../../electron/shared/model';
import { api } from '../../api';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

export const AUTOSAVE_DELAY_MS = 800;

/**
 * Saves the latest draft once typing has paused, one save at a time, never in the middle of an
 * IME composition (the text there is not the user's yet).
 */
export function useAutosave(draft: Draft | null) {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState('');
  const latest = useRef(draft);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean>>(Promise.resolve(true));
  const dirty = useRef(false);

  /** Resolves true once the latest edit is on disk, false when the save failed. */
  const saveNow = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    if (!dirty.current || !latest.current) return inFlight.current;
    const snapshot = latest.current;
    dirty.current = false;
    setState('saving');
    inFlight.current = inFlight.current.then(async () => {
      const r = await api.drafts.save(snapshot);
      if (r.ok) {
        setState(dirty.current ? 'dirty' : 'saved');
        setError('');
        return true;
      }
      // The edit stays in memory and stays dirty: the next save (or "另存为") still has it.
      dirty.current = true;
      setState('error');
      setError(r.error.message);
      return false;
    });
    return inFlight.current;
  }, []);

  const schedule = useCallback((): void => {
    const arm = (): void => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (composing.current) arm();
        else void saveNow();
      }, AUTOSAVE_DELAY_MS);
    };
    arm();
  }, [saveNow]);

  useEffect(() => {
    if (draft && draft !== latest.current) {
      const first = latest.current === null;
      latest.current = draft;
      if (!first) {
        dirty.current = true;
        setState('dirty');
        schedule();
      }
    }
  }, [draft, schedule]);

  useEffect(() => {
    // Closing with an unsaved edit: hold the close, save, then close for real. A browser shows
    // its "leave?" prompt meanwhile; Electron cancels the close silently, so close again after.
    const beforeUnload = (e: BeforeUnloadEvent): void => {
      if (!dirty.current) return;
      e.preventDefault();
      void saveNow().then((saved) => {
        if (saved && window.fanshiEvents) window.close();
      });
    };
    // Best effort when the page goes without asking (tab discarded, mobile background).
    const pageHide = (): void => void saveNow();
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
      void saveNow();
    };
  }, [saveNow]);

  const compositionHandlers = {
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: () => {
      composing.current = false;
    },
  };

  return { state, error, saveNow, compositionHandlers };
}
