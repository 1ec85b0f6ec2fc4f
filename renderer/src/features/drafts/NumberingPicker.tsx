import { Select, Space, Typography } from 'antd';
import { memo, useMemo } from 'react';
import type { NumberingScheme } from '../../../../electron/shared/model';
import { NUMBERING_SCHEMES, numberMarker } from '../../../../electron/core/draft/numbering';
import { useMessages } from '../../i18n/messages';
import { numberingMessages } from './numbering-messages';

/**
 * How a scheme reads in a list: its first three markers, so 一是 and 第一 are told apart. The
 * markers are the draft's own text, so they stay as they are in every interface language.
 */
const sample = (scheme: NumberingScheme, none: string): string =>
  scheme === 'none' ? none : [1, 2, 3].map((n) => numberMarker(scheme, n)).join(' ');

interface Props {
  /** The deepest heading level in the draft: one picker per level. */
  levels: number;
  numbering: readonly NumberingScheme[];
  /** The new numbering, outermost level first. */
  onChange: (numbering: NumberingScheme[]) => void;
}

/**
 * One numbering per heading level in use; markers in the editor and the export follow it. Takes
 * plain values, not the draft, so typing in the draft does not re-render it.
 */
export const NumberingPicker = memo(function NumberingPicker({
  levels,
  numbering,
  onChange,
}: Props) {
  const t = useMessages(numberingMessages);
  const options = useMemo(
    () => NUMBERING_SCHEMES.map((s) => ({ value: s, label: sample(s, t.none) })),
    [t],
  );
  const set = (level: number, scheme: NumberingScheme): void => {
    const next = Array.from(
      { length: Math.max(levels, numbering.length) },
      (_, i): NumberingScheme => numbering[i] ?? 'none',
    );
    next[level] = scheme;
    onChange(next);
  };
  return (
    <Space wrap size="small" style={{ marginTop: 12 }} data-testid="numbering-picker">
      <Typography.Text type="secondary">{t.label}</Typography.Text>
      {t.levels.slice(0, levels).map((name, level) => (
        <Select<NumberingScheme>
          key={level}
          size="small"
          aria-label={t.levelLabel(name)}
          style={{ minWidth: 150 }}
          value={numbering[level] ?? 'none'}
          options={options}
          onChange={(scheme) => set(level, scheme)}
        />
      ))}
    </Space>
  );
});
