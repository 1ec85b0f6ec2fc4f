import { App as AntApp, Button, Dropdown } from 'antd';
import { lazy, Suspense, useRef, useState } from 'react';
import type { TrashedDraft } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { HiddenFileInput } from '../../components/HiddenFileInput';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { downloadFile } from '../drafts/download';
import { toInputFile } from '../templates/read-file';
import { libraryMessages } from './library-messages';

// The trash's drawer loads when first opened, not with the home page.
const TrashDrawer = lazy(() => import('./TrashDrawer').then((m) => ({ default: m.TrashDrawer })));

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
  // Kept mounted once opened, so the drawer can animate closed.
  const [trashOpened, setTrashOpened] = useState(false);
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
      setTrashOpened(true);
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
            { key: 'trash', label: t.trash.title },
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
      <HiddenFileInput
        ref={fileInput}
        accept=".zip"
        testId="library-restore-file"
        onFile={restore}
      />
      <HiddenFileInput
        ref={textInput}
        accept=".txt,text/plain"
        testId="draft-from-text-file"
        onFile={(file) => void draftFromText(file)}
      />
      {trashOpened && (
        <Suspense fallback={null}>
          <TrashDrawer
            open={trashOpen}
            trash={trash}
            onClose={() => setTrashOpen(false)}
            onRestore={(id) => void undelete(id)}
          />
        </Suspense>
      )}
    </>
  );
}
