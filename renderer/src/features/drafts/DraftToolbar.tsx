import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tag } from 'antd';
import { memo } from 'react';
import type { Draft } from '../../../../electron/shared/model';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { ChecksPanel, type GoTo } from '../checks/ChecksPanel';
import { ReuseMenu } from '../outlines/ReuseMenu';
import { phraseMessages } from '../phrases/phrase-messages';
import { editorMessages } from './editor-messages';
import { HistoryPanel } from './HistoryPanel';
import type { SaveState } from './use-autosave';
import { palette } from '../../theme';

const SAVE_COLOR: Record<SaveState, string> = {
  saved: palette.saved,
  dirty: palette.unsaved,
  saving: palette.saving,
  error: palette.saveFailed,
  conflict: palette.saveFailed,
};

interface Props {
  /** The draft's title, which the outline and template dialogs suggest as the name. */
  title: string;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  saveError: string;
  /** Bumped on each Ctrl+S, so the history panel lists the new version. */
  versionTick: number;
  undo: () => void;
  redo: () => void;
  onRestored: (draft: Draft) => void;
  goTo: GoTo;
  /** Opens the export dialog. */
  onExport: () => void;
  copyAs: (kind: 'rich' | 'text') => void;
  openPhrases: () => void;
}

/**
 * The editor's toolbar. Its props change with the save state, not with each keystroke, so the
 * memo keeps typing from re-rendering a dozen buttons and their panels.
 */
export const DraftToolbar = memo(function DraftToolbar(props: Props) {
  const t = useMessages(editorMessages);
  const tp = useMessages(phraseMessages);
  const steps = [
    [t.undo, <UndoOutlined />, props.canUndo, props.undo],
    [t.redo, <RedoOutlined />, props.canRedo, props.redo],
  ] as const;
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
      <Space>
        <Button onClick={() => navigate({ name: 'home' })}>{t.back}</Button>
        {steps.map(([words, icon, enabled, run]) => (
          <Button
            key={words.label}
            aria-label={words.label}
            title={words.title}
            icon={icon}
            disabled={!enabled}
            onClick={run}
          />
        ))}
        <Tag color={SAVE_COLOR[props.saveState]} data-testid="save-state" title={props.saveError}>
          {t.saveState[props.saveState]}
        </Tag>
        <HistoryPanel changed={props.versionTick} onRestored={props.onRestored} />
        <Button
          onClick={props.openPhrases}
          title={tp.openHint}
          data-testid="open-phrases"
          // keep the caret in the draft: the panel inserts where the writer left it
          onMouseDown={(e) => e.preventDefault()}
        >
          {tp.open}
        </Button>
        <ChecksPanel onGoTo={props.goTo} />
        <ReuseMenu title={props.title} />
      </Space>
      <Space>
        <Dropdown
          menu={{
            items: [
              { key: 'rich', label: <span data-testid="copy-rich">{t.copyRich}</span> },
              { key: 'text', label: <span data-testid="copy-text">{t.copyText}</span> },
            ],
            onClick: ({ key }) => props.copyAs(key === 'rich' ? 'rich' : 'text'),
          }}
        >
          <Button data-testid="copy-menu">{t.copy}</Button>
        </Dropdown>
        <Button type="primary" onClick={props.onExport} data-testid="export">
          {t.export}
        </Button>
      </Space>
    </Space>
  );
});
