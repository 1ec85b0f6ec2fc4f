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

/**
 * "另存为" when the library cannot be written: the draft as the editor holds it, straight from
 * memory, as JSON (lossless; nothing on the host is involved, so it works on a full disk too).
 */
export function downloadDraftCopy(draft: Draft, text: CopyFileText): void {
  const name = (draft.title.trim() || text.untitled).replace(/[\\/:*?"<>|]/gu, '_');
  downloadBlob(
    new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' }),
    text.name(name),
  );
}
