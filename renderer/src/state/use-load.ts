import { useCallback, useEffect, useState } from 'react';
import { LOADING, settle, type Loaded, type Prefetch } from './loaded';

/**
 * Runs a load on mount (and on reload()), tracking loading and error states for the screen.
 * `started` hands over a load already under way (see first-screen.ts): its answer is shown from
 * the first render when it came in before that render.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  started?: () => Prefetch<T> | null,
): [Loaded<T>, () => void] {
  const [first] = useState(() => started?.() ?? null);
  const [result, setResult] = useState<Loaded<T>>(() => first?.settled ?? LOADING);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const outcome = tick === 0 && first ? first.outcome : settle(load());
    void outcome.then((r) => live && setResult(r));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load is re-run only on reload()
  }, [tick]);
  return [result, useCallback(() => setTick((t) => t + 1), [])];
}
