import type { InputFile } from '../../../../electron/shared/model';

/** A File chosen or dropped by the user, as the contract carries it. */
export async function toInputFile(file: File): Promise<InputFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return { fileName: file.name, base64: btoa(binary) };
}
