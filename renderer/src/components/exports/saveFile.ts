/**
 * The one way the renderer saves a file the core produced: a Blob downloaded through an
 * <a download> click. In Electron, main turns the download into a Save dialog (Documents
 * folder) and shows the saved file in its folder; in the browser host it is a plain download.
 */
import type { ExportedFile } from '../../../../shared/contract/exports';

export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Text produced by the core (an .ics invitation…). */
export function saveTextFile(fileName: string, content: string, mimeType: string): void {
  saveBlob(fileName, new Blob([content], { type: mimeType }));
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A Word document or e-mail from an `exports:*` channel (its bytes arrive base64-encoded). */
export function saveExportedFile(file: ExportedFile): void {
  saveBlob(file.fileName, new Blob([base64ToBytes(file.data)], { type: file.mimeType }));
}
