/** Where workspace files live: an absolute path, or a bare name inside the default folder. */
import fs from 'node:fs';
import path from 'node:path';
import { WORKSPACE_EXTENSION } from '../../../shared/domain/settings';
import { DomainError } from '../../../shared/errors';
import { assertWritableFolder, ensureFolder } from './folders';

/**
 * The longest name (UTF-8 bytes) of a new workspace file: files beside it add suffixes
 * (`.lock`, `.rekey-tmp-journal`, backups `--YYYYMMDD-HHMMSSZ-n.coordina-backup`) and every
 * one of them must stay within the 255 bytes file systems allow.
 */
export const MAX_WORKSPACE_NAME_BYTES = 200;

export function defaultWorkspaceFolder(dataDir: string): string {
  return path.join(dataDir, 'workspaces');
}

export function resolveWorkspacePath(input: string, defaultFolder: string): string {
  if (path.isAbsolute(input)) return path.normalize(input);
  if (/[\\/]/.test(input) || input === '.' || input === '..') {
    throw new DomainError(
      'VALIDATION',
      'Give a full path, or a plain file name to use the default folder.',
      { field: 'path' },
    );
  }
  const name = input.endsWith(WORKSPACE_EXTENSION) ? input : `${input}${WORKSPACE_EXTENSION}`;
  return path.join(defaultFolder, name);
}

/**
 * Checks that a new workspace file (created, or restored from a backup) can be made at this
 * resolved path: a name short enough and no file there yet. Reads only.
 */
export function assertNewWorkspaceFile(filePath: string, field: string): void {
  if (Buffer.byteLength(path.basename(filePath)) > MAX_WORKSPACE_NAME_BYTES) {
    throw new DomainError(
      'VALIDATION',
      `The file name is too long (at most ${MAX_WORKSPACE_NAME_BYTES} bytes).`,
      { field },
    );
  }
  if (fs.existsSync(filePath)) {
    throw new DomainError('FILE_EXISTS', 'A file with this name already exists.', {
      path: filePath,
    });
  }
}

/** The folder of a new workspace file: the default one is made when missing. */
export function prepareFolderOf(filePath: string, defaultFolder: string): void {
  const folder = path.dirname(filePath);
  if (folder === defaultFolder) ensureFolder(folder);
  else assertWritableFolder(folder);
}

/**
 * Size, modification time and inode of the file, and whether a WAL with content sits beside
 * it: any write, replacement or restore changes it.
 */
export function fileStamp(filePath: string): string {
  try {
    const st = fs.statSync(filePath);
    const wal = fs.existsSync(`${filePath}-wal`) ? fs.statSync(`${filePath}-wal`).size : 0;
    return `${st.size}:${st.mtimeMs}:${st.ino}:${st.ctimeMs}:${wal}`;
  } catch {
    return 'missing';
  }
}
