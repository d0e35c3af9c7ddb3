/**
 * Folders the user names (where a workspace, a backup or a restored copy goes): checked and
 * made with bounded, non-recursive steps so that each way a path can be unusable — relative,
 * a file where a folder should be, a folder that cannot be made (e.g. under /proc), no write
 * permission — gives its own domain error instead of an INTERNAL one (or a hang).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../shared/errors';
import { storageErrorToDomain } from '../db/storageErrors';
import { PRIVATE_FOLDER_MODE } from './privateFiles';

/** Deeper than any real path; keeps the walk up to an existing folder bounded. */
const MAX_DEPTH = 256;

/** Refuses a path the running platform does not take as absolute (e.g. 'C:\x' on Linux). */
export function assertAbsolute(p: string, field: string): void {
  if (!path.isAbsolute(p)) {
    throw new DomainError('VALIDATION', 'Give a full (absolute) path.', { field });
  }
}

function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A file-system or SQLite error about a path, as a domain error; anything else unchanged.
 * (SQLite's codes come from opening or writing a file there, e.g. by VACUUM INTO.)
 */
export function fileErrorToDomain(error: unknown, p: string): unknown {
  if (error instanceof DomainError) return error;
  const storage = storageErrorToDomain(error); // a full disk or failing drive says so
  if (storage !== error) return storage;
  const code = errnoOf(error);
  switch (code) {
    case 'ENOENT':
      return new DomainError('FILE_MISSING', 'This folder does not exist.', { path: p });
    case 'ENOTDIR':
    case 'EISDIR':
      return new DomainError('NOT_A_FOLDER', 'Part of this path is a file, not a folder.', {
        path: p,
      });
    case 'ENAMETOOLONG':
      return new DomainError('VALIDATION', 'This path is too long.', { path: p });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
      return new DomainError('FILE_READ_ONLY', 'Coordina cannot write here.', { path: p });
    default:
      return error;
  }
}

/** The folder's state: 'missing', or a folder; throws NOT_A_FOLDER for anything else. */
function folderState(folder: string): 'folder' | 'missing' {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return 'missing';
    throw fileErrorToDomain(error, folder);
  }
  if (!stat.isDirectory()) {
    throw new DomainError('NOT_A_FOLDER', 'This path is a file, not a folder.', { path: folder });
  }
  return 'folder';
}

/** True when the absolute folder exists; false when it does not; NOT_A_FOLDER for a file. */
export function folderExists(folder: string): boolean {
  return folderState(folder) === 'folder';
}

/** The folder must already exist (and be a folder we can write to). */
export function assertWritableFolder(folder: string): void {
  if (folderState(folder) === 'missing') {
    throw new DomainError('FILE_MISSING', 'This folder does not exist.', { path: folder });
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    throw fileErrorToDomain(error, folder);
  }
}

/** Makes the absolute folder and any missing parents, one bounded step at a time. */
export function ensureFolder(folder: string): void {
  const missing: string[] = [];
  let current = path.resolve(folder);
  for (let depth = 0; folderState(current) === 'missing'; depth++) {
    const parent = path.dirname(current);
    if (parent === current || depth >= MAX_DEPTH) {
      throw new DomainError('FILE_MISSING', 'This folder cannot be created.', { path: folder });
    }
    missing.push(current);
    current = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      fs.mkdirSync(dir, { mode: PRIVATE_FOLDER_MODE });
    } catch (error) {
      if (errnoOf(error) === 'EEXIST' && folderState(dir) === 'folder') continue;
      // ENOENT here: the parent exists but refuses children (e.g. /proc).
      if (errnoOf(error) === 'ENOENT') {
        throw new DomainError('FILE_MISSING', 'This folder cannot be created.', { path: folder });
      }
      throw fileErrorToDomain(error, folder);
    }
  }
  assertWritableFolder(folder);
}

/** Removes files that may not exist; a failure to remove never hides the error being handled. */
export function removeQuietly(files: readonly string[]): void {
  for (const file of files) {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // best effort: the caller is already reporting what went wrong
    }
  }
}
