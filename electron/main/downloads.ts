/**
 * Where exported documents go in Electron: the renderer downloads a Blob (the same code as in
 * the browser host); main turns each download into a Save dialog opened in the user's
 * Documents folder and, once saved, shows the file in its folder.
 */
import path from 'node:path';

export interface DownloadItemLike {
  getFilename(): string;
  getSavePath(): string;
  setSaveDialogOptions(options: { title?: string; defaultPath?: string }): void;
  once(
    event: 'done',
    listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void,
  ): unknown;
}

export interface DownloadSessionLike {
  on(event: 'will-download', listener: (event: unknown, item: DownloadItemLike) => void): unknown;
}

export function handleDownloads(
  session: DownloadSessionLike,
  documentsDir: string,
  showItemInFolder: (fullPath: string) => void,
): void {
  session.on('will-download', (_event, item) => {
    // Only a bare file name from the renderer: never a path.
    const name = path.basename(item.getFilename()) || 'document';
    item.setSaveDialogOptions({ title: 'Coordina', defaultPath: path.join(documentsDir, name) });
    item.once('done', (_e, state) => {
      if (state === 'completed' && item.getSavePath()) showItemInFolder(item.getSavePath());
    });
  });
}
