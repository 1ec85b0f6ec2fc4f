import { isChannel, type Channel } from '../shared/contract';
import { AppFailure, fail, ok, type Result } from '../shared/result';
import type { Handler, Handlers } from './handlers/types';

/**
 * The one path every call takes, from IPC or HTTP: known channel, arguments validated by the
 * channel's schema, errors returned as data.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('not_found', `未知的调用:${channel}`);
  const handler = handlers[channel] as unknown as Handler<Channel>;
  const parsed = handler.args.safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `(${issue.path.join('.')})` : '';
    return fail('invalid_argument', `参数不正确${where}:${issue?.message ?? ''}`);
  }
  try {
    const run = handler.run as (...args: unknown[]) => unknown;
    return ok(await run(...(parsed.data as unknown[])));
  } catch (e) {
    if (e instanceof AppFailure) return fail(e.code, e.message);
    return fail('internal', `内部错误:${e instanceof Error ? e.message : String(e)}`);
  }
}
