import { App as AntApp, Button, List, Modal, Progress, Space, Tag, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import type { ImportReport } from '../../../../electron/shared/model';
import { api } from '../../api';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { toInputFile } from './read-file';
import { templateMessages } from './template-messages';

type Outcome = { file: string; report: ImportReport } | { file: string; error: string };

const ACCEPT = '.txt,.docx,.html,.htm';

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
  const [files, setFiles] = useState<File[]>([]);
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
      const r = await api.templates.importEssays(await toInputFile(file));
      const outcome: Outcome = r.ok
        ? { file: file.name, report: r.value }
        : { file: file.name, error: r.error.message };
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
          percent={Math.round((done / Math.max(files.length, 1)) * 100)}
          aria-label={t.progress}
        />
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
