import { App as AntApp, Button, Card, Empty, List, Popconfirm } from 'antd';
import { useState } from 'react';
import type { OutlineSummary } from '../../../../electron/shared/outline';
import { api, call } from '../../api';
import { LoadState } from '../../components/LoadState';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { useLoad } from '../../state/use-load';
import { NameModal } from './NameModal';
import { outlineMessages } from './outline-messages';

/** 我的提纲: start a draft from an outline, rename or delete it. */
export function OutlineList() {
  const { message } = AntApp.useApp();
  const t = useMessages(outlineMessages).list;
  const { failure } = useFailure();
  const [outlines, reload] = useLoad(() => call(api.outlines.list()));
  const [renaming, setRenaming] = useState<OutlineSummary | null>(null);
  const [creating, setCreating] = useState<string | null>(null);

  const createFrom = async (o: OutlineSummary): Promise<void> => {
    setCreating(o.id);
    try {
      const draft = await call(api.drafts.create({ outlineId: o.id }));
      navigate({ name: 'draft', draftId: draft.id });
    } catch (e) {
      void message.error(failure('create', e));
      setCreating(null);
    }
  };

  const rename = async (o: OutlineSummary, name: string): Promise<void> => {
    const renamed = await call(api.outlines.rename(o.id, name));
    void message.success(t.renamed(renamed.name));
    reload();
  };

  const remove = async (o: OutlineSummary): Promise<void> => {
    try {
      await call(api.outlines.delete(o.id));
      void message.success(t.deleted(o.name));
      reload();
    } catch (e) {
      void message.error(failure('deleteOutline', e));
    }
  };

  return (
    <Card
      title={<span id="outlines-title">{t.title}</span>}
      size="small"
      style={{ marginTop: 24 }}
      data-testid="outline-section"
      role="region"
      aria-labelledby="outlines-title"
    >
      <LoadState loaded={outlines}>
        {(list: OutlineSummary[]) =>
          list.length === 0 ? (
            <Empty data-testid="outline-empty" description={t.empty} />
          ) : (
            <List
              data-testid="outline-list"
              // the actions under the name, not beside it: in a narrow column their English
              // words would leave the name one character per line
              itemLayout="vertical"
              dataSource={list}
              renderItem={(o) => (
                <List.Item
                  data-testid="outline-item"
                  actions={[
                    <Button
                      key="use"
                      type="link"
                      loading={creating === o.id}
                      onClick={() => void createFrom(o)}
                      data-testid="outline-use"
                    >
                      {t.use}
                    </Button>,
                    <Button
                      key="rename"
                      type="link"
                      onClick={() => setRenaming(o)}
                      data-testid="outline-rename"
                    >
                      {t.rename}
                    </Button>,
                    <Popconfirm
                      key="delete"
                      title={t.confirmDelete(o.name)}
                      description={t.deleteNote}
                      okText={t.delete}
                      cancelText={t.cancel}
                      onConfirm={() => void remove(o)}
                    >
                      <Button type="link" danger data-testid="outline-delete">
                        {t.delete}
                      </Button>
                    </Popconfirm>,
                  ]}
                >
                  <List.Item.Meta
                    title={<span data-testid="outline-name">{o.name}</span>}
                    description={
                      <span title={o.skeleton.join('\n')}>{t.summary(o.title, o.headings)}</span>
                    }
                  />
                </List.Item>
              )}
            />
          )
        }
      </LoadState>
      <NameModal
        open={renaming !== null}
        title={t.renameTitle}
        label={t.nameLabel}
        initial={renaming?.name ?? ''}
        okText={t.save}
        testId="outline-rename-dialog"
        onSubmit={(name) => (renaming ? rename(renaming, name) : Promise.resolve())}
        onClose={() => setRenaming(null)}
      />
    </Card>
  );
}
