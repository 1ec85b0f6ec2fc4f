import { App as AntApp, Button, List, Modal, Progress, Space, Tag, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import type { ImportReport } from '../../../../electron/shared/model';
import { api } from '../../api';
import { navigate } from '../../state/route';
import { toInputFile } from './read-file';

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
    if (isCancelled()) void message.info('已取消,已导入的文件保留');
    onImported();
  };

  const done = outcomes.length;
  return (
    <Modal
      open={open}
      title="导入范文"
      width={760}
      onCancel={() => {
        cancelled.current = true;
        onClose();
      }}
      footer={
        <Space>
          {running ? (
            <Button onClick={() => (cancelled.current = true)}>取消</Button>
          ) : (
            <Button onClick={onClose}>关闭</Button>
          )}
          <Button
            type="primary"
            disabled={files.length === 0 || running}
            loading={running}
            onClick={() => void start()}
            data-testid="import-start"
          >
            开始导入
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
        <p>把 .txt、.docx 或 .html 范文拖到这里,或点击选择(可多选)</p>
        <p style={{ color: '#888' }}>支持 UTF-8、GBK/GB18030、UTF-16 编码</p>
      </Upload.Dragger>
      {files.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          待导入:{files.map((f) => f.name).join('、')}
        </Typography.Paragraph>
      )}
      {(running || done > 0) && (
        <Progress percent={Math.round((done / Math.max(files.length, 1)) * 100)} aria-label="导入进度" />
      )}
      <List
        data-testid="import-report"
        dataSource={outcomes}
        renderItem={(o) =>
          'error' in o ? (
            <List.Item>
              <Typography.Text type="danger">
                {o.file}:{o.error}
              </Typography.Text>
            </List.Item>
          ) : (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>{o.file}</Typography.Text>{' '}
                <Tag>编码 {o.report.encoding ?? '未知'}</Tag>
                <Tag>去除杂项 {o.report.junkLines.length} 行</Tag>
                <Tag color="red">生成模板 {o.report.templates.length} 个</Tag>
                {o.report.essays.map((e, i) => (
                  <div key={i} style={{ fontSize: 13, marginTop: 4 }}>
                    {e.title ?? `第 ${i + 1} 篇`}({e.genre}):小标题 {e.headings} 个,排比组 {e.groups} 个
                    {e.templateId && (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => {
                          onClose();
                          navigate({ name: 'fill', templateId: e.templateId ?? '' });
                        }}
                      >
                        使用生成的模板
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
