import { Button, Drawer, List, Typography } from 'antd';
import type { TrashedDraft } from '../../../../electron/shared/model';
import { emptyNote } from '../../components/empty-note';
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
    <Drawer title={t.trash} open={open} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t.trashIntro}</Typography.Paragraph>
      <List
        dataSource={trash}
        locale={emptyNote(t.trashEmpty)}
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
