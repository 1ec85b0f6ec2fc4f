import { z } from 'zod';
import { isChannel, type Channel } from '../shared/contract';
import { AppFailure, fail, ok, type Result } from '../shared/result';
import type { Handler, Handlers } from './handlers/types';

// Argument errors reach the user: zod words them in Chinese, like every other host message.
z.config(z.locales.zhCN());

/**
 * The one path every call takes, from IPC or HTTP: known channel, arguments validated by the
 * channel's schema, errors returned as data. What the library had to repair meanwhile (`warnings`
 * hands it out once) goes back with the answer, so the window tells the user without asking.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
  warnings: () => string[] = () => [],
): Promise<Result<unknown>> {
  const result = await answer(handlers, channel, rawArgs);
  const libraryWarnings = warnings();
  return libraryWarnings.length > 0 ? { ...result, libraryWarnings } : result;
}

async function answer(
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
    // A bug, not the user's doing: the details go to the host's log, not into the window.
    console.error(`${channel}:`, e);
    return fail('internal', '内部错误,操作没有完成。请重试;如果反复出现,请重新启动范式。');
  }
}
