import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/messages';
import type { Loaded } from '../state/loaded';
import { componentMessages } from './component-messages';

export function LoadState<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (value: T) => ReactNode;
}) {
  const t = useMessages(componentMessages);
  if (loaded.state === 'loading') return <Spin description={t.loading} />;
  if (loaded.state === 'error')
    return <Alert type="error" showIcon title={t.loadFailed} description={loaded.message} />;
  return <>{children(loaded.value)}</>;
}
