import { useCallback, useMemo, useReducer, type Dispatch, type SetStateAction } from 'react';
import type { Draft } from '../../../../electron/shared/model';

/** Older steps are dropped past this, so a long session cannot grow memory without bound. */
export const UNDO_LIMIT = 100;
/** Keystrokes in one field closer together than this are one step, not one step per character. */
export const MERGE_MS = 500;

export interface UndoState<T> {
  past: T[];
  present: T;
  future: T[];
  /** What the last step changed (see `draftChangeKey`); null when it must not absorb the next. */
  lastKey: string | null;
  lastAt: number;
}

export type UndoAction<T> =
  /** `separate`: a step of its own, which the keystrokes around it do not merge with (an insert). */
  | { type: 'set'; next: SetStateAction<T>; at: number; separate?: boolean }
  | { type: 'reset'; present: T }
  | { type: 'undo' }
  | { type: 'redo' };

/** Names the one field a change touched, or null for anything structural or wider. */
export type ChangeKey<T> = (prev: T, next: T) => string | null;

export interface UndoOptions<T> {
  changeKey: ChangeKey<T>;
  limit?: number;
  mergeMs?: number;
}

export function initialUndoState<T>(present: T): UndoState<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/** Pure, so the history rules are tested without React; the hook only binds it to state. */
export function undoReducer<T>(
  state: UndoState<T>,
  action: UndoAction<T>,
  options: UndoOptions<T>,
): UndoState<T> {
  const limit = options.limit ?? UNDO_LIMIT;
  const mergeMs = options.mergeMs ?? MERGE_MS;
  switch (action.type) {
    case 'reset':
      return initialUndoState(action.present);
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (state.past.length === 0) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous as T,
        future: [state.present, ...state.future],
        lastKey: null,
        lastAt: 0,
      };
    }
    case 'redo': {
      if (state.future.length === 0) return state;
      const [next, ...rest] = state.future;
      return {
        past: [...state.past, state.present],
        present: next as T,
        future: rest,
        lastKey: null,
        lastAt: 0,
      };
    }
    case 'set': {
      const next =
        typeof action.next === 'function'
          ? (action.next as (prev: T) => T)(state.present)
          : action.next;
      if (Object.is(next, state.present)) return state;
      const key = action.separate ? null : options.changeKey(state.present, next);
      const merge =
        key !== null &&
        key === state.lastKey &&
        state.past.length > 0 &&
        action.at - state.lastAt < mergeMs;
      // A merged keystroke replaces the present and keeps the step's starting point in `past`.
      const past = merge ? state.past : [...state.past, state.present].slice(-limit);
      return { past, present: next, future: [], lastKey: key, lastAt: action.at };
    }
  }
}

/**
 * The field one edit of a draft changed: `title`, `opening`, `closing`, `<sectionId>.heading` or
 * `<sectionId>.body`. Adding, moving, indenting or removing sections, or changing several fields at
 * once (a restored version), gives null: each of those is a step of its own.
 */
export const draftChangeKey: ChangeKey<Draft | null> = (prev, next) => {
  if (!prev || !next || prev.id !== next.id) return null;
  if (prev.numbering !== next.numbering) return null;
  if (prev.sections.length !== next.sections.length) return null;
  const changed: string[] = [];
  for (const field of ['title', 'opening', 'closing'] as const) {
    if (prev[field] !== next[field]) changed.push(field);
  }
  for (let i = 0; i < prev.sections.length; i += 1) {
    const a = prev.sections[i];
    const b = next.sections[i];
    if (!a || !b || a.id !== b.id || a.level !== b.level || a.inline !== b.inline) return null;
    if (a.heading !== b.heading) changed.push(`${a.id}.heading`);
    if (a.body !== b.body) changed.push(`${a.id}.body`);
  }
  return changed.length === 1 ? (changed[0] ?? null) : null;
};

export interface Undoable<T> {
  present: T;
  /** Same shape as a `useState` setter, so existing callers need no change. */
  set: Dispatch<SetStateAction<T>>;
  /** A change that is one undo step whatever was typed just before or after it. */
  commit: Dispatch<SetStateAction<T>>;
  /** Replaces the state and forgets the history (a freshly loaded draft is not an undoable step). */
  reset: (present: T) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

export function useUndo<T>(initial: T, changeKey: ChangeKey<T>): Undoable<T> {
  const [state, dispatch] = useReducer(
    (s: UndoState<T>, a: UndoAction<T>) => undoReducer(s, a, { changeKey }),
    initial,
    initialUndoState,
  );
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => dispatch({ type: 'set', next, at: Date.now() }),
    [],
  );
  const commit = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => dispatch({ type: 'set', next, at: Date.now(), separate: true }),
    [],
  );
  const reset = useCallback((present: T) => dispatch({ type: 'reset', present }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  return useMemo(
    () => ({
      present: state.present,
      set,
      commit,
      reset,
      undo,
      redo,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
    }),
    [state, set, commit, reset, undo, redo],
  );
}
