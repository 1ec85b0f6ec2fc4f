import { InputNumber, Progress, Space } from 'antd';
import { useMessages } from '../../i18n/messages';
import { panelMessages } from './panel-messages';

interface Props {
  /** What the target is for, e.g. 第2节 or 全文 (Section 2, Whole draft): names the field and the bar. */
  label: string;
  testId: string;
  /** 字数 so far, counted as the editor shows it (without white space). */
  chars: number;
  target: number | undefined;
  /** Undefined clears the target. */
  onChange: (target: number | undefined) => void;
}

const MAX_TARGET = 1_000_000;

/** A 字数 target and how far the text has come: a number field, then a bar once a target is set. */
export function CharTarget({ label, testId, chars, target, onChange }: Props) {
  const t = useMessages(panelMessages).target;
  const percent = target ? Math.round((chars / target) * 100) : 0;
  return (
    <Space size={4} data-testid={testId}>
      <InputNumber<number>
        size="small"
        aria-label={t.label(label)}
        placeholder={t.placeholder}
        min={1}
        max={MAX_TARGET}
        precision={0}
        style={{ width: 104 }}
        value={target ?? null}
        onChange={(v) => onChange(v === null ? undefined : v)}
      />
      {target !== undefined && (
        <Progress
          data-testid={`${testId}-progress`}
          aria-label={t.progress(label)}
          size="small"
          style={{ width: 140, margin: 0 }}
          // The bar stops at full; the figures and the red status show a draft that runs over.
          percent={Math.min(percent, 100)}
          status={percent > 110 ? 'exception' : percent >= 100 ? 'success' : 'normal'}
          format={() => `${chars}/${target}`}
        />
      )}
    </Space>
  );
}
