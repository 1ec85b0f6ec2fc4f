import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useFailure } from '../errors/use-failure';
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
  const { reason } = useFailure();
  if (loaded.state === 'loading') return <Spin description={t.loading} />;
  if (loaded.state === 'error') {
    return <Alert type="error" showIcon title={t.loadFailed} description={reason(loaded.error)} />;
  }
  return <>{children(loaded.value)}</>;
}
