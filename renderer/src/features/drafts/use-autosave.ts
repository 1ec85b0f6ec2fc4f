import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, SaveOptions } from '../../../../electron/shared/model';
import { api, HostError, hostError } from '../../api';

/** `conflict`: the host refused a save because the draft was saved elsewhere meanwhile. */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

export type SaveOutcome = { ok: true } | { ok: false; error: HostError };

export const AUTOSAVE_DELAY_MS = 800;

/**
 * Saves the latest draft once typing has paused, one save at a time. Letters being composed in an
 * input method never reach the draft (see DraftFields), so they are never saved.
 *
 * Every save names the saved copy it was built on (`updatedAt`). When another window or tab has
 * saved the draft since, the host refuses it: the state becomes `conflict`, nothing more is
 * saved, and `settle` decides which copy stays (the other goes into the history).
 */
export function useAutosave(draft: Draft | null) {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<HostError | null>(null);
  const latest = useRef(draft);
  /** The `updatedAt` of the saved copy the editor's text builds on. */
  const base = useRef<string | null>(draft?.updatedAt ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<SaveOutcome>>(Promise.resolve({ ok: true }));
  const dirty = useRef(false);
  const refused = useRef<HostError | null>(null);

  /** The copy the host holds now (loaded, restored, taken from another tab): edits build on it. */
  const adopt = useCallback((saved: Draft): void => {
    latest.current = saved;
    base.current = saved.updatedAt;
  }, []);

  const send = useCallback(
    (snapshot: Draft, options?: SaveOptions): Promise<Draft | HostError> =>
      api.drafts
        .save({ ...snapshot, updatedAt: base.current ?? snapshot.updatedAt }, options)
        .then((r) => {
          if (!r.ok) return hostError(r.error);
          base.current = r.value.updatedAt;
          return r.value;
        }),
    [],
  );

  const failed = useCallback((e: HostError): SaveOutcome => {
    // The edit stays in memory and stays dirty: the next save (or "另存为") still has it.
    dirty.current = true;
    if (e.code === 'stale') refused.current = e;
    setState(e.code === 'stale' ? 'conflict' : 'error');
    setError(e);
    return { ok: false, error: e };
  }, []);

  /** Resolves ok once the latest edit is on disk; with the reason when the save failed. */
  const saveNow = useCallback((): Promise<SaveOutcome> => {
    clearTimeout(timer.current);
    // Until the conflict is settled, every save would be refused the same way.
    if (refused.current) return Promise.resolve({ ok: false, error: refused.current });
    if (!dirty.current || !latest.current) return inFlight.current;
    const snapshot = latest.current;
    dirty.current = false;
    setState('saving');
    inFlight.current = inFlight.current.then(async (): Promise<SaveOutcome> => {
      const saved = await send(snapshot);
      if (saved instanceof HostError) return failed(saved);
      setState(dirty.current ? 'dirty' : 'saved');
      setError(null);
      return { ok: true };
    });
    return inFlight.current;
  }, [failed, send]);

  /**
   * Settles a conflict: 'mine' saves this window's text over the other copy, 'theirs' takes the
   * other copy, which is returned for the editor to show. The losing copy goes into the history.
   */
  const settle = useCallback(
    (keep: 'mine' | 'theirs'): Promise<Draft | HostError> => {
      const snapshot = latest.current;
      if (!snapshot) return Promise.resolve(hostError({ code: 'not_found', message: '' }));
      refused.current = null;
      dirty.current = false;
      setState('saving');
      const settled = inFlight.current.then(() => send(snapshot, { conflict: keep }));
      inFlight.current = settled.then((r): SaveOutcome => {
        if (r instanceof HostError) return failed(r);
        if (keep === 'theirs') adopt(r);
        setState(dirty.current ? 'dirty' : 'saved');
        setError(null);
        return { ok: true };
      });
      return settled;
    },
    [adopt, failed, send],
  );

  const schedule = useCallback((): void => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  useEffect(() => {
    if (draft && draft !== latest.current) {
      const first = latest.current === null;
      latest.current = draft;
      if (first) base.current = draft.updatedAt;
      else {
        dirty.current = true;
        if (!refused.current) {
          setState('dirty');
          schedule();
        }
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
        if (saved.ok && window.fanshiEvents) window.close();
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

  return { state, error, saveNow, settle, adopt };
}
