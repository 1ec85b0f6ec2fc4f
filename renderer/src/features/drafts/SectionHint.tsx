import { Collapse, Typography } from 'antd';

/** A section's reference paragraph from the 范文, folded away until asked for. */
export function SectionHint({ hint }: { hint: string | undefined }) {
  if (!hint) return null;
  return (
    <Collapse
      size="small"
      ghost
      data-testid="section-hint"
      items={[
        {
          key: 'hint',
          label: '参考范文段落(仅供参考,请用自己的话写)',
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
