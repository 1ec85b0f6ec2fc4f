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
  theme,
  Typography,
} from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import type {
  DraftField,
  DraftReport,
  EmptyPart,
  OverlapMatch,
  SectionCount,
} from '../../../../electron/shared/checks';
import { CountRule } from '../../components/CountRule';
import { api, call } from '../../api';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { PhraseSuggestions } from '../phrases/PhraseSuggestions';
import { useDraftSession } from '../drafts/draft-session';
import { checksMessages } from './checks-messages';
import { segments } from './highlight';
import { palette } from '../../theme';

type ChecksText = (typeof checksMessages)['en'];

const sourceName = (m: OverlapMatch): string => `${m.sourceFile}《${m.essayTitle}》`;

const KIND_COLOR: Record<OverlapMatch['sourceKind'], string> = {
  corpus: 'blue',
  imported: 'purple',
};

/** The draft's text with every overlapping passage marked, its source in the tooltip. */
function HighlightedText({ report }: { report: DraftReport }) {
  const t = useMessages(checksMessages);
  const { token } = theme.useToken();
  const matches = report.overlap.matches;
  return (
    // Focusable, so a keyboard user can reach the marked text and scroll the panel with it.
    <div
      data-testid="checks-text"
      tabIndex={0}
      role="region"
      aria-label={t.fullText}
      style={{
        whiteSpace: 'pre-wrap',
        border: `1px solid ${token.colorBorderSecondary}`,
        padding: 12,
        lineHeight: 1.8,
      }}
    >
      {segments(report.text, matches).map((s, i) => {
        const m = s.match === null ? undefined : matches[s.match];
        return m ? (
          <mark
            key={i}
            data-testid="overlap-mark"
            title={t.overlapWith(sourceName(m))}
            style={{ background: palette.overlapMark, padding: 0 }}
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

/** Takes the writer to a field of the draft, selecting `from`–`to` in it. */
export type GoTo = (field: DraftField, from?: number, to?: number) => void;

function ReportView({ report, goTo }: { report: DraftReport; goTo: GoTo }) {
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

/**
 * 查重与报告: saves the draft, then shows where it overlaps the sample essays, its 字数 by part,
 * the placeholders still in it and the headings that break their parallel frame.
 */
export function ChecksPanel({ onGoTo }: { onGoTo: GoTo }) {
  const t = useMessages(checksMessages);
  const { failure } = useFailure();
  // The check reads the saved draft: pending edits are saved first, or it does not run.
  const { draftId, withSaved } = useDraftSession();
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<DraftReport | null>(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(false);
  // Where to take the writer once the drawer has closed; meanwhile it must not refocus its opener.
  const [jump, setJump] = useState<(() => void) | null>(null);

  const run = useCallback(async (): Promise<void> => {
    setLoading(true);
    setError('');
    try {
      const done = await withSaved(() => call(api.checks.report(draftId)), { inline: true });
      // A report of an older text would mislead: none until the draft is saved.
      setReport(done.ok ? done.value : null);
      if (!done.ok) setError(done.reason);
    } catch (e) {
      setReport(null);
      setError(failure('check', e));
    } finally {
      setLoading(false);
    }
  }, [draftId, failure, withSaved]);

  return (
    <>
      <Button
        data-testid="open-checks"
        onClick={() => {
          setOpen(true);
          void run();
        }}
      >
        {t.open}
      </Button>
      <Drawer
        title={t.title}
        open={open}
        onClose={() => setOpen(false)}
        focusable={{ focusTriggerAfterClose: jump === null }}
        afterOpenChange={(isOpen) => {
          if (isOpen || !jump) return;
          jump();
          setJump(null);
        }}
        size="large"
        data-testid="checks-panel"
        extra={
          <Button onClick={() => void run()} loading={loading} data-testid="checks-rerun">
            {t.rerun}
          </Button>
        }
      >
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
        {loading && !report ? (
          <Spin description={t.comparing}>
            <div style={{ height: 120 }} />
          </Spin>
        ) : report ? (
          <ReportView
            report={report}
            goTo={(field, from, to) => {
              setJump(() => () => onGoTo(field, from, to));
              setOpen(false);
            }}
          />
        ) : null}
      </Drawer>
    </>
  );
}
