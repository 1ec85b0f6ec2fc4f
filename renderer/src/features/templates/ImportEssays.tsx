import { App as AntApp, Button, List, Modal, Progress, Space, Tag, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import type { ImportProgress, ImportReport } from '../../../../electron/shared/model';
import { api, hostError } from '../../api';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { toInputFile } from './read-file';
import { templateMessages } from './template-messages';

type Outcome = { file: string; report: ImportReport } | { file: string; error: string };

const ACCEPT = '.txt,.docx,.html,.htm';

/** How often the dialog asks how far a long import has got. */
const PROGRESS_POLL_MS = 400;

/** How much of one file's import is done at a stage: mining is most of the work. */
function fractionOf(p: ImportProgress | null): number {
  if (!p) return 0;
  if (p.stage === 'save') return 0.7 + (0.3 * p.done) / Math.max(1, p.total);
  return { read: 0.05, mine: 0.15, templates: 0.6 }[p.stage];
}

/** Import essays: many files at once, with progress, cancel, and a mining report per file. */
export function ImportEssays({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const { message } = AntApp.useApp();
  const t = useMessages(templateMessages).import;
  const { reason } = useFailure();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [running, setRunning] = useState(false);
  const cancelled = useRef(false);
  // Read through a function: the flag changes while the loop awaits.
  const isCancelled = (): boolean => cancelled.current;

  const start = async (): Promise<void> => {
    cancelled.current = false;
    setRunning(true);
    setOutcomes([]);
    for (const file of files) {
      if (isCancelled()) break;
      // A big file takes a while on the host: show its stage as it goes.
      const poll = setInterval(() => {
        void api.templates.importProgress().then((p) => {
          if (p.ok)
            setProgress(p.value.find((x) => x.fileName === file.name) ?? p.value[0] ?? null);
        });
      }, PROGRESS_POLL_MS);
      const r = await api.templates.importEssays(await toInputFile(file)).finally(() => {
        clearInterval(poll);
        setProgress(null);
      });
      const outcome: Outcome = r.ok
        ? { file: file.name, report: r.value }
        : { file: file.name, error: reason(hostError(r.error)) };
      setOutcomes((o) => [...o, outcome]);
    }
    setRunning(false);
    if (isCancelled()) void message.info(t.cancelled);
    onImported();
  };

  const done = outcomes.length;
  return (
    <Modal
      open={open}
      title={t.title}
      width={760}
      onCancel={() => {
        cancelled.current = true;
        onClose();
      }}
      footer={
        <Space>
          {running ? (
            <Button onClick={() => (cancelled.current = true)}>{t.cancel}</Button>
          ) : (
            <Button onClick={onClose}>{t.close}</Button>
          )}
          <Button
            type="primary"
            disabled={files.length === 0 || running}
            loading={running}
            onClick={() => void start()}
            data-testid="import-start"
          >
            {t.start}
          </Button>
        </Space>
      }
    >
      <Upload.Dragger
        multiple
        accept={ACCEPT}
        fileList={[]}
        beforeUpload={(_file, list) => {
          setFiles((f) => [...f, ...list.filter((x) => !f.some((y) => y.name === x.name))]);
          return false;
        }}
        data-testid="import-drop"
      >
        <p>{t.drop}</p>
        <p className="ant-upload-hint">{t.encodings}</p>
      </Upload.Dragger>
      {files.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t.pending(files.map((f) => f.name))}
        </Typography.Paragraph>
      )}
      {(running || done > 0) && (
        <Progress
          percent={Math.round(((done + fractionOf(progress)) / Math.max(files.length, 1)) * 100)}
          aria-label={t.progress}
        />
      )}
      {progress && (
        <Typography.Text type="secondary" data-testid="import-stage">
          {progress.stage === 'save'
            ? t.stage.save(progress.fileName, progress.done, progress.total)
            : t.stage[progress.stage](progress.fileName)}
        </Typography.Text>
      )}
      <List
        data-testid="import-report"
        dataSource={outcomes}
        renderItem={(o) =>
          'error' in o ? (
            <List.Item>
              <Typography.Text type="danger">{t.failed(o.file, o.error)}</Typography.Text>
            </List.Item>
          ) : (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>{o.file}</Typography.Text>{' '}
                <Tag>{t.encoding(o.report.encoding)}</Tag>
                <Tag>{t.junk(o.report.junkLines.length)}</Tag>
                <Tag color="red">{t.templates(o.report.templates.length)}</Tag>
                {o.report.warnings.map((w) => (
                  <Typography.Paragraph key={w} type="warning" style={{ margin: '4px 0 0' }}>
                    {w}
                  </Typography.Paragraph>
                ))}
                {o.report.essays.map((e, i) => (
                  <div key={i} style={{ fontSize: 13, marginTop: 4 }}>
                    {t.essay(i + 1, e.title, e.genre, e.headings, e.groups)}
                    {e.templateId && (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => {
                          onClose();
                          navigate({ name: 'fill', templateId: e.templateId ?? '' });
                        }}
                      >
                        {t.useTemplate}
                      </Button>
                    )}
                  </div>
                ))}
              </div>
            </List.Item>
          )
        }
      />
    </Modal>
  );
}
