import { App as AntApp, Button, Card, Segmented, Typography } from 'antd';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { emptyParts } from '../../../../electron/core/draft/empty-parts';
import type { DraftField, EmptyPart } from '../../../../electron/shared/checks';
import type { Draft } from '../../../../electron/shared/model';
import { api, call, hostError, HostError } from '../../api';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { useCommand } from '../../state/commands';
import { navigate } from '../../state/route';
import { ExportDialog } from '../export/ExportDialog';
import { loadExportChoice } from '../export/export-choice';
import { writeClipboard } from './clipboard';
import { DraftToolbar } from './DraftToolbar';
import { DraftOutline } from './DraftOutline';
import { DraftPage } from './page/DraftPage';
import { useEditorView, type EditorView } from './editor-view';
import { useSectionHints } from './use-section-hints';
import { useAutosave } from './use-autosave';
import { draftChangeKey, useUndo } from './use-undo';
import { useUndoKeys } from './use-undo-keys';
import { focusDraftField } from './focus-field';
import { PhrasePanel } from '../phrases/PhrasePanel';
import { useCaretInsert } from './use-caret-insert';
import { editorMessages } from './editor-messages';
import { DraftSessionProvider, useDraftSession } from './draft-session';
import { SaveFailed } from './SaveFailed';
import { StaleDraftDialog } from './StaleDraftDialog';

/** The editor of one draft: its save step is shared with the panels through the session. */
export function DraftEditor({ draftId }: { draftId: string }) {
  const history = useUndo<Draft | null>(null, draftChangeKey);
  const autosave = useAutosave(history.present);
  return (
    <DraftSessionProvider draftId={draftId} saveNow={autosave.saveNow}>
      <Editor draftId={draftId} history={history} autosave={autosave} />
    </DraftSessionProvider>
  );
}

