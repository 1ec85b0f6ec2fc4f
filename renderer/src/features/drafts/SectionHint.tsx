import { Collapse, Typography } from 'antd';
import { useMessages } from '../../i18n/messages';
import { panelMessages } from './panel-messages';

/** A section's reference paragraph from the 范文, folded away until asked for. */
export function SectionHint({ hint }: { hint: string | undefined }) {
  const t = useMessages(panelMessages);
  if (!hint) return null;
  return (
    <Collapse
      size="small"
      ghost
      data-testid="section-hint"
      items={[
        {
          key: 'hint',
          label: t.hint,
          children: (
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {hint}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
}
