/**
 * The session of the workspace service: which file is open, locked or none (closed → open ⇄
 * locked → closed), the exclusive-use lock of its file, the daily backup and idle-lock timers,
 * and the steps between those states. Its methods assume the caller holds the service's gate
 * (WorkspaceService runs each under it). Creating and opening a file are in workspaceOpening.ts,
 * changing the passphrase in workspacePassphrase.ts.
 */
import type { DataSource } from 'typeorm';
import type { WorkspaceSettings, WorkspaceStatus } from '../../../shared/contract/workspace';
import { DomainError } from '../../../shared/errors';
import type { AuditRecorder } from '../audit/auditRecorder';
import {
  closeWorkspaceDataSource,
  passesQuickCheck,
  rawConnection,
  type WorkspaceDatabaseOpener,
} from '../db/dataSource';
import { WorkspaceIdentityEntity } from '../db/entities/workspaceIdentity';
import { asReadable } from '../db/sql';
import type { RecentWorkspaces } from './recentWorkspaces';
import { readSettings } from './settingsRepository';
import { fileStamp } from './workspacePaths';
import { IdleLock } from './idleLock';
import { WorkspaceBackups, type WorkspaceBackupsDeps } from './workspaceBackups';
import type { WorkspaceLock } from './workspaceLock';

export interface WorkspaceServiceDeps extends WorkspaceBackupsDeps {
  defaultFolder: string;
  audit: AuditRecorder;
  recent: RecentWorkspaces;
  onChange: (status: WorkspaceStatus) => void;
  /** How often the core checks for an idle workspace to lock (default 15 s). */
  idleCheckMs?: number;
  /** Tests only (the fast tier): how a workspace is created and opened. Default: encrypted file. */
  openDatabase?: WorkspaceDatabaseOpener;
}

/** While a workspace stays open, an automatic backup is made once a day. */
const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

type Session =
  | { state: 'closed' }
  | { state: 'locked'; path: string }
  | {
      state: 'open';
      /** The real path of the file (symlinks resolved): every file operation uses it. */
      path: string;
      dataSource: DataSource;
      settings: WorkspaceSettings;
      workspaceId: string;
    };

/** The session while a workspace is open. */
export type OpenSession = Extract<Session, { state: 'open' }>;

export class WorkspaceSession {
  private current: Session = { state: 'closed' };
  /** The exclusive-use lock of the file in the session (kept while locked, dropped on close). */
  private fileLock: { path: string; lock: WorkspaceLock } | null = null;
  private backupTimer: NodeJS.Timeout | null = null;
  /**
   * The file as it was when this process locked it after a passing quick_check: unlocking
   * the same, untouched file skips the check (≈ 0.4 s on a 50 MB workspace).
   */
  private verifiedAtLock: { path: string; stamp: string } | null = null;
  /** Whether the last open ran the integrity check (for tests and benchmarks). */
  lastOpenChecked = false;
  readonly idle: IdleLock;
  readonly backups: WorkspaceBackups;

  constructor(
    private readonly deps: WorkspaceServiceDeps,
    /** Runs work under the service's gate: the timers start outside any call. */
    private readonly underGate: <T>(work: () => Promise<T> | T) => Promise<T>,
  ) {
    this.backups = new WorkspaceBackups(deps, () =>
      this.current.state === 'open' ? this.current : null,
    );
    this.idle = new IdleLock({
      now: deps.now,
      minutes: () => (this.current.state === 'open' ? this.current.settings.autoLockMinutes : null),
      lock: () => underGate(() => this.lock()),
      checkEveryMs: deps.idleCheckMs,
    });
  }

  status(): WorkspaceStatus {
    const s = this.current;
    if (s.state === 'closed') return { state: 'closed' };
    if (s.state === 'locked') return { state: 'locked', path: s.path };
    return {
      state: 'open',
      path: s.path,
      taskForceName: s.settings.taskForceName,
      autoLockMinutes: s.settings.autoLockMinutes,
      defaultLanguage: s.settings.defaultLanguage,
    };
  }

  /** The open session, or NO_WORKSPACE when closed or locked. */
  opened(): OpenSession {
    if (this.current.state !== 'open') {
      throw new DomainError('NO_WORKSPACE', 'No workspace is open (it may be locked).');
    }
    return this.current;
  }

  /** The open session's DataSource, or null when closed or locked. */
  openDataSource(): DataSource | null {
    return this.current.state === 'open' ? this.current.dataSource : null;
  }

