/**
 * Characters a file name must not carry because nobody sees them: control characters (NUL
 * included), bidi and other format characters (U+202E turns `gpj.exe` around), lone surrogates
 * and the noncharacters U+FFFE and U+FFFF.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF]/gu;

/** Characters Windows refuses in a file name. */
const RESERVED = /[\\/:*?"<>|]/gu;

/** Names Windows keeps for devices, with or without an extension. */
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;

/** The first `max` UTF-16 units, never ending in half of a surrogate pair. */
function firstChars(s: string, max: number): string {
  const cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** A file name every OS accepts, from a draft's title. */
export function exportFileName(title: string, ext: string): string {
  const base = firstChars(title.replace(INVISIBLE, '').replace(RESERVED, '').trim(), 60)
    // Windows drops trailing dots and spaces, which would change the name it saves.
    .replace(/[. ]+$/u, '');
  if (base === '') return `未命名.${ext}`;
  return `${DEVICE.test(base) ? `${base}_` : base}.${ext}`;
}

/**
 * The name to keep and show for a file the user chose: its base name (a browser or a crafted
 * call may send a whole path), without invisible characters.
 */
export function importedFileName(raw: string): string {
  const visible = raw.replace(INVISIBLE, '');
  const base = firstChars(
    visible.slice(Math.max(visible.lastIndexOf('/'), visible.lastIndexOf('\\')) + 1).trim(),
    200,
  );
  return base === '' ? '未命名文件' : base;
}
