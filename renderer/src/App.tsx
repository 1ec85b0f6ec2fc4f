import { App as AntApp, Layout, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { api, call } from './api';
import { DraftEditor } from './features/drafts/DraftEditor';
import { HomePage } from './features/HomePage';
import { useLibraryWarnings } from './features/library/use-library-warnings';
import { FillPage } from './features/templates/FillPage';
import { TemplateEditor } from './features/templates/TemplateEditor';
import { runCommand, useCommand, useCommandSources } from './state/commands';
import { requestDraftSearchFocus } from './state/search-focus';
import { navigate, useRoute } from './state/route';

/** A file dropped outside a drop zone must not replace the app with the file. */
function usePreventFileDropNavigation(): void {
  useEffect(() => {
    const stop = (e: DragEvent): void => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}

export function App() {
  const route = useRoute();
  useLibraryWarnings(JSON.stringify(route));
  const { message } = AntApp.useApp();
  useCommandSources();
  usePreventFileDropNavigation();

  const newDraft = useCallback(() => {
    call(api.drafts.create({ title: '未命名草稿' })).then(
      (draft) => navigate({ name: 'draft', draftId: draft.id }),
      (e: unknown) => void message.error(e instanceof Error ? e.message : String(e)),
    );
  }, [message]);
  // On the home page itself the page focuses its own search box; from elsewhere it does so on mount.
  const goHome = useCallback(() => {
    if (route.name !== 'home') requestDraftSearchFocus();
    navigate({ name: 'home' });
  }, [route.name]);
  useCommand('new-draft', newDraft);
  useCommand('search', goHome);
  // The import dialog lives on the home page: go there, then ask again once it is mounted.
  const importFromElsewhere = useCallback(() => {
    if (route.name === 'home') return;
    navigate({ name: 'home' });
    setTimeout(() => runCommand('import'), 0);
  }, [route.name]);
  useCommand('import', importFromElsewhere);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', background: '#8e1b1b' }}>
        <Typography.Link href="#/" style={{ color: '#fff', fontSize: 20, fontWeight: 600 }}>
          范式 Fanshi
        </Typography.Link>
        <Typography.Text style={{ color: '#f3d9d9', marginLeft: 16 }}>
          从范文学结构,按模板写初稿
        </Typography.Text>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        {route.name === 'home' && <HomePage />}
        {route.name === 'fill' && <FillPage key={route.templateId} templateId={route.templateId} />}
        {route.name === 'draft' && <DraftEditor key={route.draftId} draftId={route.draftId} />}
        {route.name === 'edit' && (
          <TemplateEditor key={route.templateId} templateId={route.templateId} />
        )}
      </Layout.Content>
    </Layout>
  );
}
