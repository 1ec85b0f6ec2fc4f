import { Alert, Button, Empty, List, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type {
  DraftField,
  DraftReport,
  EmptyPart,
  OverlapMatch,
  SectionCount,
} from '../../../../electron/shared/checks';
import { CountRule } from '../../components/CountRule';
import { useMessages } from '../../i18n/messages';
import { PhraseSuggestions } from '../phrases/PhraseSuggestions';
import { checksMessages } from './checks-messages';
import { HighlightedText } from './HighlightedText';
import { sourceName } from './source-name';

type ChecksText = (typeof checksMessages)['en'];

const KIND_COLOR: Record<OverlapMatch['sourceKind'], string> = {
  corpus: 'blue',
  imported: 'purple',
};

/** Takes the writer to a field of the draft, selecting `from`–`to` in it. */
export type GoTo = (field: DraftField, from?: number, to?: number) => void;

const countColumns = (t: ChecksText) => [
  {
    title: t.columnPart,
    key: 'label',
    ellipsis: true,
    render: (_: unknown, c: SectionCount) => t.partLabel(c),
  },
  { title: t.columnChars, dataIndex: 'chars', key: 'chars', width: 80 },
  { title: t.columnCharsNoPunct, dataIndex: 'charsNoPunct', key: 'charsNoPunct', width: 90 },
  {
    title: t.columnTarget,
    dataIndex: 'target',
    key: 'target',
    width: 80,
    render: (target: number | null) => (target === null ? '—' : target),
  },
];

/** A report entry that takes the writer to its place in the draft; long text wraps. */
function LinkButton(props: {
  testId: string;
  title: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button
      type="link"
      size="small"
      data-testid={props.testId}
      title={props.title}
      style={{ whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
      onClick={props.onClick}
    >
      {props.children}
    </Button>
  );
}

/** The report: overlap, 字数 by part, empty parts, placeholders and broken parallel frames. */
export function ReportView({ report, goTo }: { report: DraftReport; goTo: GoTo }) {
  const t = useMessages(checksMessages);
  const { overlap } = report;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space size="large" wrap>
        <Statistic
          title={t.overlapPercent}
          value={overlap.overlapPercent}
          suffix="%"
          precision={1}
          styles={{ content: { color: overlap.overlapPercent >= 30 ? '#cf1322' : undefined } }}
          data-testid="overlap-percent"
        />
        <Statistic
          title={
            <>
              {t.totalChars}
              <CountRule />
            </>
          }
          value={report.total.chars}
          data-testid="report-chars"
        />
        <Statistic
          title={t.charsNoPunct}
          value={report.total.charsNoPunct}
          data-testid="report-chars-no-punct"
        />
        <Statistic
          title={t.essaysCompared}
          value={overlap.sourceEssays}
          suffix={t.essaysSuffix}
          data-testid="essays-compared"
        />
      </Space>
      {overlap.sourceEssays === 0 && (
        <Alert
          type="warning"
          showIcon
          title={t.noEssaysCompared}
          data-testid="no-essays-compared"
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t.overlapRule}
      </Typography.Paragraph>

      <section>
        <Typography.Title level={5}>{t.overlapHeading}</Typography.Title>
        {overlap.matches.length === 0 ? (
          <Empty description={t.noOverlap} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            data-testid="overlap-matches"
            size="small"
            dataSource={overlap.matches}
            renderItem={(m) => (
              <List.Item data-testid="overlap-match">
                <Space orientation="vertical" size={2}>
                  {m.spot ? (
                    <LinkButton
                      testId="overlap-link"
                      title={t.goToPassage}
                      onClick={() => m.spot && goTo(m.spot.field, m.spot.from, m.spot.to)}
                    >
                      {m.text}
                    </LinkButton>
                  ) : (
                    <Typography.Text>{m.text}</Typography.Text>
                  )}
                  <Space size={4}>
                    <Tag color={KIND_COLOR[m.sourceKind]}>{t.kind[m.sourceKind]}</Tag>
                    <Typography.Text type="secondary">{t.source(sourceName(m))}</Typography.Text>
                  </Space>
                  <PhraseSuggestions passage={m.text} />
                </Space>
              </List.Item>
            )}
          />
        )}
      </section>

      <section>
        <Typography.Title level={5}>{t.fullText}</Typography.Title>
        <HighlightedText report={report} />
      </section>

      <section>
        <Typography.Title level={5}>{t.countsHeading}</Typography.Title>
        <Table<SectionCount>
          data-testid="section-counts"
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          columns={countColumns(t)}
          dataSource={report.sections}
        />
      </section>

      <section>
        <Typography.Title level={5}>{t.emptyHeading}</Typography.Title>
        {report.empty.length === 0 ? (
          <Typography.Text type="success">{t.noEmpty}</Typography.Text>
        ) : (
          <List
            data-testid="empty-parts"
            size="small"
            dataSource={report.empty}
            renderItem={(p: EmptyPart) => (
              <List.Item>
                <LinkButton testId="empty-link" title={t.goToEmpty} onClick={() => goTo(p.field)}>
                  {t.empty(p)}
                </LinkButton>
              </List.Item>
            )}
          />
        )}
      </section>

      <section>
        <Typography.Title level={5}>{t.placeholdersHeading}</Typography.Title>
        {report.placeholders.length === 0 ? (
          <Typography.Text type="success">{t.noPlaceholders}</Typography.Text>
        ) : (
          <List
            data-testid="placeholders"
            size="small"
            dataSource={report.placeholders}
            renderItem={(p) => (
              <List.Item>
                <Button
                  type="link"
                  size="small"
                  data-testid="placeholder-link"
                  title={t.goToPlaceholder}
                  onClick={() => goTo(p.field, p.from, p.to)}
                >
                  {t.placeholderLabel(p.label)}
                  <Typography.Text mark>{p.text}</Typography.Text>
                </Button>
              </List.Item>
            )}
          />
        )}
      </section>

      <section>
        <Typography.Title level={5}>{t.parallelismHeading}</Typography.Title>
        {report.parallelism.length === 0 ? (
          <Typography.Text type="success">{t.parallelismOk}</Typography.Text>
        ) : (
          <List
            data-testid="parallelism"
            size="small"
            dataSource={report.parallelism}
            renderItem={(p) => (
              <List.Item>
                <LinkButton
                  testId="parallelism-link"
                  title={t.goToHeading}
                  onClick={() => goTo({ part: 'heading', sectionId: p.sectionId })}
                >
                  {t.parallelismItem(p.section + 1, p.heading, p.message)}
                </LinkButton>
              </List.Item>
            )}
          />
        )}
      </section>
    </Space>
  );
}
