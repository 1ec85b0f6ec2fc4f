import { Card, Typography } from 'antd';
import { useMessages } from '../../i18n/messages';
import { DraftInput, DraftTextArea } from './DraftFields';
import { DraftSections } from './DraftSections';
import { numberingField, partField, type DraftViewProps } from './draft-view-props';
import { editorMessages } from './editor-messages';
import { NumberingPicker } from './NumberingPicker';

/** The draft as a form of its parts: title, opening, each section's fields and tools, closing. */
export function DraftOutline(props: DraftViewProps) {
  const t = useMessages(editorMessages);
  return (
    <Card>
      <DraftInput
        {...partField('title', t, props)}
        variant="borderless"
        style={{ fontSize: 24, fontWeight: 600, textAlign: 'center' }}
      />
      <Typography.Title level={5}>{t.opening}</Typography.Title>
      <DraftTextArea {...partField('opening', t, props)} autoSize={{ minRows: 2 }} />
      <NumberingPicker {...numberingField(props)} />
      <DraftSections {...props} view="outline" />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t.closing}
      </Typography.Title>
      <DraftTextArea {...partField('closing', t, props)} autoSize={{ minRows: 2 }} />
    </Card>
  );
}
