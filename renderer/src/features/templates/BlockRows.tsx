import { headingFromFrame } from '../../../../electron/core/draft/section-ops';
import { Button, Card, Input, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { fillFormula } from '../../../../electron/core/templates/formula-text';
import type { TemplateBlock, TemplateSlot } from '../../../../electron/shared/model';
import { useMessages } from '../../i18n/messages';
import { templateMessages } from './template-messages';

export type Row = Record<string, string>;

/** The heading field of a block without a frame: what a proposed frame's parts fill. */
const HEADING = '小标题';

/** One labelled input of a row: the label stays visible above it. */
function RowInput({
  id,
  testId,
  label,
  ariaLabel,
  value,
  placeholder,
  wide,
  onChange,
}: {
  id: string;
  testId: string;
  label: string;
  /** The label with the row it belongs to, for a screen reader. */
  ariaLabel: string;
  value: string;
  placeholder: string;
  wide: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Space orientation="vertical" size={2}>
      <label htmlFor={id}>{label}</label>
      <Input
        id={id}
        data-testid={testId}
        aria-label={ariaLabel}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        style={{ width: wide ? 320 : 140 }}
      />
    </Space>
  );
}

/**
 * A repeatable block's rows: a parallel group of 3 can become 4, or 2. A block whose headings
 * share words the miner found no frame for offers that frame (…，…之…) to turn on: each row then
 * fills its parts, and its heading is the frame filled.
 */
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
  const proposed = block.proposed ?? null;
  const [framed, setFramed] = useState(false);
  const fields: TemplateSlot[] = framed && proposed ? proposed.fields : block.fields;
  const frame = framed && proposed ? proposed.frame : block.frame;

  const setField = (i: number, name: string, value: string): void =>
    onChange(
      rows.map((r, j) => {
        if (j !== i) return r;
        const next = { ...r, [name]: value };
        return framed && proposed
          ? { ...next, [HEADING]: fillFormula(proposed.formula, next) }
          : next;
      }),
    );
  const placeholder = (f: TemplateSlot, i: number): string =>
    block.rows[i]?.[f.name] || f.examples[i] || f.examples[0] || f.label;

  return (
    <Card
      size="small"
      title={block.label}
      extra={
        frame ? (
          <Typography.Text type="secondary" data-testid={`frame-${block.name}`}>
            {t.frame(headingFromFrame(frame))}
          </Typography.Text>
        ) : null
      }
      data-testid={`block-${block.name}`}
    >
      {proposed && (
        <Space style={{ marginBottom: 12 }}>
          <Switch
            id={`propose-${block.name}`}
            checked={framed}
            onChange={(on) => {
              setFramed(on);
              // rows filled as free headings start again as the frame's parts, and back
              onChange(
                rows.map((r) => (on ? { ...r, [HEADING]: fillFormula(proposed.formula, r) } : r)),
              );
            }}
            data-testid={`propose-${block.name}`}
          />
          <label htmlFor={`propose-${block.name}`}>
            {t.useFrame(proposed.frame.replaceAll('…', '____'))}
          </label>
        </Space>
      )}
      {rows.map((row, i) => (
        <Space key={i} align="end" style={{ display: 'flex', marginBottom: 8 }} wrap>
          <Typography.Text strong style={{ minWidth: 48, display: 'inline-block' }}>
            {t.section(i + 1)}
          </Typography.Text>
          {fields.map((f) => (
            <RowInput
              key={f.name}
              id={`row-${block.name}-${i}-${f.name}`}
              testId={`row-${i}-${f.name}`}
              label={f.label}
              ariaLabel={t.field(i + 1, f.label)}
              value={row[f.name] ?? ''}
              placeholder={placeholder(f, i)}
              wide={fields.length === 1}
              onChange={(v) => setField(i, f.name, v)}
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
      <Button
        onClick={() =>
          onChange([
            ...rows,
            framed && proposed ? { [HEADING]: fillFormula(proposed.formula, {}) } : {},
          ])
        }
        data-testid={`add-row-${block.name}`}
      >
        {t.add}
      </Button>
    </Card>
  );
}
