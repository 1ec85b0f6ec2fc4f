import { App as AntApp } from 'antd';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useFailure } from '../../errors/use-failure';
import { failureMessages } from '../../errors/failure-messages';
import { useMessages } from '../../i18n/messages';
import type { SaveOutcome } from './use-autosave';

export type Saved<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The open draft, as the editor's panels and menus need it. */
export interface DraftSession {
  draftId: string;
  /**
   * "Save, then act" as one step: saves pending edits, then runs `action` on the saved draft.
   * When the save fails the action does not run, and the user is told why (a message, unless
   * `inline` says the caller shows the reason itself).
   */
  withSaved: <T>(action: () => Promise<T>, options?: { inline?: boolean }) => Promise<Saved<T>>;
}

const DraftSessionContext = createContext<DraftSession | null>(null);

export function useDraftSession(): DraftSession {
  const session = useContext(DraftSessionContext);
  if (!session) throw new Error('useDraftSession is for components inside a DraftSessionProvider');
  return session;
}

export function DraftSessionProvider({
  draftId,
  saveNow,
  children,
}: {
  draftId: string;
  saveNow: () => Promise<SaveOutcome>;
  children: ReactNode;
}) {
  const { message } = AntApp.useApp();
  const { reason } = useFailure();
  const t = useMessages(failureMessages);
  const withSaved = useCallback(
    async <T,>(action: () => Promise<T>, options?: { inline?: boolean }): Promise<Saved<T>> => {
      const saved = await saveNow();
      if (!saved.ok) {
        const text = t.notSaved(reason(saved.error));
        // One message however often it is refused, not a stack of the same words.
        if (!options?.inline) void message.error({ key: 'draft-not-saved', content: text });
        return { ok: false, reason: text };
      }
      return { ok: true, value: await action() };
    },
    [message, reason, saveNow, t],
  );
  const session = useMemo(() => ({ draftId, withSaved }), [draftId, withSaved]);
  return <DraftSessionContext.Provider value={session}>{children}</DraftSessionContext.Provider>;
}
