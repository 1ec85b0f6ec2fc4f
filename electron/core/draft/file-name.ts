/** A file name every OS accepts, from a draft's title. */
export function exportFileName(title: string, ext: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .trim()
    .slice(0, 60);
  return `${base || '未命名'}.${ext}`;
}