  /** The file of the session (open or locked), if any. */
  currentPath(): string | null {
    return this.current.state === 'closed' ? null : this.current.path;
  }

  /** New settings of the open workspace, cached (no query). */
  setSettings(next: WorkspaceSettings): void {
    if (this.current.state === 'open') this.current.settings = next;
  }

  /** A connection that could not be brought back: close it; unlocking opens a fresh one. */
  async lockUnsound(): Promise<void> {
    if (this.current.state !== 'open') return;
    console.error('[coordina] the workspace connection failed; locking it');
    const { path: filePath, dataSource } = this.current;
    this.stopTimers();
    this.current = { state: 'locked', path: filePath };
    await closeWorkspaceDataSource(dataSource).catch(() => undefined);
    this.changed();
  }

  async lock(): Promise<WorkspaceStatus> {
    if (this.current.state === 'open') {
      this.backups.quietly();
      this.stopTimers();
      const { path: filePath, dataSource } = this.current;
      this.current = { state: 'locked', path: filePath };
      const sound = passesQuickCheck(rawConnection(dataSource));
      await closeWorkspaceDataSource(dataSource);
      this.verifiedAtLock = sound ? { path: filePath, stamp: fileStamp(filePath) } : null;
      this.changed();
    }
    return this.status();
  }

  /** Left locked on this file (after a reopen that failed). */
  markLocked(filePath: string): void {
    this.current = { state: 'locked', path: filePath };
    this.changed();
  }

  async close(): Promise<WorkspaceStatus> {
    if (this.current.state === 'open') this.backups.quietly();
    try {
      await this.closeCurrent();
    } finally {
      this.releaseLock(); // a close that met a full disk still lets the file go
      if (this.current.state !== 'closed') {
        this.current = { state: 'closed' };
        this.changed();
      }
    }
    return this.status();
  }

  /** Close without state change events (used on shutdown). */
  async dispose(): Promise<void> {
    try {
      await this.closeCurrent();
    } finally {
      this.releaseLock();
      this.current = { state: 'closed' };
    }
  }

  /** Into the open state on this file and connection: timers started, recent list touched. */
  async enter(filePath: string, dataSource: DataSource): Promise<WorkspaceStatus> {
    const settings = await readSettings(asReadable(dataSource.manager));
    const identity = await dataSource.manager.findOneByOrFail(WorkspaceIdentityEntity, {
      id: 'workspace',
    });
    this.current = {
      state: 'open',
      path: filePath,
      dataSource,
      settings,
      workspaceId: identity.workspaceId,
    };
    this.backupTimer = setInterval(
      () => void this.underGate(() => this.backups.quietly()),
      BACKUP_EVERY_MS,
    );
    this.backupTimer.unref();
    this.idle.start();
    this.deps.recent.touch(filePath, this.deps.now());
    this.changed();
    return this.status();
  }

  private stopTimers(): void {
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
    this.idle.stop();
  }

  /** Closes the open connection (no event); a locked session keeps its state. */
  async closeCurrent(): Promise<void> {
    this.stopTimers();
    if (this.current.state === 'open') {
      const { dataSource } = this.current;
      this.current = { state: 'closed' };
      await closeWorkspaceDataSource(dataSource);
    }
  }

  /** True (once) when the file is exactly as it was verified at lock time. */
  consumeVerifiedAtLock(filePath: string): boolean {
    const verified = this.verifiedAtLock;
    this.verifiedAtLock = null;
    return (
      verified !== null && verified.path === filePath && verified.stamp === fileStamp(filePath)
    );
  }

  /** The lock this session already holds on the file, if any. */
  ownLockOf(filePath: string): WorkspaceLock | null {
    return this.fileLock?.lock.covers(filePath) ? this.fileLock.lock : null;
  }

  /** Holds this lock for the file from now on, letting go of any other. */
  holdLock(filePath: string, lock: WorkspaceLock): void {
    this.releaseLock();
    this.fileLock = { path: filePath, lock };
  }

  /** The file is a new one (new inode) under the same name: the identity lock follows it. */
  followLock(filePath: string): void {
    this.fileLock?.lock.follow(filePath, this.deps.now);
  }

  private releaseLock(): void {
    this.fileLock?.lock.release();
    this.fileLock = null;
  }

  changed(): void {
    this.deps.onChange(this.status());
  }
}
