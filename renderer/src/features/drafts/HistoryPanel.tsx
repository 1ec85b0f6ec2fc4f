import { App as AntApp, Button, Drawer, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type {
  DiffPart,
  Draft,
  DraftVersion,
  VersionReason,
} from '../../../../electron/shared/model';
import { api, call } from '../../api';

const REASON: Record<VersionReason, [string, string]> = {
  manual: ['手动保存', 'blue'],
  reopen: ['重新打开时', 'default'],
  'before-restore': ['恢复前', 'orange'],
};

const DIFF_STYLE: Record<DiffPart['op'], React.CSSProperties> = {
  same: {},
  add: { background: '#d9f7be', textDecoration: 'none' },
  del: { background: '#ffccc7', textDecoration: 'line-through' },
};

/** The comparison of a version with the saved draft: removed text struck out, added text green. */
function DiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <div
      data-testid="diff-view"
      style={{ whiteSpace: 'pre-wrap', border: '1px solid #f0f0f0', padding: 12, marginTop: 12 }}
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
  draftId,
  changed,
  beforeRestore,
  onRestored,
}: {
  draftId: string;
  changed: number;
  /** Saves pending edits first, so the comparison and the restore see them. */
  beforeRestore: () => Promise<boolean>;
  onRestored: (draft: Draft) => void;
}) {
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [versions, setVersions] = useState<DraftVersion[]>([]);
  const [diff, setDiff] = useState<{ id: string; parts: DiffPart[] } | null>(null);

  const load = useCallback(() => {
    call(api.history.list(draftId)).then(setVersions, (e: unknown) => {
      void message.error(e instanceof Error ? e.message : String(e));
    });
  }, [draftId, message]);

  useEffect(() => {
    if (open) load();
  }, [open, load, changed]);

  const compare = async (v: DraftVersion): Promise<void> => {
    try {
      await beforeRestore();
      setDiff({ id: v.id, parts: await call(api.history.compare(draftId, v.id, 'current')) });
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const restore = async (v: DraftVersion): Promise<void> => {
    try {
      if (!(await beforeRestore())) throw new Error('当前内容尚未保存,暂不能恢复。');
      const restored = await call(api.history.restore(draftId, v.id));
      onRestored(restored);
      setDiff(null);
      load();
      void message.success('已恢复到所选版本;恢复前的内容也保存为一个版本。');
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="open-history">
        历史版本
      </Button>
      <Drawer
        title="历史版本"
        open={open}
        onClose={() => setOpen(false)}
        size="large"
        data-testid="history-panel"
      >
        <Typography.Paragraph type="secondary">
          按 Ctrl+S 会保存一个版本;草稿闲置 5 分钟后再打开也会自动保存一个。每篇保留最近 50 个。
        </Typography.Paragraph>
        <List
          dataSource={versions}
          locale={{ emptyText: '还没有历史版本。按 Ctrl+S 保存一个。' }}
          renderItem={(v) => (
            <List.Item
              data-testid="version-item"
              actions={[
                <Button key="cmp" type="link" onClick={() => void compare(v)}>
                  与当前对比
                </Button>,
                <Popconfirm
                  key="restore"
                  title="用这个版本替换当前内容?"
                  okText="恢复"
                  cancelText="取消"
                  onConfirm={() => void restore(v)}
                >
                  <Button type="link" data-testid="restore-version">
                    恢复
                  </Button>
                </Popconfirm>,
              ]}
            >
              <Space orientation="vertical" size={0}>
                <Space>
                  <Typography.Text>{new Date(v.savedAt).toLocaleString('zh-CN')}</Typography.Text>
                  <Tag color={REASON[v.reason][1]}>{REASON[v.reason][0]}</Tag>
                </Space>
                <Typography.Text type="secondary">
                  {v.title || '未命名'} · {v.chars} 字
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        {diff && <DiffView parts={diff.parts} />}
      </Drawer>
    </>
  );
}
