/**
 * Checks a path before any SQLite handle touches it, so that each way a file can be unusable
 * gets its own clear error and a file that is not ours is never modified.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../shared/errors';

const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const MIN_PAGE = 512;

/** The workspace file must be ours to open and to write. */
export function assertWorkspaceFileUsable(filePath: string): void {
  assertWritable(filePath, assertEncryptedDatabaseFile(filePath));
}

/**
 * An existing regular file that could be an encrypted SQLite database (a workspace or a
 * backup): not empty, whole pages, no plaintext SQLite header. Reads only.
 */
export function assertEncryptedDatabaseFile(filePath: string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new DomainError('FILE_MISSING', 'The workspace file does not exist.', { path: filePath });
  }
  if (!stat.isFile()) {
    throw new DomainError('NOT_A_WORKSPACE', 'This path is not a file.', { path: filePath });
  }
  if (stat.size < MIN_PAGE || stat.size % MIN_PAGE !== 0) {
    throw new DomainError('NOT_A_WORKSPACE', 'This file is not a Coordina workspace.', {
      path: filePath,
    });
  }
  const head = Buffer.alloc(PLAIN_SQLITE_HEADER.length);
  const fd = fs.openSync(filePath, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.equals(PLAIN_SQLITE_HEADER)) {
    throw new DomainError(
      'NOT_A_WORKSPACE',
      'This is an unencrypted SQLite database, not a Coordina workspace.',
      { path: filePath },
    );
  }
  return stat;
}

function assertWritable(filePath: string, stat: fs.Stats): void {
  // Root ignores permission bits, so a file marked read-only is detected by its mode too.
  const noWriteBits = (stat.mode & 0o222) === 0;
  let writable = !noWriteBits;
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
    fs.accessSync(path.dirname(filePath), fs.constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) {
    throw new DomainError(
      'FILE_READ_ONLY',
      'The workspace file or its folder is read-only; Coordina needs to write to both.',
      { path: filePath },
    );
  }
}
