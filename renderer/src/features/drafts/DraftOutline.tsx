import { Card, Typography } from 'antd';
import { useMessages } from '../../i18n/messages';
import { DraftInput, DraftTextArea } from './DraftFields';
import { DraftSections } from './DraftSections';
import type { DraftViewProps } from './draft-view-props';
import { editorMessages } from './editor-messages';
import { NumberingPicker } from './NumberingPicker';

/** The draft as a form of its parts: title, opening, each section's fields and tools, closing. */
export function DraftOutline({
  draft,
  update,
  setDraft,
  commit,
  guides,
  setNumbering,
}: DraftViewProps) {
  const t = useMessages(editorMessages);
  return (
    <Card>
      <DraftInput
        aria-label={t.title}
        data-testid="draft-title"
        data-field="title"
        variant="borderless"
        style={{ fontSize: 24, fontWeight: 600, textAlign: 'center' }}
        value={draft.title}
        onEdit={(title, chosen) => update({ title }, chosen)}
      />
      <Typography.Title level={5}>{t.opening}</Typography.Title>
      <DraftTextArea
        aria-label={t.opening}
        data-testid="draft-opening"
        data-field="opening"
        autoSize={{ minRows: 2 }}
        value={draft.opening}
        onEdit={(opening, chosen) => update({ opening }, chosen)}
      />
      <NumberingPicker
        levels={Math.max(1, ...draft.sections.map((s) => s.level))}
        numbering={draft.numbering}
        onChange={setNumbering}
      />
      <DraftSections
        draft={draft}
        setDraft={setDraft}
        commit={commit}
        guides={guides}
        view="outline"
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t.closing}
      </Typography.Title>
      <DraftTextArea
        aria-label={t.closing}
        data-testid="draft-closing"
        data-field="closing"
        autoSize={{ minRows: 2 }}
        value={draft.closing}
        onEdit={(closing, chosen) => update({ closing }, chosen)}
      />
    </Card>
  );
}
