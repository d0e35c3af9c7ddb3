/**
 * Encrypted backups of a workspace. `VACUUM INTO` writes a consistent copy encrypted with the
 * open database's own cipher and key (checked by the tests: no plaintext header, opens with
 * the same passphrase), so no passphrase is kept to make one and no plaintext copy ever
 * exists. Rotation keeps the newest backup of each of the last N days and M weeks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Backup } from '../../../shared/contract/backup';
import { DomainError } from '../../../shared/errors';
import { keyConnection, probeKey } from '../db/cipher';
import { SqliteDriver, isNotADatabaseError, type SqliteDatabase } from '../db/sqlite';

export const BACKUP_EXTENSION = '.coordina-backup';
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

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

/** Backup files of one workspace in a folder, newest first. */
export function listBackups(folder: string, workspacePath: string): Backup[] {
  if (!fs.existsSync(folder)) return [];
  const prefix = `${baseName(workspacePath)}--`;
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith(BACKUP_EXTENSION))
    .map((name) => {
      const full = path.join(folder, name);
      const stat = fs.statSync(full);
      const match = /--(\d{8})-(\d{6})Z/.exec(name);
      const createdAt = match
        ? `${match[1]!.slice(0, 4)}-${match[1]!.slice(4, 6)}-${match[1]!.slice(6)}T${match[2]!.slice(0, 2)}:${match[2]!.slice(2, 4)}:${match[2]!.slice(4)}Z`
        : stat.mtime.toISOString();
      return { path: full, createdAt, bytes: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function writeBackup(
  db: SqliteDatabase,
  workspacePath: string,
  folder: string,
  at: Date,
): Backup {
  fs.mkdirSync(folder, { recursive: true });
  let target = path.join(folder, `${baseName(workspacePath)}--${stamp(at)}${BACKUP_EXTENSION}`);
  for (let n = 2; fs.existsSync(target); n++) {
    target = target.replace(/(-\d+)?\.coordina-backup$/, `-${n}${BACKUP_EXTENSION}`);
  }
  db.prepare('VACUUM INTO ?').run(target);
  return { path: target, createdAt: at.toISOString(), bytes: fs.statSync(target).size };
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
  daily = KEEP_DAILY,
  weekly = KEEP_WEEKLY,
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

/** Opens a backup read-only with the passphrase and checks it fully; throws a clear error. */
export function verifyBackup(backupPath: string, passphrase: string): void {
  if (!fs.existsSync(backupPath))
    throw new DomainError('FILE_MISSING', 'This backup does not exist.', { path: backupPath });
  const db = new SqliteDriver(backupPath, { readonly: true, fileMustExist: true });
  try {
    keyConnection(db, passphrase);
    probeKey(db);
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

/** Copies a verified backup into a new workspace file (never over an existing file). */
export function restoreBackup(backupPath: string, targetPath: string, passphrase: string): void {
  if (fs.existsSync(targetPath)) {
    throw new DomainError('FILE_EXISTS', 'Restore into a new file: this one already exists.', {
      path: targetPath,
    });
  }
  verifyBackup(backupPath, passphrase);
  const db = new SqliteDriver(backupPath, { readonly: true, fileMustExist: true });
  try {
    keyConnection(db, passphrase);
    db.prepare('VACUUM INTO ?').run(targetPath);
  } finally {
    db.close();
  }
}
