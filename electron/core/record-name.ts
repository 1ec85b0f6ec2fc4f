import type { MaxNameChars } from '../shared/outline';
import { AppFailure } from '../shared/result';

export const MAX_NAME_CHARS: MaxNameChars = 60;

/**
 * The name the user typed for something they keep (an outline, a template), tidied: trimmed, runs
 * of white space (a pasted line break) made one space. Refused with a message they can act on.
 */
export function checkedName(raw: string, noun: '提纲' | '模板'): string {
  const name = raw.replace(/\s+/gu, ' ').trim();
  if (name === '') throw new AppFailure('invalid_argument', `${noun}名称不能为空`);
  const chars = name.length;
  if (chars > MAX_NAME_CHARS) {
    throw new AppFailure(
      'invalid_argument',
      `${noun}名称最多 ${MAX_NAME_CHARS} 个字,现在有 ${chars} 个字`,
    );
  }
  return name;
}