function Editor({
  draftId,
  history,
  autosave,
}: {
  draftId: string;
  history: ReturnType<typeof useUndo<Draft | null>>;
  autosave: ReturnType<typeof useAutosave>;
}) {
  const { message } = AntApp.useApp();
  const t = useMessages(editorMessages);
  const { failure, reason } = useFailure();
  const { withSaved } = useDraftSession();
  const { present: draft, set: setDraft, commit, reset: loadDraft, undo, redo } = history;
  const caret = useCaretInsert(commit);
  const [phrasesOpen, setPhrasesOpen] = useState(false);
  const openPhrases = useCallback(() => setPhrasesOpen(true), []);
  const closePhrases = useCallback(() => setPhrasesOpen(false), []);
  const insertPhrase = useCallback(
    (text: string) => {
      const done = caret.insert(text);
      if (done) setPhrasesOpen(false);
      return done;
    },
    [caret],
  );
  useCommand('phrases', openPhrases);
  const [loadError, setLoadError] = useState('');
  const { state, error, settle, adopt } = autosave;
  const guides = useSectionHints(draft?.templateId ?? null);

  useEffect(() => {
    void api.drafts.get(draftId).then((r) => {
      if (!r.ok) {
        setLoadError(failure('load', hostError(r.error)));
        return;
      }
      adopt(r.value);
      loadDraft(r.value);
    });
  }, [adopt, draftId, failure, loadDraft]);

  // A version restored from the history is the saved draft now: an undoable change to show.
  const onRestored = useCallback(
    (restored: Draft) => {
      adopt(restored);
      setDraft(restored);
    },
    [adopt, setDraft],
  );

  const settleConflict = useCallback(
    async (keep: 'mine' | 'theirs'): Promise<void> => {
      const settled = await settle(keep);
      if (settled instanceof HostError) {
        void message.error(failure('save', settled));
        return;
      }
      if (keep === 'theirs') loadDraft(settled);
      void message.success(keep === 'mine' ? t.conflict.keptMine : t.conflict.tookTheirs);
    },
    [failure, loadDraft, message, settle, t],
  );

  const update = useCallback(
    (patch: Partial<Draft>, chosen = false) =>
      (chosen ? commit : setDraft)((d) => (d ? { ...d, ...patch } : d)),
    [commit, setDraft],
  );

  const draftRoot = useRef<HTMLDivElement>(null);
  useUndoKeys(draftRoot, undo, redo);

  const goTo = useCallback(
    (field: DraftField, from?: number, to?: number) => {
      if (!focusDraftField(field, from, to)) void message.warning(t.spotGone);
    },
    [message, t],
  );

  const copyAs = useCallback(
    async (kind: 'rich' | 'text'): Promise<void> => {
      try {
        // The copy is set as the last Word export was.
        const { preset, fontScheme } = loadExportChoice();
        const done = await withSaved(() => call(api.export.html(draftId, { preset, fontScheme })));
        if (!done.ok) return;
        const copy = done.value;
        await writeClipboard(kind === 'rich' ? copy.html : null, copy.text);
        void message.success(kind === 'rich' ? t.copiedRich : t.copiedText);
        if (copy.warnings.length > 0) {
          void message.warning({ content: copy.warnings.join('；'), duration: 8 });
        }
      } catch (e) {
        void message.error(failure('copy', e));
      }
    },
    [draftId, failure, message, t, withSaved],
  );

  const [exporting, setExporting] = useState(false);
  // The parts still empty as the export dialog opens, read from the draft in the window.
  const [exportEmpty, setExportEmpty] = useState<EmptyPart[]>([]);
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);
  const openExport = useCallback(() => {
    setExportEmpty(latest.current ? emptyParts(latest.current) : []);
    setExporting(true);
  }, []);
  // The page is set as the last export was; an export may have changed that.
  const [look, setLook] = useState(loadExportChoice);
  const closeExport = useCallback(() => {
    setExporting(false);
    setLook(loadExportChoice());
  }, []);
  const [view, setView] = useEditorView();
  const copyKind = useCallback((kind: 'rich' | 'text') => void copyAs(kind), [copyAs]);
  const setNumbering = useCallback(
    (numbering: Draft['numbering']) => update({ numbering }),
    [update],
  );
  // Ctrl+S: save now, then keep that state as a version in the history.
  const [versionTick, setVersionTick] = useState(0);
  const save = useCallback(() => {
    void withSaved(() => call(api.history.snapshot(draftId))).then(
      (done) => {
        if (!done.ok) return;
        setVersionTick((n) => n + 1);
        void message.success(t.savedVersion);
      },
      (e: unknown) => void message.error(failure('snapshot', e)),
    );
  }, [draftId, failure, message, t, withSaved]);
  useCommand('save', save);
  useCommand('export-docx', openExport);

  // The toolbar follows a keystroke in a render of its own, after the text field's: the first
  // keystroke flips the save state and the undo button, and re-rendering the toolbar with its
  // panels in the same task as the keystroke made that one keystroke a long task.
  const toolbar = useDeferredValue(
    useMemo(
      () => ({
        title: draft?.title ?? '',
        canUndo: history.canUndo,
        canRedo: history.canRedo,
        state,
        error: error ? reason(error) : '',
      }),
      [draft?.title, history.canUndo, history.canRedo, state, error, reason],
    ),
  );

  if (loadError) {
    return (
      <Card>
        <Typography.Paragraph type="danger">{loadError}</Typography.Paragraph>
        <Button onClick={() => navigate({ name: 'home' })}>{t.backHome}</Button>
      </Card>
    );
  }
  if (!draft) return <Typography.Text>{t.loading}</Typography.Text>;
  const viewProps = { draft, update, setDraft, commit, guides, setNumbering };

  return (
    <div ref={draftRoot} onBlurCapture={caret.onBlurCapture}>
      <PhrasePanel open={phrasesOpen} genre={null} onClose={closePhrases} onInsert={insertPhrase} />
      <DraftToolbar
        title={toolbar.title}
        canUndo={toolbar.canUndo}
        canRedo={toolbar.canRedo}
        saveState={toolbar.state}
        saveError={toolbar.error}
        versionTick={versionTick}
        undo={undo}
        redo={redo}
        onRestored={onRestored}
        goTo={goTo}
        onExport={openExport}
        copyAs={copyKind}
        openPhrases={openPhrases}
      />
      <ExportDialog
        open={exporting}
        draftId={draftId}
        empty={exportEmpty}
        onClose={closeExport}
        onGoTo={goTo}
      />
      <StaleDraftDialog open={state === 'conflict'} onSettle={settleConflict} />
      {state === 'error' && <SaveFailed draft={draft} reason={error ? reason(error) : ''} />}
      <Segmented<EditorView>
        aria-label={t.view.label}
        data-testid="editor-view"
        style={{ marginBottom: 12 }}
        value={view}
        onChange={setView}
        options={[
          { value: 'page', label: t.view.page },
          { value: 'outline', label: t.view.outline },
        ]}
      />
      {view === 'page' ? (
        <DraftPage {...viewProps} preset={look.preset} fontScheme={look.fontScheme} />
      ) : (
        <DraftOutline {...viewProps} />
      )}
    </div>
  );
}
