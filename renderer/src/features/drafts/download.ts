import { draftToCopyText } from '../../../../electron/core/draft/draft-text';
import type { Draft, ExportedFile } from '../../../../electron/shared/model';

/** Hands bytes to the browser as a download; in Electron this opens a save dialog. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Hands an exported file to the browser as a download. */
export function downloadFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  downloadBlob(new Blob([bytes]), file.fileName);
}

/** How the unsaved copy's file is named, in the interface language. */
export interface CopyFileText {
  /** The name when the draft has no title. */
  untitled: string;
  /** The file name for a (cleaned) title. */
  name: (title: string) => string;
}

const UTF8_BOM = '\uFEFF';

/**
 * "另存为" when the library cannot be written: the draft as the window holds it, straight from
 * memory (nothing on the host is involved, so it works offline or on a full disk too), as plain
 * text any editor opens and 导入 reads back into a draft (see draftToCopyText). UTF-8 with a BOM
 * and CRLF, so Notepad on Chinese Windows reads it right.
 */
export function downloadDraftText(draft: Draft, text: CopyFileText): void {
  const name = (draft.title.trim() || text.untitled).replace(/[\\/:*?"<>|]/gu, '_');
  const body = draftToCopyText(draft, '\r\n');
  downloadBlob(new Blob([UTF8_BOM + body], { type: 'text/plain;charset=utf-8' }), text.name(name));
}
