import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { Loaded } from '../state/use-load';

export function LoadState<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (value: T) => ReactNode;
}) {
  if (loaded.state === 'loading') return <Spin description="加载中…" />;
  if (loaded.state === 'error')
    return <Alert type="error" showIcon title="加载失败" description={loaded.message} />;
  return <>{children(loaded.value)}</>;
}
