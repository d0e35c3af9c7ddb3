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
import { createPrivateFile } from '../workspace/privateFiles';
import { storageCode } from '../db/storageErrors';

export const BACKUP_EXTENSION = '.coordina-backup';
/** Room for the stamp, counter, UUID and kind in a 255-byte file name. */
const MAX_BASE_BYTES = 150;

function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', '-');
}

/** The workspace's file name, shortened so that a backup's name stays within 255 bytes. */
function baseName(workspacePath: string): string {
  let base = path.basename(workspacePath).replace(/\.coordina$/, '');
  while (Buffer.byteLength(base) > MAX_BASE_BYTES) base = base.slice(0, -1);
  return base;
}

function readFolder(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch (error) {
    throw fileErrorToDomain(error, folder);
  }
}

/** Whose backups to list: the workspace's UUID (and, for older backups, its exact file name). */
export interface BackupOwner {
  workspaceId: string | null;
  workspacePath: string;
}

/** `<name>--<YYYYMMDD-HHMMSSZ>[-n]--<workspace UUID>[--manual].coordina-backup` */
const NAME =
  /--(\d{8})-(\d{6})Z(?:-\d+)?--([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(--manual)?\.coordina-backup$/;

interface ListedBackup extends Backup {
  /** Named before backups carried the workspace's UUID: listed, never rotated. */
  legacy: boolean;
}

function parseName(name: string, owner: BackupOwner) {
  const match = NAME.exec(name);
  if (match) {
    if (match[3] !== owner.workspaceId) return null;
    return {
      day: match[1]!,
      time: match[2]!,
      kind: match[4] ? 'manual' : 'automatic',
      legacy: false,
    } as const;
  }
  // Before UUIDs: `<exact name>--<stamp>[-n].coordina-backup` (never a prefix match).
  const legacy = /^(.*)--(\d{8})-(\d{6})Z(?:-\d+)?\.coordina-backup$/.exec(name);
  if (legacy && legacy[1] === baseName(owner.workspacePath)) {
    return { day: legacy[2]!, time: legacy[3]!, kind: 'automatic', legacy: true } as const;
  }
  return null;
}

function listOwned(folder: string, owner: BackupOwner): ListedBackup[] {
  assertAbsolute(folder, 'folder');
  if (!folderExists(folder)) return [];
  return readFolder(folder)
    .flatMap((name) => {
      const parsed = parseName(name, owner);
      if (!parsed) return [];
      const full = path.join(folder, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        return []; // removed meanwhile
      }
      if (!stat.isFile()) return [];
      const { day, time } = parsed;
      const createdAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}Z`;
      return [
        { path: full, createdAt, bytes: stat.size, kind: parsed.kind, legacy: parsed.legacy },
      ];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.path.localeCompare(a.path));
}

/**
 * The backups of one workspace in an absolute folder, newest first — found by the workspace's
 * UUID in their names, never by a name prefix; none when the folder does not exist (yet);
 * NOT_A_FOLDER when the path is a file.
 */
export function listBackups(folder: string, owner: BackupOwner): Backup[] {
  return listOwned(folder, owner).map(({ legacy: _legacy, ...backup }) => backup);
}

export function writeBackup(
  db: SqliteDatabase,
  owner: { workspaceId: string; workspacePath: string },
  folder: string,
  at: Date,
  kind: 'automatic' | 'manual' = 'automatic',
): Backup {
  assertAbsolute(folder, 'folder');
  ensureFolder(folder);
  const suffix = `--${owner.workspaceId}${kind === 'manual' ? '--manual' : ''}${BACKUP_EXTENSION}`;
  const base = `${baseName(owner.workspacePath)}--${stamp(at)}`;
  let target = path.join(folder, `${base}${suffix}`);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(folder, `${base}-${n}${suffix}`);
  vacuumInto(db, target);
  return { path: target, createdAt: at.toISOString(), bytes: fs.statSync(target).size, kind };
}

/** A consistent encrypted copy (same cipher and key) in a new file; no partial file is left. */
export function vacuumInto(db: SqliteDatabase, target: string): void {
  try {
    // Made owner-only and empty first: VACUUM INTO fills an empty file and keeps its mode.
    createPrivateFile(target);
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
 * newest of each of the `weekly` most recent older weeks; deletes the other backups of this
 * workspace. Backups made on demand and automatic ones are rotated each on their own, so the
 * backup made at close never pushes out the one the user asked for that morning; backups
 * named before they carried the workspace's UUID are never deleted.
 */
export function rotateBackups(
  folder: string,
  owner: BackupOwner,
  daily = DEFAULT_BACKUP_KEEP_DAILY,
  weekly = DEFAULT_BACKUP_KEEP_WEEKLY,
): string[] {
  const owned = listOwned(folder, owner).filter((b) => !b.legacy);
  const removed = (['automatic', 'manual'] as const).flatMap((kind) =>
    expired(
      owned.filter((b) => b.kind === kind),
      daily,
      weekly,
    ),
  );
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/** The backups (newest first) that the daily/weekly rule does not keep. */
function expired(all: readonly Backup[], daily: number, weekly: number): string[] {
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
  return all.filter((b) => !keep.has(b.path)).map((b) => b.path);
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
    if (storageCode(error)?.startsWith('SQLITE_CORRUPT')) {
      throw new DomainError('WORKSPACE_DAMAGED', 'This backup is damaged.', { path: backupPath });
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
