/**
 * Encrypted backups of a workspace. `VACUUM INTO` writes a consistent copy encrypted with the
 * open database's own cipher and key (checked by the tests: no plaintext header, opens with
 * the same passphrase), so no passphrase is kept to make one and no plaintext copy ever
 * exists. Rotation keeps the newest backup of each of the last N days and M weeks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Backup } from '../../../shared/contract/backup';
import {
  DEFAULT_BACKUP_KEEP_DAILY,
  DEFAULT_BACKUP_KEEP_WEEKLY,
} from '../../../shared/domain/settings';
import { DomainError } from '../../../shared/errors';
import { keyConnection, probeKey } from '../db/cipher';
import { COORDINA_APPLICATION_ID } from '../db/dataSource';
import { assertEncryptedDatabaseFile } from '../db/fileCheck';
import { SqliteDriver, isNotADatabaseError, type SqliteDatabase } from '../db/sqlite';
import {
  assertAbsolute,
  ensureFolder,
  fileErrorToDomain,
  folderExists,
  removeQuietly,
} from '../workspace/folders';

export const BACKUP_EXTENSION = '.coordina-backup';

function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', '-');
}

function baseName(workspacePath: string): string {
  return path.basename(workspacePath).replace(/\.coordina$/, '');
}

function readFolder(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch (error) {
    throw fileErrorToDomain(error, folder);
  }
}

/**
 * Backup files of one workspace in an absolute folder, newest first; none when the folder
 * does not exist (yet); NOT_A_FOLDER when the path is a file.
 */
export function listBackups(folder: string, workspacePath: string): Backup[] {
  assertAbsolute(folder, 'folder');
  if (!folderExists(folder)) return [];
  const prefix = `${baseName(workspacePath)}--`;
  return readFolder(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith(BACKUP_EXTENSION))
    .flatMap((name) => {
      const full = path.join(folder, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        return []; // removed meanwhile
      }
      if (!stat.isFile()) return [];
      const match = /--(\d{8})-(\d{6})Z/.exec(name);
      const createdAt = match
        ? `${match[1]!.slice(0, 4)}-${match[1]!.slice(4, 6)}-${match[1]!.slice(6)}T${match[2]!.slice(0, 2)}:${match[2]!.slice(2, 4)}:${match[2]!.slice(4)}Z`
        : stat.mtime.toISOString();
      return [{ path: full, createdAt, bytes: stat.size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function writeBackup(
  db: SqliteDatabase,
  workspacePath: string,
  folder: string,
  at: Date,
): Backup {
  assertAbsolute(folder, 'folder');
  ensureFolder(folder);
  let target = path.join(folder, `${baseName(workspacePath)}--${stamp(at)}${BACKUP_EXTENSION}`);
  for (let n = 2; fs.existsSync(target); n++) {
    target = target.replace(/(-\d+)?\.coordina-backup$/, `-${n}${BACKUP_EXTENSION}`);
  }
  vacuumInto(db, target);
  return { path: target, createdAt: at.toISOString(), bytes: fs.statSync(target).size };
}

/** A consistent encrypted copy (same cipher and key) in a new file; no partial file is left. */
export function vacuumInto(db: SqliteDatabase, target: string): void {
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    removeQuietly([target, `${target}-journal`]);
    throw fileErrorToDomain(error, target);
  }
}

/** The Monday of the (UTC) week of an ISO date, as YYYY-MM-DD: the key of weekly rotation. */
function weekOf(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Keeps the newest backup of each of the `daily` most recent days that have one, then the
 * newest of each of the `weekly` most recent older weeks; deletes the rest.
 */
export function rotateBackups(
  folder: string,
  workspacePath: string,
  daily = DEFAULT_BACKUP_KEEP_DAILY,
  weekly = DEFAULT_BACKUP_KEEP_WEEKLY,
): string[] {
  const all = listBackups(folder, workspacePath);
  const keep = new Set<string>();
  const days: string[] = [];
  for (const backup of all) {
    const day = backup.createdAt.slice(0, 10);
    if (!days.includes(day) && days.length < daily) {
      days.push(day);
      keep.add(backup.path);
    }
  }
  const weeks: string[] = [];
  for (const backup of all) {
    if (days.includes(backup.createdAt.slice(0, 10))) continue;
    const week = weekOf(backup.createdAt);
    if (!weeks.includes(week) && weeks.length < weekly) {
      weeks.push(week);
      keep.add(backup.path);
    }
  }
  const removed = all.filter((b) => !keep.has(b.path)).map((b) => b.path);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/**
 * Opens a backup read-only with the passphrase and checks it fully: a file that is not an
 * encrypted Coordina database (empty, text, plaintext SQLite, another application's) is
 * NOT_A_WORKSPACE, as `workspace:open` would say.
 */
export function verifyBackup(backupPath: string, passphrase: string): void {
  assertAbsolute(backupPath, 'backupPath');
  try {
    assertEncryptedDatabaseFile(backupPath);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'FILE_MISSING')
      throw new DomainError('FILE_MISSING', 'This backup does not exist.', { path: backupPath });
    throw error;
  }
  const db = new SqliteDriver(backupPath, { readonly: true, fileMustExist: true });
  try {
    keyConnection(db, passphrase);
    probeKey(db);
    if (db.pragma('application_id', { simple: true }) !== COORDINA_APPLICATION_ID) {
      throw new DomainError('NOT_A_WORKSPACE', 'This file is not a backup of a workspace.', {
        path: backupPath,
      });
    }
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok')
      throw new DomainError('WORKSPACE_DAMAGED', 'This backup is damaged.', { path: backupPath });
  } catch (error) {
    if (isNotADatabaseError(error)) {
      throw new DomainError('WRONG_PASSPHRASE', 'The passphrase does not open this backup.');
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Copies a backup that verifyBackup accepted into a new workspace file (never over an
 * existing file); the caller has checked the target's folder.
 */
export function restoreBackup(backupPath: string, targetPath: string, passphrase: string): void {
  if (fs.existsSync(targetPath)) {
    throw new DomainError('FILE_EXISTS', 'Restore into a new file: this one already exists.', {
      path: targetPath,
    });
  }
  const db = new SqliteDriver(backupPath, { readonly: true, fileMustExist: true });
  try {
    keyConnection(db, passphrase);
    vacuumInto(db, targetPath);
  } finally {
    db.close();
  }
}
