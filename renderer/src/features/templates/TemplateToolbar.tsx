import { App as AntApp, Button, Space } from 'antd';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { TemplateSummary } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { HiddenFileInput } from '../../components/HiddenFileInput';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { useCommand } from '../../state/commands';
import { downloadFile } from '../drafts/download';
import { toInputFile } from './read-file';
import { templateMessages } from './template-messages';

// The import dialog (upload, progress, the mining report) loads when first opened, not with the
// home page.
const ImportEssays = lazy(() =>
  import('./ImportEssays').then((m) => ({ default: m.ImportEssays })),
);

/** Bringing essays and templates in and out of the user's library. */
export function TemplateToolbar({
  templates,
  onChanged,
}: {
  templates: TemplateSummary[];
  onChanged: () => void;
}) {
  const { message } = AntApp.useApp();
  const { failure } = useFailure();
  const t = useMessages(templateMessages).toolbar;
  const [importing, setImporting] = useState(false);
  // Kept mounted once opened: an import keeps running, and its report stays, while it is closed.
  const [importOpened, setImportOpened] = useState(false);
  const packInput = useRef<HTMLInputElement>(null);
  const openImport = useCallback(() => {
    setImportOpened(true);
    setImporting(true);
  }, []);
  useCommand('import', openImport);
  const mine = templates.filter((tpl) => tpl.origin === 'user');

  const exportPack = async (): Promise<void> => {
    try {
      downloadFile(await call(api.templates.exportPack(mine.map((tpl) => tpl.id))));
    } catch (e) {
      void message.error(failure('exportPack', e));
    }
  };

  const importPack = async (file: File): Promise<void> => {
    try {
      const added = await call(api.templates.importPack(await toInputFile(file)));
      void message.success(t.packImported(added.length));
      onChanged();
    } catch (e) {
      void message.error(failure('importPack', e));
    }
  };

  return (
    <Space wrap>
      <Button type="primary" onClick={openImport} data-testid="open-import">
        {t.importEssays}
      </Button>
      {/* A plain file input: antd's Upload would add its weight to the first screen's code. */}
      <Button onClick={() => packInput.current?.click()}>{t.importPack}</Button>
      <HiddenFileInput
        ref={packInput}
        accept=".json"
        testId="template-pack-file"
        onFile={(file) => void importPack(file)}
      />
      <Button disabled={mine.length === 0} onClick={() => void exportPack()}>
        {t.exportMine}
      </Button>
      {importOpened && (
        <Suspense fallback={null}>
          <ImportEssays
            open={importing}
            onClose={() => setImporting(false)}
            onImported={onChanged}
          />
        </Suspense>
      )}
    </Space>
  );
}
