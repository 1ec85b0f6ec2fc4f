import { beforeEach } from 'vitest';
import type { AppCore } from '../../../electron/rpc/compose';
import { dispatch } from '../../../electron/rpc/dispatch';
import type { ArgsOf, Channel, ResultOf } from '../../../electron/shared/contract';
import type { Result } from '../../../electron/shared/result';
import { useApps, useTempDirs } from './fixtures';

export interface FreshApp {
  /** The app composed for the running test. */
  readonly core: AppCore;
  /** Its data folder, empty when the test began. */
  readonly dataDir: string;
  /** The app composed again on the same data folder, as the next start finds it. */
  readonly reopen: () => Promise<AppCore>;
  /** A typed call through dispatch, the path both hosts take. */
  readonly call: <C extends Channel>(
    channel: C,
    ...args: ArgsOf<C>
  ) => Promise<Result<ResultOf<C>>>;
}

/** Before each test of the calling file, the app composed on a new, empty data folder. */
export function useFreshApp(label: string): FreshApp {
  const tempDir = useTempDirs();
  const openApp = useApps();
  let current: { core: AppCore; dataDir: string } | undefined;
  beforeEach(async () => {
    const dataDir = await tempDir(label);
    current = { core: await openApp({ dataDir }), dataDir };
  });
  const now = (): { core: AppCore; dataDir: string } => {
    if (!current) throw new Error('useFreshApp: the app is made before each test, not before');
    return current;
  };
  async function call<C extends Channel>(
    channel: C,
    ...args: ArgsOf<C>
  ): Promise<Result<ResultOf<C>>> {
    return (await dispatch(now().core.handlers, channel, args)) as Result<ResultOf<C>>;
  }
  return {
    get core() {
      return now().core;
    },
    get dataDir() {
      return now().dataDir;
    },
    reopen: () => openApp({ dataDir: now().dataDir }),
    call,
  };
}
