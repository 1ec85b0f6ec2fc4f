import { AppFailure } from '../../../electron/shared/result';

/**
 * The AppFailure `action` threw or rejected with. Anything else it throws is rethrown, and it
 * returning is a failure of the test.
 */
export async function appFailure(action: () => unknown): Promise<AppFailure> {
  try {
    await action();
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  throw new Error('expected an AppFailure, nothing was thrown');
}
