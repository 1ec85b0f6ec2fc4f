import { Button, Modal, Space, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useMessages } from '../../i18n/messages';
import { editorMessages } from './editor-messages';

type Keep = 'mine' | 'theirs';

/** The two ways out, in the footer's order; keeping this window's text is the primary one. */
const KEEP: [Keep, string, ButtonProps['type']][] = [
  ['theirs', 'take-theirs', 'default'],
  ['mine', 'keep-mine', 'primary'],
];

/**
 * Shown when a save was refused because another window or tab saved the draft meanwhile: the
 * writer keeps this window's text or loads the other; the one not kept goes into the history.
 */
export function StaleDraftDialog({
  open,
  onSettle,
}: {
  open: boolean;
  onSettle: (keep: Keep) => Promise<void>;
}) {
  const t = useMessages(editorMessages).conflict;
  const [busy, setBusy] = useState<Keep | null>(null);
  const choose = (keep: Keep): void => {
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
          {KEEP.map(([keep, testId, type]) => (
            <Button
              key={keep}
              type={type}
              loading={busy === keep}
              disabled={busy !== null}
              onClick={() => choose(keep)}
              data-testid={testId}
            >
              {t.keep[keep]}
            </Button>
          ))}
        </Space>
      }
    >
      <Typography.Paragraph>{t.body}</Typography.Paragraph>
    </Modal>
  );
}
