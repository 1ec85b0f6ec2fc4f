import 'antd/dist/antd.css';
import { App as AntApp } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LocaleProvider } from './i18n/LocaleProvider';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>
        <AntApp>
          <App />
        </AntApp>
      </LocaleProvider>
    </StrictMode>,
  );
}
