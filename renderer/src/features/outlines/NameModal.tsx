import { Button, Input, Modal, Space, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { MaxNameChars } from '../../../../electron/shared/outline';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { outlineMessages } from './outline-messages';

/** The host refuses longer names; the field stops there first. */
const MAX_NAME: MaxNameChars = 60;

interface NameFormProps {
  label: string;
  /** What the field holds when the dialog opens. */
  initial: string;
  okText: string;
  testId: string;
  /** Rejects with the reason to show; resolves once the name is taken. */
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}

/** The dialog's content: mounted afresh at each opening (see NameModal), so it starts from `initial`. */
function NameForm({ label, initial, okText, testId, onSubmit, onClose }: NameFormProps) {
  const t = useMessages(outlineMessages).dialog;
  const { reason } = useFailure();
  const [name, setName] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<InputRef>(null);
  const empty = name.trim() === '';

  useEffect(() => {
    // Selected, so typing replaces the suggestion and Enter keeps it.
    input.current?.focus({ cursor: 'all' });
  }, []);

  const submit = async (): Promise<void> => {
    if (empty || busy) return;
    setBusy(true);
    setError('');
    try {
      await onSubmit(name);
      onClose();
    } catch (e) {
      setError(reason(e));
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <>
      <label htmlFor={`${testId}-input`}>{label}</label>
      <Input
        id={`${testId}-input`}
        ref={input}
        data-testid={`${testId}-input`}
        value={name}
        maxLength={MAX_NAME}
        showCount
        status={error ? 'error' : undefined}
        aria-invalid={error !== ''}
        aria-describedby={error ? `${testId}-error` : undefined}
        onChange={(e) => {
          setName(e.target.value);
          setError('');
        }}
        onPressEnter={(e) => {
          // An Enter that picks an IME candidate belongs to the IME, not to the dialog.
          if (!e.nativeEvent.isComposing) void submit();
        }}
        style={{ margin: '8px 0' }}
      />
      {error && (
        <Typography.Paragraph
          type="danger"
          role="alert"
          id={`${testId}-error`}
          data-testid={`${testId}-error`}
        >
          {error}
        </Typography.Paragraph>
      )}
      <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 8 }}>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button
          type="primary"
          disabled={empty}
          loading={busy}
          onClick={() => void submit()}
          data-testid={`${testId}-ok`}
        >
          {okText}
        </Button>
      </Space>
    </>
  );
}

/**
 * Asks for a name: Enter or the button submits, Esc cancels. A refusal (an empty or taken name, a
 * failed save) shows under the field and keeps the dialog and what was typed, so nothing is lost.
 *
 * Each opening gets a new form. The old one lives on while the dialog animates closed, so a dialog
 * opened again at once would otherwise find the last one's state: its field, and "busy" from the
 * save that closed it, which made Enter do nothing.
 */
export function NameModal({
  open,
  title,
  ...form
}: NameFormProps & { open: boolean; title: string }) {
  const [openings, setOpenings] = useState(open ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpenings((n) => n + 1);
  }
  return (
    <Modal
      open={open}
      title={title}
      footer={null}
      onCancel={form.onClose}
      destroyOnHidden
      // On the full-window wrapper, shown while the dialog is and hidden once it has closed (the
      // outer root has no size of its own, so it never counts as visible).
      wrapProps={{ 'data-testid': form.testId }}
    >
      <NameForm key={openings} {...form} />
    </Modal>
  );
}
