import { App as AntApp, Button, Layout, Spin, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { api, call } from './api';
import { appMessages } from './app-messages';
import { setLanguage, useLanguage } from './i18n/language';
import { useFailure } from './errors/use-failure';
import { useMessages } from './i18n/messages';
import { HomePage } from './features/HomePage';
import { useLibraryWarnings } from './features/library/use-library-warnings';
import { runCommand, useCommand, useCommandSources } from './state/commands';
import { requestDraftSearchFocus } from './state/search-focus';
import { navigate } from './state/route';
import { useRoute } from './state/use-route';
import { palette } from './theme';

// The home page comes with the first load; the other pages' code loads when the user opens one,
// so the first window has less to download, parse and run before it shows anything.
const FillPage = lazy(() =>
  import('./features/templates/FillPage').then((m) => ({ default: m.FillPage })),
);
const DraftEditor = lazy(() =>
  import('./features/drafts/DraftEditor').then((m) => ({ default: m.DraftEditor })),
);
const TemplateEditor = lazy(() =>
  import('./features/templates/TemplateEditor').then((m) => ({ default: m.TemplateEditor })),
);

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
  useLibraryWarnings();
  const { message } = AntApp.useApp();
  const t = useMessages(appMessages);
  const { failure } = useFailure();
  const language = useLanguage();
  useCommandSources();
  usePreventFileDropNavigation();

  const newDraft = useCallback(() => {
    call(api.drafts.create({ title: t.untitledDraft })).then(
      (draft) => navigate({ name: 'draft', draftId: draft.id }),
      (e: unknown) => void message.error(failure('create', e)),
    );
  }, [failure, message, t]);
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
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', background: palette.headerBg }}
      >
        <Typography.Link
          href="#/"
          style={{ color: palette.headerBrand, fontSize: 20, fontWeight: 600 }}
        >
          {t.brand}
        </Typography.Link>
        <Typography.Text style={{ color: palette.headerTagline, marginLeft: 16, flex: 1 }}>
          {t.tagline}
        </Typography.Text>
        <Button
          ghost
          data-testid="switch-language"
          title={t.switchLanguage}
          lang={language === 'en' ? 'zh-CN' : 'en'}
          onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}
        >
          {t.otherLanguage}
        </Button>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Suspense fallback={<Spin description={t.loading} />}>
          {route.name === 'home' && <HomePage />}
          {route.name === 'fill' && (
            <FillPage key={route.templateId} templateId={route.templateId} />
          )}
          {route.name === 'draft' && <DraftEditor key={route.draftId} draftId={route.draftId} />}
          {route.name === 'edit' && (
            <TemplateEditor key={route.templateId} templateId={route.templateId} />
          )}
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
