import { Layout, Typography } from 'antd';
import { DraftEditor } from './features/drafts/DraftEditor';
import { HomePage } from './features/HomePage';
import { FillPage } from './features/templates/FillPage';
import { navigate, useRoute } from './state/route';

export function App() {
  const route = useRoute();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', background: '#8e1b1b' }}>
        <Typography.Link
          href="#/"
          onClick={() => navigate({ name: 'home' })}
          style={{ color: '#fff', fontSize: 20, fontWeight: 600 }}
        >
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
      </Layout.Content>
    </Layout>
  );
}
