import { App as AntApp, Button, Drawer, Dropdown, List, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { TrashedDraft } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { emptyNote } from '../../components/empty-note';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { downloadFile } from '../drafts/download';
import { toInputFile } from '../templates/read-file';
import { libraryMessages } from './library-messages';

/**
 * 资料库: back the library up to a zip, restore from one, and open the trash. `onChanged` runs
 * after anything that changes the draft list.
 */
export function LibraryMenu({ onChanged }: { onChanged: () => void }) {
  const { message, modal } = AntApp.useApp();
  const t = useMessages(libraryMessages);
  const { failure } = useFailure();
  const fileInput = useRef<HTMLInputElement>(null);
  const textInput = useRef<HTMLInputElement>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [trash, setTrash] = useState<TrashedDraft[]>([]);

  const backup = async (): Promise<void> => {
    try {
      const file = await call(api.library.backup());
      downloadFile(file);
      void message.success(t.backedUp(file.fileName));
    } catch (e) {
      void message.error(failure('backup', e));
    }
  };

  const restore = (file: File): void => {
    modal.confirm({
      title: t.confirmRestoreTitle,
      content: t.confirmRestoreContent,
      okText: t.restore,
      cancelText: t.cancel,
      onOk: async () => {
        try {
          const result = await call(api.library.restore(await toInputFile(file)));
          void message.success(t.restored(result.drafts, result.skipped));
          onChanged();
        } catch (e) {
          void message.error(failure('restoreBackup', e));
        }
      },
    });
  };

  // A text file back into a draft: the copy 另存为 makes when the library is out of reach.
  const draftFromText = async (file: File): Promise<void> => {
    try {
      const draft = await call(api.drafts.create({ file: await toInputFile(file) }));
      navigate({ name: 'draft', draftId: draft.id });
    } catch (e) {
      void message.error(failure('import', e));
    }
  };

  const openTrash = async (): Promise<void> => {
    try {
      setTrash(await call(api.trash.list()));
      setTrashOpen(true);
    } catch (e) {
      void message.error(failure('openTrash', e));
    }
  };

  const undelete = async (id: string): Promise<void> => {
    try {
      await call(api.trash.restore(id));
      setTrash((list) => list.filter((d) => d.id !== id));
      onChanged();
      void message.success(t.draftRestored);
    } catch (e) {
      void message.error(failure('undelete', e));
    }
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'backup', label: t.backup },
            { key: 'restore', label: t.restoreFromBackup },
            { type: 'divider' },
            { key: 'text', label: t.draftFromText },
            { type: 'divider' },
            { key: 'trash', label: t.trash },
          ],
          onClick: ({ key }) => {
            if (key === 'backup') void backup();
            else if (key === 'restore') fileInput.current?.click();
            else if (key === 'text') textInput.current?.click();
            else void openTrash();
          },
        }}
      >
        <Button data-testid="library-menu">{t.menu}</Button>
      </Dropdown>
      <input
        ref={fileInput}
        type="file"
        accept=".zip"
        hidden
        data-testid="library-restore-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) restore(file);
        }}
      />
      <input
        ref={textInput}
        type="file"
        accept=".txt,text/plain"
        hidden
        data-testid="draft-from-text-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void draftFromText(file);
        }}
      />
      <Drawer title={t.trash} open={trashOpen} onClose={() => setTrashOpen(false)}>
        <Typography.Paragraph type="secondary">{t.trashIntro}</Typography.Paragraph>
        <List
          dataSource={trash}
          locale={emptyNote(t.trashEmpty)}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="restore" type="link" onClick={() => void undelete(d.id)}>
                  {t.restore}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={d.title || t.untitled}
                description={t.trashedDraft(d.chars, d.deletedAt, d.purgeAt)}
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
