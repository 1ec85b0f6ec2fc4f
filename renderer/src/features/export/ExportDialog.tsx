import { App as AntApp, Button, Input, Modal, Radio, Space, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import type { DraftField, EmptyPart } from '../../../../electron/shared/checks';
import type { ExportedFile } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { AlertAbove } from '../../components/AlertAbove';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { checksMessages, emptyPartText } from '../checks/checks-messages';
import { downloadFile } from '../drafts/download';
import { useDraftSession } from '../drafts/draft-session';
import {
  EXPORT_FORMATS,
  FONT_SCHEMES,
  loadExportChoice,
  MAX_AUTHOR,
  MAX_DATE,
  PRESETS,
  saveExportChoice,
  todayAsDate,
  type ExportChoice,
} from './export-choice';
import { exportMessages } from './export-messages';

/** The file the host makes for `choice`, from the saved draft. */
function exportFile(draftId: string, choice: ExportChoice): Promise<ExportedFile> {
  if (choice.format === 'docx') {
    const { preset, fontScheme, author, date } = choice;
    return call(api.export.docx(draftId, { preset, fontScheme, author, date }));
  }
  const encoding = choice.format === 'txt-gb18030' ? 'gb18030' : 'utf-8';
  return call(api.export.txt(draftId, { encoding }));
}

/** A labelled group of fields; `labelId` names a radio group for screen readers. */
function Field(props: { label: string; labelId: string; help?: string; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text strong id={props.labelId} style={{ display: 'block', marginBottom: 4 }}>
        {props.label}
      </Typography.Text>
      {props.children}
      {props.help && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {props.help}
        </Typography.Paragraph>
      )}
    </div>
  );
}

type BylinePart = 'author' | 'date';

const BYLINE_MAX: Record<BylinePart, number> = { author: MAX_AUTHOR, date: MAX_DATE };

