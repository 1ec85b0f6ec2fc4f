/** A load as a screen shows it: still loading, failed (worded by the screen), or ready. */
export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; value: T };

export const LOADING: Loaded<never> = { state: 'loading' };

/** The outcome of `pending` as a Loaded value; never rejects. */
export const settle = <T>(pending: Promise<T>): Promise<Loaded<T>> =>
  pending.then(
    (value): Loaded<T> => ({ state: 'ready', value }),
    (error: unknown): Loaded<T> => ({ state: 'error', error }),
  );

/** A load started before any component asked for it; `settled` is set once it has its outcome. */
export interface Prefetch<T> {
  readonly outcome: Promise<Loaded<T>>;
  settled: Loaded<T> | null;
}

export function prefetch<T>(pending: Promise<T>): Prefetch<T> {
  const started: Prefetch<T> = { outcome: settle(pending), settled: null };
  void started.outcome.then((outcome) => {
    started.settled = outcome;
  });
  return started;
}
