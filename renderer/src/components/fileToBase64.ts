/** Reads a chosen file as base64, in chunks so that a 10 MB file never overflows the call stack. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const CHUNK = 0x8000;

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(offset, offset + CHUNK)));
  }
  return btoa(parts.join(''));
}
