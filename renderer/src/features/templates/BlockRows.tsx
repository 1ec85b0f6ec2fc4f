import { Button, Card, Input, Space, Typography } from 'antd';
import type { TemplateBlock } from '../../../../electron/shared/model';
import { useMessages } from '../../i18n/messages';
import { templateMessages } from './template-messages';

export type Row = Record<string, string>;

/** A repeatable block's rows: a parallel group of 3 can become 4, or 2. */
export function BlockRows({
  block,
  rows,
  onChange,
}: {
  block: TemplateBlock;
  rows: Row[];
  onChange: (rows: Row[]) => void;
}) {
  const t = useMessages(templateMessages).rows;
  const setField = (i: number, name: string, value: string): void =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [name]: value } : r)));
  return (
    <Card
      size="small"
      title={block.label}
      extra={
        block.frame ? (
          <Typography.Text type="secondary">
            {t.frame(block.frame.replaceAll('…', '____'))}
          </Typography.Text>
        ) : null
      }
      data-testid={`block-${block.name}`}
    >
      {rows.map((row, i) => (
        <Space key={i} align="start" style={{ display: 'flex', marginBottom: 8 }} wrap>
          <Typography.Text strong style={{ minWidth: 48, display: 'inline-block' }}>
            {t.section(i + 1)}
          </Typography.Text>
          {block.fields.map((f) => (
            <Input
              key={f.name}
              aria-label={t.field(i + 1, f.label)}
              data-testid={`row-${i}-${f.name}`}
              placeholder={block.rows[i]?.[f.name] ?? f.examples[0] ?? f.label}
              value={row[f.name] ?? ''}
              onChange={(e) => setField(i, f.name, e.target.value)}
              style={{ width: block.fields.length > 1 ? 140 : 320 }}
            />
          ))}
          <Button
            aria-label={t.deleteRow(i + 1)}
            disabled={rows.length <= 1}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t.delete}
          </Button>
        </Space>
      ))}
      <Button onClick={() => onChange([...rows, {}])} data-testid={`add-row-${block.name}`}>
        {t.add}
      </Button>
    </Card>
  );
}
