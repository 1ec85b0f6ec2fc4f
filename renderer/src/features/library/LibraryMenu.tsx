import { App as AntApp, Button, Drawer, Dropdown, List, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { TrashedDraft } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { downloadFile } from '../drafts/download';
import { toInputFile } from '../templates/read-file';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * 资料库: back the library up to a zip, restore from one, and open the trash. `onChanged` runs
 * after anything that changes the draft list.
 */
export function LibraryMenu({ onChanged }: { onChanged: () => void }) {
  const { message, modal } = AntApp.useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [trash, setTrash] = useState<TrashedDraft[]>([]);

  const backup = async (): Promise<void> => {
    try {
      const file = await call(api.library.backup());
      downloadFile(file);
      void message.success(`已备份到 ${file.fileName}`);
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const restore = (file: File): void => {
    modal.confirm({
      title: '从备份文件恢复资料库?',
      content:
        '草稿将换成备份里的内容。当前资料库会先自动备份一份,备份里没有的草稿会移到回收站,不会丢失。',
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          const result = await call(api.library.restore(await toInputFile(file)));
          void message.success(
            `已恢复 ${result.drafts} 篇草稿` +
              (result.skipped > 0 ? `;${result.skipped} 个损坏的记录未能恢复` : ''),
          );
          onChanged();
        } catch (e) {
          void message.error(errorText(e));
        }
      },
    });
  };

  const openTrash = async (): Promise<void> => {
    try {
      setTrash(await call(api.trash.list()));
      setTrashOpen(true);
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const undelete = async (id: string): Promise<void> => {
    try {
      await call(api.trash.restore(id));
      setTrash((t) => t.filter((d) => d.id !== id));
      onChanged();
      void message.success('草稿已恢复');
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'backup', label: '备份资料库到文件…' },
            { key: 'restore', label: '从备份文件恢复…' },
            { type: 'divider' },
            { key: 'trash', label: '回收站' },
          ],
          onClick: ({ key }) => {
            if (key === 'backup') void backup();
            else if (key === 'restore') fileInput.current?.click();
            else void openTrash();
          },
        }}
      >
        <Button data-testid="library-menu">资料库</Button>
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
      <Drawer title="回收站" open={trashOpen} onClose={() => setTrashOpen(false)}>
        <Typography.Paragraph type="secondary">删除的草稿在这里保留 30 天。</Typography.Paragraph>
        <List
          dataSource={trash}
          locale={{ emptyText: '回收站是空的' }}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="restore" type="link" onClick={() => void undelete(d.id)}>
                  恢复
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={d.title || '未命名'}
                description={`${d.chars} 字 · ${new Date(d.deletedAt).toLocaleString('zh-CN')} 删除 · ${new Date(d.purgeAt).toLocaleDateString('zh-CN')} 后清除`}
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
