import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Dropdown, Input, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { Draft } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { useCommand } from '../../state/commands';
import { navigate } from '../../state/route';
import { downloadDraftCopy, downloadFile } from './download';
import { ChecksPanel } from '../checks/ChecksPanel';
import { HistoryPanel } from './HistoryPanel';
import { DraftSections } from './DraftSections';
import { useSectionHints } from './use-section-hints';
import { useAutosave, type SaveState } from './use-autosave';
import { draftChangeKey, useUndo } from './use-undo';

const SAVE_LABEL: Record<SaveState, [string, string]> = {
  saved: ['已保存', 'green'],
  dirty: ['未保存', 'orange'],
  saving: ['保存中…', 'blue'],
  error: ['保存失败', 'red'],
};

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
  const history = useUndo<Draft | null>(null, draftChangeKey);
  const { present: draft, set: setDraft, reset: loadDraft, undo, redo } = history;
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

  const exportAs = useCallback(
    async (kind: 'docx' | 'txt'): Promise<void> => {
      try {
        await saveNow();
        const file = await call(
          kind === 'docx'
            ? api.export.docx(draftId, { preset: 'gbt9704' })
            : api.export.txt(draftId, {}),
        );
        downloadFile(file);
        void message.success(`已导出 ${file.fileName}`);
        // The file is complete either way; the writer may prefer to fill the blanks in Word.
        if (file.warnings.length > 0) {
          void message.warning({ content: file.warnings.join('；'), duration: 8 });
        }
      } catch (e) {
        void message.error(e instanceof Error ? e.message : String(e));
      }
    },
    [draftId, message, saveNow],
  );

  const copyAs = useCallback(
    async (kind: 'rich' | 'text'): Promise<void> => {
      try {
        await saveNow();
        const copy = await call(api.export.html(draftId, { preset: 'gbt9704' }));
        await writeClipboard(kind === 'rich' ? copy.html : null, copy.text);
        void message.success(kind === 'rich' ? '已复制,可直接粘贴到 Word' : '已复制纯文本');
        if (copy.warnings.length > 0) {
          void message.warning({ content: copy.warnings.join('；'), duration: 8 });
        }
      } catch (e) {
        void message.error(e instanceof Error ? e.message : String(e));
      }
    },
    [draftId, message, saveNow],
  );

  const exportDocx = useCallback(() => void exportAs('docx'), [exportAs]);
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
      void message.success('已保存,并记下一个历史版本');
    });
  }, [draftId, message, saveNow]);
  useCommand('save', save);
  useCommand('export-docx', exportDocx);

  if (loadError) {
    return (
      <Card>
        <Typography.Paragraph type="danger">{loadError}</Typography.Paragraph>
        <Button onClick={() => navigate({ name: 'home' })}>返回首页</Button>
      </Card>
    );
  }
  if (!draft) return <Typography.Text>加载中…</Typography.Text>;

  const [label, color] = SAVE_LABEL[state];

  return (
    <div {...compositionHandlers} onKeyDown={onKeyDown}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Space>
          <Button onClick={() => navigate({ name: 'home' })}>返回</Button>
          <Button
            aria-label="撤销"
            title="撤销 (Ctrl+Z)"
            icon={<UndoOutlined />}
            disabled={!history.canUndo}
            onClick={undo}
          />
          <Button
            aria-label="重做"
            title="重做 (Ctrl+Shift+Z)"
            icon={<RedoOutlined />}
            disabled={!history.canRedo}
            onClick={redo}
          />
          <Tag color={color} data-testid="save-state" title={error}>
            {label}
          </Tag>
          <HistoryPanel
            draftId={draftId}
            changed={versionTick}
            beforeRestore={saveNow}
            onRestored={setDraft}
          />
          <ChecksPanel draftId={draftId} beforeCheck={saveNow} />
        </Space>
        <Space>
          <Dropdown
            menu={{
              items: [
                { key: 'rich', label: <span data-testid="copy-rich">复制(带公文格式)</span> },
                { key: 'text', label: <span data-testid="copy-text">复制纯文本</span> },
              ],
              onClick: ({ key }) => void copyAs(key === 'rich' ? 'rich' : 'text'),
            }}
          >
            <Button data-testid="copy-menu">复制</Button>
          </Dropdown>
          <Button onClick={() => void exportAs('txt')} data-testid="export-txt">
            导出 .txt
          </Button>
          <Button type="primary" onClick={() => void exportAs('docx')} data-testid="export-docx">
            导出 Word (Ctrl+E)
          </Button>
        </Space>
      </Space>
      {state === 'error' && (
        <Alert
          type="error"
          showIcon
          data-testid="save-failed"
          style={{ marginBottom: 16 }}
          title="保存失败,编辑内容仍在本窗口中"
          description={error}
          action={
            <Button onClick={() => downloadDraftCopy(draft)} data-testid="save-as">
              另存为…
            </Button>
          }
        />
      )}
      <Card>
        <Input
          aria-label="标题"
          data-testid="draft-title"
          variant="borderless"
          style={{ fontSize: 24, fontWeight: 600, textAlign: 'center' }}
          value={draft.title}
          onChange={(e) => update({ title: e.target.value })}
        />
        <Typography.Title level={5}>开头</Typography.Title>
        <Input.TextArea
          aria-label="开头"
          data-testid="draft-opening"
          autoSize={{ minRows: 2 }}
          value={draft.opening}
          onChange={(e) => update({ opening: e.target.value })}
        />
        <DraftSections draft={draft} setDraft={setDraft} guides={guides} />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          结尾
        </Typography.Title>
        <Input.TextArea
          aria-label="结尾"
          data-testid="draft-closing"
          autoSize={{ minRows: 2 }}
          value={draft.closing}
          onChange={(e) => update({ closing: e.target.value })}
        />
      </Card>
    </div>
  );
}
