import { Button, Drawer, List } from 'antd';
import type { TrashedDraft } from '../../../../electron/shared/model';
import { DrawerList } from '../../components/DrawerList';
import { useMessages } from '../../i18n/messages';
import { libraryMessages } from './library-messages';

/** 回收站: the drafts deleted lately, each with a button to bring it back. */
export function TrashDrawer({
  open,
  trash,
  onClose,
  onRestore,
}: {
  open: boolean;
  trash: TrashedDraft[];
  onClose: () => void;
  onRestore: (id: string) => void;
}) {
  const t = useMessages(libraryMessages);
  return (
    <Drawer title={t.trash.title} open={open} onClose={onClose}>
      <DrawerList
        text={t.trash}
        items={trash}
        renderItem={(d) => (
          <List.Item
            actions={[
              <Button key="restore" type="link" onClick={() => onRestore(d.id)}>
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
  );
}
