import { Alert, Button, Collapse, Input, Space, Tag, Typography } from 'antd';
import type { Analysis, AnalysisNote } from '../../../../electron/shared/analysis';
import type { ImportReport } from '../../../../electron/shared/model';
import { useMessages } from '../../i18n/messages';
import { templateMessages } from './template-messages';

/** One file of the import dialog: what the miner read, the titles to correct, what was made. */
export interface FileOutcome {
  name: string;
  analysis?: Analysis;
  titles: string[];
  report?: ImportReport;
  error?: string;
}

export function ImportFileReport({
  outcome,
  editable,
  onTitle,
  onUse,
}: {
  outcome: FileOutcome;
  editable: boolean;
  onTitle: (essay: number, title: string) => void;
  onUse: (templateId: string) => void;
}) {
  const t = useMessages(templateMessages).import;
  const { analysis, report, error } = outcome;
  if (error !== undefined) {
    return <Typography.Text type="danger">{t.failed(outcome.name, error)}</Typography.Text>;
  }
  if (!analysis) return <Typography.Text>{outcome.name}</Typography.Text>;
  const noteText = (n: AnalysisNote): string =>
    n.code === 'no_headings' ? t.noHeadings : n.code === 'one_heading' ? t.oneHeading : n.message;
  const junk = analysis.junk_texts ?? [];
  return (
    <div style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>{outcome.name}</Typography.Text>
        <Tag>{t.encoding(analysis.encoding ?? null)}</Tag>
        <Tag>{t.junk(analysis.junk_lines.length)}</Tag>
        {report && <Tag color="red">{t.templates(report.templates.length)}</Tag>}
      </Space>
      {report?.warnings.map((w) => (
        <Typography.Paragraph key={w} type="warning" style={{ margin: '4px 0 0' }}>
          {w}
        </Typography.Paragraph>
      ))}
      {(analysis.notes ?? [])
        .filter((n) => n.code === 'suspect_encoding' || analysis.essays.length > 1)
        .map((n) => (
          <Alert
            key={n.code}
            style={{ marginTop: 6 }}
            type={n.code === 'suspect_encoding' ? 'warning' : 'info'}
            title={noteText(n)}
            data-testid="import-note"
          />
        ))}
      {analysis.essays.map((e, i) => {
        const made = report?.essays[i]?.templateId ?? null;
        return (
          <div key={i} style={{ marginTop: 8 }} data-testid="import-essay">
            <Input
              aria-label={t.titleLabel(i + 1)}
              placeholder={t.untitled}
              value={outcome.titles[i] ?? ''}
              disabled={!editable}
              maxLength={200}
              onChange={(ev) => onTitle(i, ev.target.value)}
            />
            <div style={{ fontSize: 13, marginTop: 2 }}>
              {t.counts(e.genre, e.headings.length, e.parallel_groups.length)}{' '}
              {e.template_note ? (
                <Tag>{noteText(e.template_note)}</Tag>
              ) : (
                !report && <Tag color="green">{t.willMake}</Tag>
              )}
              {made && (
                <Button type="link" size="small" onClick={() => onUse(made)}>
                  {t.useTemplate}
                </Button>
              )}
            </div>
            {e.parallel_groups.map((g, k) => (
              <div key={k} style={{ fontSize: 12 }}>
                {t.group(g.frame, t.confidence[g.confidence ?? 'high'])}
              </div>
            ))}
            {(e.weak_groups ?? []).map((g, k) => (
              <div key={`w${k}`} style={{ fontSize: 12 }}>
                {t.pattern(g.frame)}
              </div>
            ))}
          </div>
        );
      })}
      {junk.length > 0 && (
        <Collapse
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'junk',
              label: t.junkList(junk.length),
              children: (
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="import-junk">
                  {junk.map((line, k) => (
                    <li key={k}>{line}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
