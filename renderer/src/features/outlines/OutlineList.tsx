import { App as AntApp, Button, Card, Empty, Flex, Listy, Typography } from 'antd';
import { useState } from 'react';
import type { OutlineSummary } from '../../../../electron/shared/outline';
import { api, call } from '../../api';
import { LoadState } from '../../components/LoadState';
import { useFailure } from '../../errors/use-failure';
import { oneLine } from '../../components/one-line';
import { RowConfirm } from '../../components/RowConfirm';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { takeFirstScreen } from '../../state/first-screen';
import { useLoad } from '../../state/use-load';
import { NameModal } from './NameModal';
import { outlineMessages } from './outline-messages';

/** The list's viewport: only the outlines in view are rendered. */
const LIST_HEIGHT = 320;

/** 我的提纲: start a draft from an outline, rename or delete it. */
export function OutlineList() {
  const { message } = AntApp.useApp();
  const t = useMessages(outlineMessages).list;
  const { failure } = useFailure();
  const [outlines, reload] = useLoad(
    () => call(api.outlines.list()),
    () => takeFirstScreen('outlines'),
  );
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
            <div data-testid="outline-list">
              <Listy<OutlineSummary>
                virtual
                items={list}
                rowKey="id"
                height={LIST_HEIGHT}
                itemRender={(o) => (
                  // the actions under the name, not beside it: in a narrow column their English
                  // words would squeeze the name to a few characters
                  <Flex vertical data-testid="outline-item">
                    <Flex vertical style={{ minWidth: 0 }}>
                      <span data-testid="outline-name" title={o.name} style={oneLine}>
                        {o.name}
                      </span>
                      <Typography.Text
                        type="secondary"
                        title={o.skeleton.join('\n')}
                        style={oneLine}
                      >
                        {t.summary(o.title, o.headings)}
                      </Typography.Text>
                    </Flex>
                    <Flex wrap>
                      <Button
                        type="link"
                        size="small"
                        loading={creating === o.id}
                        onClick={() => void createFrom(o)}
                        data-testid="outline-use"
                      >
                        {t.use}
                      </Button>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setRenaming(o)}
                        data-testid="outline-rename"
                      >
                        {t.rename}
                      </Button>
                      <RowConfirm
                        title={t.confirmDelete(o.name)}
                        description={t.deleteNote}
                        okText={t.delete}
                        cancelText={t.cancel}
                        onConfirm={() => void remove(o)}
                        button={{ size: 'small', 'data-testid': 'outline-delete' }}
                      >
                        {t.delete}
                      </RowConfirm>
                    </Flex>
                  </Flex>
                )}
              />
            </div>
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
