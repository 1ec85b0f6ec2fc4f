import {
  Alert,
  Button,
  Drawer,
  Empty,
  List,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import type { DraftReport, OverlapMatch, SectionCount } from '../../../../electron/shared/checks';
import { api, call } from '../../api';
import { segments } from './highlight';

const sourceName = (m: OverlapMatch): string => `${m.sourceFile}《${m.essayTitle}》`;

const KIND: Record<OverlapMatch['sourceKind'], [string, string]> = {
  corpus: ['范文库', 'blue'],
  imported: ['我导入的', 'purple'],
};

/** The draft's text with every overlapping passage marked, its source in the tooltip. */
function HighlightedText({ report }: { report: DraftReport }) {
  const matches = report.overlap.matches;
  return (
    <div
      data-testid="checks-text"
      style={{ whiteSpace: 'pre-wrap', border: '1px solid #f0f0f0', padding: 12, lineHeight: 1.8 }}
    >
      {segments(report.text, matches).map((s, i) => {
        const m = s.match === null ? undefined : matches[s.match];
        return m ? (
          <mark
            key={i}
            data-testid="overlap-mark"
            title={`与 ${sourceName(m)} 重复`}
            style={{ background: '#ffe58f', padding: 0 }}
          >
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        );
      })}
    </div>
  );
}

const countColumns = [
  { title: '部分', dataIndex: 'label', key: 'label', ellipsis: true },
  { title: '字数', dataIndex: 'chars', key: 'chars', width: 80 },
  { title: '不含标点', dataIndex: 'charsNoPunct', key: 'charsNoPunct', width: 90 },
  {
    title: '目标',
    dataIndex: 'target',
    key: 'target',
    width: 80,
    render: (t: number | null) => (t === null ? '—' : t),
  },
];

function ReportView({ report }: { report: DraftReport }) {
  const { overlap } = report;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space size="large" wrap>
        <Statistic
          title="重复率"
          value={overlap.overlapPercent}
          suffix="%"
          precision={1}
          styles={{ content: { color: overlap.overlapPercent >= 30 ? '#cf1322' : undefined } }}
          data-testid="overlap-percent"
        />
        <Statistic title="总字数" value={report.total.chars} />
        <Statistic title="不含标点" value={report.total.charsNoPunct} />
        <Statistic title="比对范文" value={overlap.sourceEssays} suffix="篇" />
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        连续 8
        个字及以上(不计空格和标点)与范文库或您导入的范文相同,记为重复;常用的短语和意思相近的改写不计。
      </Typography.Paragraph>

      <section>
        <Typography.Title level={5}>重复的段落</Typography.Title>
        {overlap.matches.length === 0 ? (
          <Empty description="没有发现与范文重复的段落" image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            data-testid="overlap-matches"
            size="small"
            dataSource={overlap.matches}
            renderItem={(m) => (
              <List.Item data-testid="overlap-match">
                <Space orientation="vertical" size={2}>
                  <Typography.Text>{m.text}</Typography.Text>
                  <Space size={4}>
                    <Tag color={KIND[m.sourceKind][1]}>{KIND[m.sourceKind][0]}</Tag>
                    <Typography.Text type="secondary">来源:{sourceName(m)}</Typography.Text>
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        )}
      </section>

      <section>
        <Typography.Title level={5}>全文(重复处已标出)</Typography.Title>
        <HighlightedText report={report} />
      </section>

      <section>
        <Typography.Title level={5}>各部分字数</Typography.Title>
        <Table<SectionCount>
          data-testid="section-counts"
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          columns={countColumns}
          dataSource={report.sections}
        />
      </section>

      <section>
        <Typography.Title level={5}>待填写的占位符</Typography.Title>
        {report.placeholders.length === 0 ? (
          <Typography.Text type="success">没有遗留的占位符。</Typography.Text>
        ) : (
          <List
            data-testid="placeholders"
            size="small"
            dataSource={report.placeholders}
            renderItem={(p) => (
              <List.Item>
                {p.label}:<Typography.Text mark>{p.text}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </section>

      <section>
        <Typography.Title level={5}>小标题排比</Typography.Title>
        {report.parallelism.length === 0 ? (
          <Typography.Text type="success">同级小标题整齐。</Typography.Text>
        ) : (
          <List
            data-testid="parallelism"
            size="small"
            dataSource={report.parallelism}
            renderItem={(p) => (
              <List.Item>
                第{p.section + 1}节“{p.heading || '(空)'}”:{p.message}
              </List.Item>
            )}
          />
        )}
      </section>
    </Space>
  );
}

/**
 * 查重与报告: saves the draft, then shows where it overlaps the sample essays, its 字数 by part,
 * the placeholders still in it and the headings that break their parallel frame.
 */
export function ChecksPanel({
  draftId,
  beforeCheck,
}: {
  draftId: string;
  /** Saves pending edits first: the check reads the saved draft. */
  beforeCheck: () => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<DraftReport | null>(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(false);

  const run = useCallback(async (): Promise<void> => {
    setLoading(true);
    setError('');
    try {
      await beforeCheck();
      setReport(await call(api.checks.report(draftId)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }, [beforeCheck, draftId]);

  return (
    <>
      <Button
        data-testid="open-checks"
        onClick={() => {
          setOpen(true);
          void run();
        }}
      >
        查重与报告
      </Button>
      <Drawer
        title="查重与报告"
        open={open}
        onClose={() => setOpen(false)}
        size="large"
        data-testid="checks-panel"
        extra={
          <Button onClick={() => void run()} loading={loading} data-testid="checks-rerun">
            重新检查
          </Button>
        }
      >
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
        {loading && !report ? (
          <Spin description="正在比对范文…">
            <div style={{ height: 120 }} />
          </Spin>
        ) : report ? (
          <ReportView report={report} />
        ) : null}
      </Drawer>
    </>
  );
}
