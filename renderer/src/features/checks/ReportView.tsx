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
import { checksMessages, emptyPartText, partLabel, type ChecksText } from './checks-messages';
import { HighlightedText } from './HighlightedText';
import { sourceName } from './source-name';
import { palette } from '../../theme';

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
    render: (_: unknown, c: SectionCount) => partLabel(t, c),
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

/**
 * A part of the report that lists what to fix, each entry a link to its place in the draft, or
 * says that nothing is to be fixed.
 */
function ReportList<T>(props: {
  ids: [list: string, link: string];
  text: [heading: string, none: string, goTo: string];
  items: readonly T[];
  /** Where an entry takes the writer, and what it says. */
  link: (item: T) => [goTo: () => void, text: ReactNode];
}) {
  const [listId, linkId] = props.ids;
  const [heading, none, goToTitle] = props.text;
  return (
    <section>
      <Typography.Title level={5}>{heading}</Typography.Title>
      {props.items.length === 0 ? (
        <Typography.Text type="success">{none}</Typography.Text>
      ) : (
        <List
          data-testid={listId}
          size="small"
          dataSource={[...props.items]}
          renderItem={(item) => {
            const [goTo, text] = props.link(item);
            return (
              <List.Item>
                <LinkButton testId={linkId} title={goToTitle} onClick={goTo}>
                  {text}
                </LinkButton>
              </List.Item>
            );
          }}
        />
      )}
    </section>
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
          styles={{
            content: { color: overlap.overlapPercent >= 30 ? palette.overlapHigh : undefined },
          }}
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

      <ReportList
        ids={['empty-parts', 'empty-link']}
        text={[t.emptyHeading, t.noEmpty, t.goToEmpty]}
        items={report.empty}
        link={(p: EmptyPart) => [() => goTo(p.field), emptyPartText(t, p)]}
      />
      <ReportList
        ids={['placeholders', 'placeholder-link']}
        text={[t.placeholdersHeading, t.noPlaceholders, t.goToPlaceholder]}
        items={report.placeholders}
        link={(p) => [
          () => goTo(p.field, p.from, p.to),
          <>
            {t.placeholderLabel(p.label)}
            <Typography.Text mark>{p.text}</Typography.Text>
          </>,
        ]}
      />
      <ReportList
        ids={['parallelism', 'parallelism-link']}
        text={[t.parallelismHeading, t.parallelismOk, t.goToHeading]}
        items={report.parallelism}
        link={(p) => [
          () => goTo({ part: 'heading', sectionId: p.sectionId }),
          t.parallelismItem(p.section + 1, p.heading, p.message),
        ]}
      />
    </Space>
  );
}
