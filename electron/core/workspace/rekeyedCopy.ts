/**
 * A passphrase change that a crash cannot lose. SQLite3MC's rekey rewrites every page in
 * place, so a kill half-way leaves a file that opens with neither passphrase. Instead the
 * workspace is re-encrypted in a copy beside it and the copy replaces the file by an atomic
 * rename:
 *   1. `VACUUM INTO <file>.rekey-tmp` — a consistent copy, encrypted with the current key
 *      (never plaintext); the copy is not in WAL mode and nobody else has it open;
 *   2. rekey the copy to the new passphrase;
 *   3. write the audit entry of the change into the copy (so the change and its entry exist
 *      together or not at all), close it and fsync it;
 *   4. (the caller closes the workspace) remove the workspace's -wal/-shm, rename the copy
 *      over the file, fsync the folder.
 * A crash before the rename leaves the old file (old passphrase) and a leftover copy, which
 * the next open removes; after it, the new file (new passphrase) with its audit entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { keyConnection, rekeyConnection } from '../db/cipher';
import { closeWorkspaceDataSource, openWorkspaceDataSource } from '../db/dataSource';
import { SqliteDriver, type SqliteDatabase } from '../db/sqlite';
import { vacuumInto } from '../backup/backupFiles';
import { removeQuietly } from './folders';

export const REKEY_SUFFIX = '.rekey-tmp';
const SIDECARS = ['-journal', '-wal', '-shm'];

export function rekeyCopyPath(filePath: string): string {
  return `${filePath}${REKEY_SUFFIX}`;
}

/** Removes what an interrupted change left beside the workspace (it holds no plaintext). */
export function removeRekeyLeftovers(filePath: string): void {
  const copy = rekeyCopyPath(filePath);
  removeQuietly([copy, ...SIDECARS.map((s) => `${copy}${s}`)]);
}

function fsyncPath(target: string, flags: string): void {
  const fd = fs.openSync(target, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; folders cannot be opened for fsync on Windows. */
function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  fsyncPath(folder, 'r');
}

/**
 * Steps 1–3: the re-encrypted copy of the open workspace `db`, with `inCopy` run in one
 * transaction on it (the audit entry). Returns the copy's path; on failure nothing is left.
 */
export async function writeRekeyedCopy(
  db: SqliteDatabase,
  filePath: string,
  passphrases: { current: string; next: string },
  inCopy: (db: EntityManager) => Promise<void>,
): Promise<string> {
  const copy = rekeyCopyPath(filePath);
  removeRekeyLeftovers(filePath);
  try {
    vacuumInto(db, copy);
    const raw = new SqliteDriver(copy, { fileMustExist: true });
    try {
      keyConnection(raw, passphrases.current);
      raw.pragma('journal_mode=DELETE'); // VACUUM INTO makes it so; rekey needs it
      rekeyConnection(raw, passphrases.next);
    } finally {
      raw.close();
    }
    const copySource = await openWorkspaceDataSource(copy, passphrases.next, 'open');
    try {
      await copySource.transaction(inCopy);
    } finally {
      await closeWorkspaceDataSource(copySource);
    }
    removeQuietly(['-wal', '-shm'].map((s) => `${copy}${s}`));
    fsyncPath(copy, 'r+');
    return copy;
  } catch (error) {
    removeRekeyLeftovers(filePath);
    throw error;
  }
}

/**
 * Step 4, with the workspace closed: the copy replaces the file. The workspace's -wal and
 * -shm go first — a WAL left beside the new file would be replayed into it.
 */
export function swapInRekeyedCopy(filePath: string): void {
  for (const sidecar of ['-wal', '-shm']) fs.rmSync(`${filePath}${sidecar}`, { force: true });
  fs.renameSync(rekeyCopyPath(filePath), filePath);
  fsyncFolder(path.dirname(filePath));
}
