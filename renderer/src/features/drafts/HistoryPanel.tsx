import { App as AntApp, Button, List, Popconfirm, Space, Tag, Typography, theme } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type {
  DiffPart,
  Draft,
  DraftVersion,
  VersionReason,
} from '../../../../electron/shared/model';
import { DrawerList } from '../../components/DrawerList';
import { ToolbarPanel } from '../../components/ToolbarPanel';
import { api, call } from '../../api';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { useDraftSession } from './draft-session';
import { panelMessages } from './panel-messages';
import { palette } from '../../theme';

const REASON_COLOR: Record<VersionReason, string> = {
  manual: 'blue',
  reopen: 'default',
  'before-restore': 'purple',
  conflict: 'orange',
};

const DIFF_STYLE: Record<DiffPart['op'], React.CSSProperties> = {
  same: {},
  add: { background: palette.diffAdd, textDecoration: 'none' },
  del: { background: palette.diffDel, textDecoration: 'line-through' },
};

/** The comparison of a version with the saved draft: removed text struck out, added text green. */
function DiffView({ parts }: { parts: DiffPart[] }) {
  const { token } = theme.useToken();
  return (
    <div
      data-testid="diff-view"
      style={{
        whiteSpace: 'pre-wrap',
        border: `1px solid ${token.colorBorderSecondary}`,
        padding: 12,
        marginTop: 12,
      }}
    >
      {parts.map((p, i) =>
        p.op === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'add' ? (
          <ins key={i} style={DIFF_STYLE.add}>
            {p.text}
          </ins>
        ) : (
          <del key={i} style={DIFF_STYLE.del}>
            {p.text}
          </del>
        ),
      )}
    </div>
  );
}

/**
 * 历史版本: the draft's kept versions (Ctrl+S, reopening after a pause), each comparable with the
 * saved draft and restorable. `changed` bumps whenever a new version may exist.
 */
export function HistoryPanel({
  changed,
  onRestored,
}: {
  changed: number;
  onRestored: (draft: Draft) => void;
}) {
  const { message } = AntApp.useApp();
  const t = useMessages(panelMessages).history;
  const { failure } = useFailure();
  // Pending edits are saved first, so that the comparison and the restore see them.
  const { draftId, withSaved } = useDraftSession();
  const [open, setOpen] = useState(false);
  const [versions, setVersions] = useState<DraftVersion[]>([]);
  const [diff, setDiff] = useState<{ id: string; parts: DiffPart[] } | null>(null);

  const load = useCallback(() => {
    call(api.history.list(draftId)).then(setVersions, (e: unknown) => {
      void message.error(failure('load', e));
    });
  }, [draftId, failure, message]);

  useEffect(() => {
    if (open) load();
  }, [open, load, changed]);

  const compare = async (v: DraftVersion): Promise<void> => {
    try {
      const done = await withSaved(() => call(api.history.compare(draftId, v.id, 'current')));
      if (done.ok) setDiff({ id: v.id, parts: done.value });
    } catch (e) {
      void message.error(failure('compare', e));
    }
  };

  const restore = async (v: DraftVersion): Promise<void> => {
    try {
      const done = await withSaved(() => call(api.history.restore(draftId, v.id)));
      if (!done.ok) return;
      onRestored(done.value);
      setDiff(null);
      load();
      void message.success(t.restored);
    } catch (e) {
      void message.error(failure('restoreVersion', e));
    }
  };

  return (
    <ToolbarPanel name="history" text={t} open={open} setOpen={setOpen}>
      <DrawerList
        text={t}
        items={versions}
        renderItem={(v) => (
          <List.Item
            data-testid="version-item"
            actions={[
              <Button key="cmp" type="link" onClick={() => void compare(v)}>
                {t.compare}
              </Button>,
              <Popconfirm
                key="restore"
                title={t.confirmRestore}
                okText={t.restore}
                cancelText={t.cancel}
                onConfirm={() => void restore(v)}
              >
                <Button type="link" data-testid="restore-version">
                  {t.restore}
                </Button>
              </Popconfirm>,
            ]}
          >
            <Space orientation="vertical" size={0}>
              <Space>
                <Typography.Text>{t.savedAt(v.savedAt)}</Typography.Text>
                <Tag color={REASON_COLOR[v.reason]}>{t.reason[v.reason]}</Tag>
              </Space>
              <Typography.Text type="secondary">{t.version(v.title, v.chars)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {diff && <DiffView parts={diff.parts} />}
    </ToolbarPanel>
  );
}