/** A field of the line under the title; `after` sits at its end (the date's 填入今天). */
function BylineField(props: {
  part: BylinePart;
  value: string;
  onChange: (value: string) => void;
  help?: string;
  after?: ReactNode;
}) {
  const t = useMessages(exportMessages).byline[props.part];
  const labelId = useId();
  const input = (
    <Input
      aria-labelledby={labelId}
      data-testid={`export-${props.part}`}
      value={props.value}
      maxLength={BYLINE_MAX[props.part]}
      placeholder={t.placeholder}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
  return (
    <Field label={t.label} labelId={labelId} help={props.help}>
      {props.after ? (
        <Space.Compact style={{ width: '100%' }}>
          {input}
          {props.after}
        </Space.Compact>
      ) : (
        input
      )}
    </Field>
  );
}

interface Props {
  draftId: string;
  /** The parts of the draft still empty as the dialog opened. */
  empty: readonly EmptyPart[];
  onClose: () => void;
  /** Closes the dialog and takes the writer to a field of the draft. */
  onGoTo: (field: DraftField) => void;
}

/** The parts of the draft still empty, each a way to go and write it; the export may go ahead. */
function EmptyParts({ empty, onGoTo }: Pick<Props, 'empty' | 'onGoTo'>) {
  const t = useMessages(exportMessages);
  const checks = useMessages(checksMessages);
  return (
    <AlertAbove
      type="warning"
      testId="export-empty"
      title={t.emptyTitle}
      description={
        <Space orientation="vertical" size={0}>
          {empty.map((p) => (
            <Button
              key={`${p.kind}-${String(p.section)}`}
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              title={t.goToEmpty}
              data-testid="export-empty-link"
              onClick={() => onGoTo(p.field)}
            >
              {emptyPartText(checks, p)}
            </Button>
          ))}
        </Space>
      }
    />
  );
}

/** The dialog's content: mounted at each opening, so it starts from the last choice. */
function ExportForm({ draftId, empty, onClose, onGoTo }: Props) {
  const { withSaved } = useDraftSession();
  const { failure } = useFailure();
  const t = useMessages(exportMessages);
  const { message } = AntApp.useApp();
  const id = useId();
  const [choice, setChoice] = useState(loadExportChoice);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const set = (patch: Partial<ExportChoice>) => {
    setChoice((c) => ({ ...c, ...patch }));
    setError('');
  };
  const word = choice.format === 'docx';

  const submit = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      // save, then export: a draft that could not be saved is not exported, and the dialog says why
      const done = await withSaved(() => exportFile(draftId, choice), { inline: true });
      if (!done.ok) {
        setError(done.reason);
        setBusy(false);
        return;
      }
      const file = done.value;
      saveExportChoice(choice);
      downloadFile(file);
      void message.success(t.exported(file.fileName));
      // The file is complete either way; the writer may prefer to fill the blanks in Word.
      if (file.warnings.length > 0) {
        void message.warning({ content: file.warnings.join('；'), duration: 8 });
      }
      onClose();
    } catch (e) {
      setError(failure('export', e));
      setBusy(false);
    }
  };

  return (
    <>
      {empty.length > 0 && <EmptyParts empty={empty} onGoTo={onGoTo} />}
      <Field label={t.format} labelId={`${id}-format`} help={t.formatHelp[choice.format]}>
        <Radio.Group
          aria-labelledby={`${id}-format`}
          data-testid="export-format"
          value={choice.format}
          onChange={(e) => set({ format: e.target.value as ExportChoice['format'] })}
          options={EXPORT_FORMATS.map((f) => ({ value: f, label: t.formats[f] }))}
        />
      </Field>
      {word && (
        <>
          <Field label={t.preset} labelId={`${id}-preset`}>
            <Radio.Group
              aria-labelledby={`${id}-preset`}
              value={choice.preset}
              onChange={(e) => set({ preset: e.target.value as ExportChoice['preset'] })}
              options={PRESETS.map((p) => ({ value: p, label: t.presets[p] }))}
            />
          </Field>
          {choice.preset === 'gbt9704' && (
            <Field label={t.fontScheme} labelId={`${id}-fonts`} help={t.fontSchemeHelp}>
              <Radio.Group
                aria-labelledby={`${id}-fonts`}
                vertical
                value={choice.fontScheme}
                onChange={(e) => set({ fontScheme: e.target.value as ExportChoice['fontScheme'] })}
                options={FONT_SCHEMES.map((s) => ({ value: s, label: t.fontSchemes[s] }))}
              />
            </Field>
          )}
          <BylineField part="author" value={choice.author} onChange={(author) => set({ author })} />
          <BylineField
            part="date"
            value={choice.date}
            onChange={(date) => set({ date })}
            help={t.bylineHelp}
            after={
              <Button data-testid="export-today" onClick={() => set({ date: todayAsDate() })}>
                {t.today}
              </Button>
            }
          />
        </>
      )}
      {error && (
        <Typography.Paragraph type="danger" role="alert" data-testid="export-error">
          {error}
        </Typography.Paragraph>
      )}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="export-ok">
          {t.ok}
        </Button>
      </Space>
    </>
  );
}

/**
 * Export options: format (.docx, UTF-8 or GB18030 .txt), and for Word the preset, the font scheme
 * and the author / date line. Remembers the last choice; the draft is saved before it is exported.
 */
export function ExportDialog({ open, onGoTo, ...form }: Props & { open: boolean }) {
  const t = useMessages(exportMessages);
  // Where to take the writer once the dialog has closed; meanwhile it must not refocus its opener.
  const [jump, setJump] = useState<DraftField | null>(null);
  return (
    <Modal
      open={open}
      title={t.title}
      footer={null}
      onCancel={form.onClose}
      destroyOnHidden
      focusable={{ focusTriggerAfterClose: jump === null }}
      afterClose={() => {
        if (jump) onGoTo(jump);
        setJump(null);
      }}
      data-testid="export-dialog"
    >
      <ExportForm
        {...form}
        onGoTo={(field) => {
          setJump(field);
          form.onClose();
        }}
      />
    </Modal>
  );
}
