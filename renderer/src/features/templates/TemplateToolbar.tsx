import { App as AntApp, Button, Space, Upload } from 'antd';
import { useCallback, useState } from 'react';
import type { TemplateSummary } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { useCommand } from '../../state/commands';
import { downloadFile } from '../drafts/download';
import { ImportEssays } from './ImportEssays';
import { toInputFile } from './read-file';

/** Bringing essays and templates in and out of the user's library. */
export function TemplateToolbar({
  templates,
  onChanged,
}: {
  templates: TemplateSummary[];
  onChanged: () => void;
}) {
  const { message } = AntApp.useApp();
  const [importing, setImporting] = useState(false);
  const openImport = useCallback(() => setImporting(true), []);
  useCommand('import', openImport);
  const mine = templates.filter((t) => t.origin === 'user');

  const exportPack = async (): Promise<void> => {
    try {
      downloadFile(await call(api.templates.exportPack(mine.map((t) => t.id))));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const importPack = async (file: File): Promise<void> => {
    try {
      const added = await call(api.templates.importPack(await toInputFile(file)));
      void message.success(`已导入 ${added.length} 个模板`);
      onChanged();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Space wrap>
      <Button type="primary" onClick={openImport} data-testid="open-import">
        导入范文(Ctrl+O)
      </Button>
      <Upload
        accept=".json"
        showUploadList={false}
        beforeUpload={(file) => {
          void importPack(file);
          return false;
        }}
      >
        <Button>导入模板包</Button>
      </Upload>
      <Button disabled={mine.length === 0} onClick={() => void exportPack()}>
        导出我的模板
      </Button>
      <ImportEssays open={importing} onClose={() => setImporting(false)} onImported={onChanged} />
    </Space>
  );
}
