import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { theme } from '../theme';
import { useLanguage } from './language';

/** antd's own text (dates, pagination, confirm buttons) follows the interface language. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={theme}
    >
      {children}
    </ConfigProvider>
  );
}
