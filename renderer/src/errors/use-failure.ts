import { useCallback } from 'react';
import { HostError } from '../api';
import { useLanguage, type Language } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { failureMessages, type Operation } from './failure-messages';

type Texts = (typeof failureMessages)['en'];

/** An error the renderer raises itself, already worded in the interface's language. */
export class UserMessage extends Error {
  override name = 'UserMessage';
}

/** Why a call failed, in the interface's language. */
export function reasonOf(e: unknown, language: Language, t: Texts): string {
  if (e instanceof UserMessage) return e.message;
  if (!(e instanceof HostError)) return t.unexpected;
  // The host writes Chinese, with the detail; English goes by the code.
  return language === 'zh-CN' && e.message !== '' ? e.message : t.reason[e.code];
}

/** `failure('delete', e)` → "删除失败:磁盘空间不足。…", in the interface's language. */
export function useFailure(): {
  failure: (operation: Operation, e: unknown) => string;
  reason: (e: unknown) => string;
} {
  const t = useMessages(failureMessages);
  const language = useLanguage();
  const reason = useCallback((e: unknown) => reasonOf(e, language, t), [language, t]);
  const failure = useCallback(
    (operation: Operation, e: unknown) => t.failed(t.operation[operation], reason(e)),
    [reason, t],
  );
  return { failure, reason };
}
