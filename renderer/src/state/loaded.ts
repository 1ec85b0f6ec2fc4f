/** A load as a screen shows it: still loading, failed with a message for the user, or ready. */
export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

export const LOADING: Loaded<never> = { state: 'loading' };

/** The outcome of `pending` as a Loaded value; never rejects. */
export const settle = <T>(pending: Promise<T>): Promise<Loaded<T>> =>
  pending.then(
    (value): Loaded<T> => ({ state: 'ready', value }),
    (e: unknown): Loaded<T> => ({
      state: 'error',
      message: e instanceof Error ? e.message : String(e),
    }),
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
