/**
 * Files and folders only their owner can read (POSIX): the workspace and its WAL, backups,
 * the lock, the recent list and backup locations are 0600, the folders Coordina makes 0700.
 * SQLite gives a database's WAL and journal the mode of the database file, so creating the
 * file 0600 before SQLite opens it covers its side files too. (Windows ignores these modes;
 * there the user profile's ACLs protect the app data folder.)
 */
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** Creates a new, empty, owner-only file (EEXIST when something is there already). */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  // The process umask can only remove bits, but an inherited ACL or odd umask must not widen it.
  fs.chmodSync(file, PRIVATE_FILE_MODE);
}

/** Makes a folder (and missing parents) owner-only; an existing folder Coordina owns is narrowed. */
export function ensurePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  narrowMode(folder, PRIVATE_FOLDER_MODE);
}

/** Sets the mode where the platform and ownership allow it; never fails the caller. */
export function narrowMode(target: string, mode: number): void {
  if (process.platform === 'win32') return;
  try {
    fs.chmodSync(target, mode);
  } catch {
    // not ours to change (e.g. a shared folder): the files inside are still 0600
  }
}

/**
 * Replaces a small file atomically (temporary file, then rename): a reader sees the old
 * content or the new one, never an empty or half-written file.
 */
export function writePrivateFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(tmp, content, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
