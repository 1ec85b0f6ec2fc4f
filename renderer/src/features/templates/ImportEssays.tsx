import { App as AntApp, Button, List, Modal, Progress, Space, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import type { ImportProgress, InputFile } from '../../../../electron/shared/model';
import { api, hostError } from '../../api';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { ImportFileReport, type FileOutcome } from './ImportFileReport';
import { toInputFile } from './read-file';
import { templateMessages } from './template-messages';

const ACCEPT = '.txt,.docx,.html,.htm';

/** How often the dialog asks how far a long import has got. */
const PROGRESS_POLL_MS = 400;

/** How much of one file's import is done at a stage: mining is most of the work. */
function fractionOf(p: ImportProgress | null): number {
  if (!p) return 0;
  if (p.stage === 'save') return 0.7 + (0.3 * p.done) / Math.max(1, p.total);
  return { read: 0.05, mine: 0.15, templates: 0.6 }[p.stage];
}

/**
 * Import essays in two steps: read the files (what the miner found: titles, headings, patterns,
 * the page furniture it removed, why a file gives no template), then, with any title corrected,
 * make the templates. Many files at once, with progress and cancel.
 */
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
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [phase, setPhase] = useState<'idle' | 'reading' | 'read' | 'making' | 'made'>('idle');
  const running = phase === 'reading' || phase === 'making';
  const inputs = useRef(new Map<string, InputFile>());
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const cancelled = useRef(false);
  // Read through a function: the flag changes while the loops await.
  const isCancelled = (): boolean => cancelled.current;

  /** A big file takes a while on the host: its stage is shown while the call runs. */
  const withProgress = <T,>(fileName: string, call: Promise<T>): Promise<T> => {
    const poll = setInterval(() => {
      void api.templates.importProgress().then((p) => {
        if (p.ok) setProgress(p.value.find((x) => x.fileName === fileName) ?? p.value[0] ?? null);
      });
    }, PROGRESS_POLL_MS);
    return call.finally(() => {
      clearInterval(poll);
      setProgress(null);
    });
  };

  const read = async (): Promise<void> => {
    cancelled.current = false;
    setPhase('reading');
    setOutcomes([]);
    inputs.current.clear();
    for (const file of files) {
      if (isCancelled()) break;
      const input = await toInputFile(file);
      inputs.current.set(file.name, input);
      const r = await withProgress(file.name, api.miner.analyze(input));
      const outcome: FileOutcome = r.ok
        ? { name: file.name, analysis: r.value, titles: r.value.essays.map((e) => e.title ?? '') }
        : { name: file.name, titles: [], error: reason(hostError(r.error)) };
      setOutcomes((o) => [...o, outcome]);
    }
    setPhase('read');
    if (isCancelled()) void message.info(t.cancelled);
  };

  const make = async (): Promise<void> => {
    cancelled.current = false;
    setPhase('making');
    for (const [i, o] of outcomes.entries()) {
      const input = inputs.current.get(o.name);
      if (isCancelled()) break;
      if (!o.analysis || !input) continue;
      const r = await withProgress(o.name, api.templates.importEssays(input, { titles: o.titles }));
      setOutcomes((all) =>
        all.map((x, k) =>
          k !== i
            ? x
            : r.ok
              ? { ...x, report: r.value }
              : { ...x, error: reason(hostError(r.error)) },
        ),
      );
    }
    setPhase('made');
    // Imported: the next import starts from the files added for it, never these again.
    setFiles([]);
    if (isCancelled()) void message.info(t.cancelled);
    onImported();
  };

  const setTitle = (file: number, essay: number, title: string): void =>
    setOutcomes((all) =>
      all.map((o, k) =>
        k === file ? { ...o, titles: o.titles.map((x, j) => (j === essay ? title : x)) } : o,
      ),
    );

  const madeCount = outcomes.filter((o) => o.report !== undefined || o.error).length;
  const percent =
    phase === 'making'
      ? Math.round(((madeCount + fractionOf(progress)) / Math.max(outcomes.length, 1)) * 100)
      : Math.round((outcomes.length / Math.max(files.length, 1)) * 100);
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
            disabled={files.length === 0 || running}
            onClick={() => void read()}
            data-testid="import-start"
          >
            {t.start}
          </Button>
          <Button
            type="primary"
            disabled={phase !== 'read'}
            loading={phase === 'making'}
            onClick={() => void make()}
            data-testid="import-make"
          >
            {t.make}
          </Button>
        </Space>
      }
    >
      <Upload.Dragger
        multiple
        accept={ACCEPT}
        fileList={[]}
        beforeUpload={(_file, list) => {
          if (phase === 'made') {
            setOutcomes([]);
            setPhase('idle');
          }
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
      {phase !== 'idle' && (
        <Progress
          percent={phase === 'made' ? 100 : percent}
          aria-label={phase === 'reading' ? t.read : t.progress}
        />
      )}
      {progress && (
        <Typography.Text type="secondary" data-testid="import-stage">
          {progress.stage === 'save'
            ? t.stage.save(progress.fileName, progress.done, progress.total)
            : t.stage[progress.stage](progress.fileName)}
        </Typography.Text>
      )}
      {phase === 'read' && <Typography.Paragraph>{t.titleHint}</Typography.Paragraph>}
      <List
        data-testid="import-report"
        dataSource={outcomes}
        renderItem={(o, i) => (
          <List.Item>
            <ImportFileReport
              outcome={o}
              editable={phase === 'read'}
              onTitle={(essay, title) => setTitle(i, essay, title)}
              onUse={(templateId) => {
                onClose();
                navigate({ name: 'fill', templateId });
              }}
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}
