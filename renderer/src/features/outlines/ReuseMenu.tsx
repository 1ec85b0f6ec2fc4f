import { App as AntApp, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api';
import { UserMessage } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { useDraftSession } from '../drafts/draft-session';
import { navigate } from '../../state/route';
import { NameModal } from './NameModal';
import { outlineMessages } from './outline-messages';

const KINDS = ['outline', 'template'] as const;
type Kind = (typeof KINDS)[number];

/**
 * 提纲/模板: keeps the draft's structure for reuse, as a named outline (title, headings, numbering)
 * or as a template of the writer's own. Both read the saved draft, so pending edits are saved
 * first.
 */
export function ReuseMenu({
  title,
}: {
  /** The draft's title: the name each dialog suggests. */
  title: string;
}) {
  const { message } = AntApp.useApp();
  const t = useMessages(outlineMessages).reuse;
  const { draftId, withSaved } = useDraftSession();
  const [asking, setAsking] = useState<Kind | null>(null);

  /** Saves pending edits, then acts; the dialog shows why when the save failed. */
  const afterSaving = async <T,>(action: () => Promise<T>): Promise<T> => {
    const done = await withSaved(action, { inline: true });
    if (!done.ok) throw new UserMessage(done.reason);
    return done.value;
  };

  const saveOutline = async (name: string): Promise<void> => {
    const outline = await afterSaving(() => call(api.outlines.save(draftId, name)));
    void message.success(t.outlineSaved(outline.name));
  };

  const saveTemplate = async (name: string): Promise<void> => {
    const template = await afterSaving(() => call(api.templates.fromDraft(draftId, name)));
    void message.success({
      key: `template-${template.id}`,
      duration: 8,
      content: (
        <Space>
          {t.templateSaved(template.name)}
          <Button
            size="small"
            data-testid="use-new-template"
            onClick={() => {
              message.destroy(`template-${template.id}`);
              navigate({ name: 'fill', templateId: template.id });
            }}
          >
            {t.useTemplate}
          </Button>
        </Space>
      ),
    });
  };

  const save: Record<Kind, (name: string) => Promise<void>> = {
    outline: saveOutline,
    template: saveTemplate,
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        autoFocus
        menu={{
          items: KINDS.map((kind) => ({
            key: kind,
            label: <span data-testid={`save-${kind}`}>{t.kinds[kind].item}</span>,
          })),
          onClick: ({ key }) => setAsking(KINDS.find((kind) => kind === key) ?? null),
        }}
      >
        <Button data-testid="reuse-menu">{t.menu}</Button>
      </Dropdown>
      {KINDS.map((kind) => (
        <NameModal
          key={kind}
          open={asking === kind}
          title={t.kinds[kind].title}
          label={t.kinds[kind].label}
          initial={title}
          okText={t.save}
          testId={`${kind}-name-dialog`}
          onSubmit={save[kind]}
          onClose={() => setAsking(null)}
        />
      ))}
    </>
  );
}
