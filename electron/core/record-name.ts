import type { MaxNameChars } from '../shared/outline';
import { AppFailure } from '../shared/result';

export const MAX_NAME_CHARS: MaxNameChars = 60;

/*
 * One rule for the names of what the user keeps (outlines, templates): white space tidied, at
 * least one character, at most MAX_NAME_CHARS. A name the user types is refused when it breaks
 * the rule; a name that arrives in a file (a backup, a template pack, an imported essay) is made
 * to keep it instead, so one odd name does not refuse the whole file.
 */

/** Trimmed, and runs of white space (a pasted line break) made one space. */
const tidy = (raw: string): string => raw.replace(/\s+/gu, ' ').trim();

/** The name the user typed, tidied, or refused with a message they can act on. */
export function checkedName(raw: string, noun: '提纲' | '模板'): string {
  const name = tidy(raw);
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

/** Cuts `name` to `max` characters, marking the cut; a surrogate pair is never split. */
function cut(name: string, max: number): string {
  if (name.length <= max) return name;
  let end = max - 1;
  const last = name.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${name.slice(0, end)}…`;
}

/** A name from a file, tidied and cut to the rule; `fallback` when nothing is left. */
export const fittedName = (raw: string, fallback: string): string =>
  cut(tidy(raw), MAX_NAME_CHARS) || fallback;

/** `name`, else `name（2）`, `name（3）` … whichever `taken` does not hold, within the rule. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = `（${n}）`;
    const candidate = cut(name, MAX_NAME_CHARS - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
