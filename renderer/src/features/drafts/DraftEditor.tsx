import { Alert, App as AntApp, Button, Card, Input, Typography } from 'antd';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
} from 'react';
import type { DraftField } from '../../../../electron/shared/checks';
import type { Draft } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { useMessages } from '../../i18n/messages';
import { useCommand } from '../../state/commands';
import { navigate } from '../../state/route';
import { ExportDialog } from '../export/ExportDialog';
import { loadExportChoice } from '../export/export-choice';
import { downloadDraftCopy } from './download';
import { DraftToolbar } from './DraftToolbar';
import { DraftSections } from './DraftSections';
import { useSectionHints } from './use-section-hints';
import { useAutosave } from './use-autosave';
import { draftChangeKey, useUndo } from './use-undo';
import { focusDraftField } from './focus-field';
import { NumberingPicker } from './NumberingPicker';
import { PhrasePanel } from '../phrases/PhrasePanel';
import { useCaretInsert } from './use-caret-insert';
import { editorMessages } from './editor-messages';

/**
 * Rich text where the browser allows it, so a paste into Word or WPS keeps the fonts; plain text
 * otherwise (no ClipboardItem, or permission refused).
 */
async function writeClipboard(html: string | null, text: string): Promise<void> {
  if (html !== null && typeof ClipboardItem === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Fall through to plain text, which more contexts permit.
    }
  }
  await navigator.clipboard.writeText(text);
}

export function DraftEditor({ draftId }: { draftId: string }) {
  const { message } = AntApp.useApp();
  const t = useMessages(editorMessages);
  const history = useUndo<Draft | null>(null, draftChangeKey);
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
  const { state, error, saveNow, compositionHandlers } = useAutosave(draft);
  const guides = useSectionHints(draft?.templateId ?? null);

  useEffect(() => {
    void api.drafts
      .get(draftId)
      .then((r) => (r.ok ? loadDraft(r.value) : setLoadError(r.error.message)));
  }, [draftId, loadDraft]);

  const update = useCallback(
    (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d)),
    [setDraft],
  );

  // Our history is the only undo in the editor: the browser's own text-field undo would replay the
  // same edit a second time through onChange, so the key is always taken here.
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      // During an IME composition the keys belong to the candidate window, not to the draft.
      if (e.nativeEvent.isComposing) return;
      // React bubbles events out of portals (dialogs, drawers); those are not the draft's fields.
      if (!(e.target instanceof Node) || !e.currentTarget.contains(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) redo();
      else return;
      e.preventDefault();
    },
    [redo, undo],
  );

  const goTo = useCallback(
    (field: DraftField, from?: number, to?: number) => {
      if (!focusDraftField(field, from, to)) void message.warning(t.spotGone);
    },
    [message, t],
  );

  const copyAs = useCallback(
    async (kind: 'rich' | 'text'): Promise<void> => {
      try {
        await saveNow();
        // The copy is set as the last Word export was.
        const { preset, fontScheme } = loadExportChoice();
        const copy = await call(api.export.html(draftId, { preset, fontScheme }));
        await writeClipboard(kind === 'rich' ? copy.html : null, copy.text);
        void message.success(kind === 'rich' ? t.copiedRich : t.copiedText);
        if (copy.warnings.length > 0) {
          void message.warning({ content: copy.warnings.join('；'), duration: 8 });
        }
      } catch (e) {
        void message.error(e instanceof Error ? e.message : String(e));
      }
    },
    [draftId, message, saveNow, t],
  );

  const [exporting, setExporting] = useState(false);
  const openExport = useCallback(() => setExporting(true), []);
  const closeExport = useCallback(() => setExporting(false), []);
  const copyKind = useCallback((kind: 'rich' | 'text') => void copyAs(kind), [copyAs]);
  const setNumbering = useCallback(
    (numbering: Draft['numbering']) => update({ numbering }),
    [update],
  );
  // Ctrl+S: save now, then keep that state as a version in the history.
  const [versionTick, setVersionTick] = useState(0);
  const save = useCallback(() => {
    void saveNow().then(async (saved) => {
      if (!saved) return;
      const r = await api.history.snapshot(draftId);
      if (!r.ok) {
        void message.error(r.error.message);
        return;
      }
      setVersionTick((t) => t + 1);
      void message.success(t.savedVersion);
    });
  }, [draftId, message, saveNow, t]);
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
        error,
      }),
      [draft?.title, history.canUndo, history.canRedo, state, error],
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

  return (
    <div {...compositionHandlers} onKeyDown={onKeyDown} onBlurCapture={caret.onBlurCapture}>
      <PhrasePanel open={phrasesOpen} genre={null} onClose={closePhrases} onInsert={insertPhrase} />
      <DraftToolbar
        draftId={draftId}
        title={toolbar.title}
        canUndo={toolbar.canUndo}
        canRedo={toolbar.canRedo}
        saveState={toolbar.state}
        saveError={toolbar.error}
        versionTick={versionTick}
        undo={undo}
        redo={redo}
        saveNow={saveNow}
        onRestored={setDraft}
        goTo={goTo}
        onExport={openExport}
        copyAs={copyKind}
        openPhrases={openPhrases}
      />
      <ExportDialog open={exporting} draftId={draftId} saveNow={saveNow} onClose={closeExport} />
      {state === 'error' && (
        <Alert
          type="error"
          showIcon
          data-testid="save-failed"
          style={{ marginBottom: 16 }}
          title={t.saveFailed}
          description={error}
          action={
            <Button onClick={() => downloadDraftCopy(draft, t.copyFile)} data-testid="save-as">
              {t.saveAs}
            </Button>
          }
        />
      )}
      <Card>
        <Input
          aria-label={t.title}
          data-testid="draft-title"
          data-field="title"
          variant="borderless"
          style={{ fontSize: 24, fontWeight: 600, textAlign: 'center' }}
          value={draft.title}
          onChange={(e) => update({ title: e.target.value })}
        />
        <Typography.Title level={5}>{t.opening}</Typography.Title>
        <Input.TextArea
          aria-label={t.opening}
          data-testid="draft-opening"
          data-field="opening"
          autoSize={{ minRows: 2 }}
          value={draft.opening}
          onChange={(e) => update({ opening: e.target.value })}
        />
        <NumberingPicker
          levels={Math.max(1, ...draft.sections.map((s) => s.level))}
          numbering={draft.numbering}
          onChange={setNumbering}
        />
        <DraftSections draft={draft} setDraft={setDraft} guides={guides} />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t.closing}
        </Typography.Title>
        <Input.TextArea
          aria-label={t.closing}
          data-testid="draft-closing"
          data-field="closing"
          autoSize={{ minRows: 2 }}
          value={draft.closing}
          onChange={(e) => update({ closing: e.target.value })}
        />
      </Card>
    </div>
  );
}
