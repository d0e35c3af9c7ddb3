/**
 * The backups of the workspace in the session: one made now (on demand or automatic, then the
 * folder's automatic ones rotated), where a file's backups go, whose they are, and the newest
 * one to offer for a damaged file. Every method runs with the service's gate held.
 */
import type { DataSource } from 'typeorm';
import type { Backup } from '../../../shared/contract/backup';
import type { WorkspaceSettings } from '../../../shared/contract/workspace';
import { listBackups, rotateBackups, writeBackup, type BackupOwner } from '../backup/backupFiles';
import type { BackupLocations } from '../backup/backupLocations';
import { liftReadGuard } from '../db/readGuard';
import { rawConnection } from '../db/dataSource';
import { realPathOf } from './workspaceLock';

/** The open workspace, as its backups need it. */
export interface BackedUpWorkspace {
  /** The real path of the file (symlinks resolved). */
  path: string;
  dataSource: DataSource;
  settings: WorkspaceSettings;
  workspaceId: string;
}

export interface WorkspaceBackupsDeps {
  /** Where backups go unless the workspace names its own folder. */
  backupFolder: string;
  backupLocations: BackupLocations;
  now: () => Date;
}

export class WorkspaceBackups {
  constructor(
    private readonly deps: WorkspaceBackupsDeps,
    /** The open workspace, or null when it is closed or locked. */
    private readonly current: () => BackedUpWorkspace | null,
  ) {}

  /** A backup of the open workspace now; the automatic ones of its folder are rotated. */
  make(
    open: BackedUpWorkspace,
    folder: string | undefined,
    kind: 'automatic' | 'manual',
  ): { backup: Backup; removed: string[] } {
    const db = rawConnection(open.dataSource);
    // VACUUM INTO counts as a write for `query_only`: a backup must never fail because a read
    // left the guard on (everything under the gate lifts it already; this is the safety net).
    liftReadGuard(db);
    const { path: filePath, workspaceId } = open;
    const target = folder ?? this.folderFor(filePath);
    const owner = { workspaceId, workspacePath: filePath };
    const backup = writeBackup(db, owner, target, this.deps.now(), kind);
    this.deps.backupLocations.set(filePath, { folder: target, workspaceId });
    const { backupKeepDaily, backupKeepWeekly } = open.settings;
    return { backup, removed: rotateBackups(target, owner, backupKeepDaily, backupKeepWeekly) };
  }

  /** Automatic backups must never stop a lock or a close; a failure is logged without content. */
  quietly(): void {
    const open = this.current();
    if (!open) return;
    try {
      this.make(open, undefined, 'automatic');
    } catch (error) {
      console.error(`[coordina] automatic backup failed: ${(error as Error).name}`);
    }
  }

  /** The workspace's own backup folder when open, else where its backups last went. */
  folderFor(workspacePath: string): string {
    const filePath = realPathOf(workspacePath);
    const open = this.current();
    if (open && open.path === filePath && open.settings.backupFolder) {
      return open.settings.backupFolder;
    }
    return this.deps.backupLocations.get(filePath)?.folder ?? this.deps.backupFolder;
  }

  /** Whose backups belong to the file at this path: its UUID when open or known from before. */
  ownerFor(workspacePath: string): BackupOwner {
    const filePath = realPathOf(workspacePath);
    const open = this.current();
    if (open && open.path === filePath) {
      return { workspaceId: open.workspaceId, workspacePath: filePath };
    }
    const known = this.deps.backupLocations.get(filePath)?.workspaceId ?? null;
    return { workspaceId: known, workspacePath: filePath };
  }

  /** The newest backup to offer for a damaged file; none when its folder cannot be read. */
  newestQuietly(filePath: string): Backup | null {
    try {
      return listBackups(this.folderFor(filePath), this.ownerFor(filePath))[0] ?? null;
    } catch {
      return null;
    }
  }
}
