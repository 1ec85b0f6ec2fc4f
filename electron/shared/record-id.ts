/**
 * Every id that becomes a file or folder name (drafts, versions, outlines, templates): ASCII
 * letters, digits, `-` and `_`, at most 100. Nothing that could climb out of a folder (`..`, `/`,
 * `\`), end a string early (NUL) or mean something to Windows (`:`, `*`, trailing dots).
 */
export const RECORD_ID = /^[A-Za-z0-9_-]{1,100}$/u;

export const isRecordId = (id: string): boolean => RECORD_ID.test(id);
