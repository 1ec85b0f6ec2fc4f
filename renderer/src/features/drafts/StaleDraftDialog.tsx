import { Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMessages } from '../../i18n/messages';
import { editorMessages } from './editor-messages';

/**
 * Shown when a save was refused because another window or tab saved the draft meanwhile: the
 * writer keeps this window's text or loads the other; the one not kept goes into the history.
 */
export function StaleDraftDialog({
  open,
  onSettle,
}: {
  open: boolean;
  onSettle: (keep: 'mine' | 'theirs') => Promise<void>;
}) {
  const t = useMessages(editorMessages).conflict;
  const [busy, setBusy] = useState<'mine' | 'theirs' | null>(null);
  const choose = (keep: 'mine' | 'theirs'): void => {
    setBusy(keep);
    void onSettle(keep).finally(() => setBusy(null));
  };
  return (
    <Modal
      open={open}
      title={t.title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Space>
          <Button
            loading={busy === 'theirs'}
            disabled={busy !== null}
            onClick={() => choose('theirs')}
            data-testid="take-theirs"
          >
            {t.takeTheirs}
          </Button>
          <Button
            type="primary"
            loading={busy === 'mine'}
            disabled={busy !== null}
            onClick={() => choose('mine')}
            data-testid="keep-mine"
          >
            {t.keepMine}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t.body}</Typography.Paragraph>
    </Modal>
  );
}
