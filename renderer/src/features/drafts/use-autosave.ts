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
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const dirty = useRef(false);

  const saveNow = useCallback((): Promise<void> => {
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
      } else {
        dirty.current = true;
        setState('error');
        setError(r.error.message);
      }
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
    const beforeUnload = (e: BeforeUnloadEvent): void => {
      if (dirty.current) {
        void saveNow();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
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
