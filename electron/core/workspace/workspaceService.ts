/**
 * The workspace session: at most one encrypted file open at a time, with the lifecycle
 * closed → open ⇄ locked → closed. Every other domain reads and writes through it: one gate
 * serialises all use of the connection (calls themselves run concurrently), every write is one
 * transaction that is committed or rolled back — also when COMMIT itself fails — and the
 * connection is checked before the next call. Files are addressed by their real path, and the
 * workspace by its UUID.
 */
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { WorkspaceSettings, WorkspaceStatus } from '../../../shared/contract/workspace';
import { DomainError } from '../../../shared/errors';
import type { AuditRecorder } from '../audit/auditRecorder';
import type { Backup } from '../../../shared/contract/backup';
import { listBackups, rotateBackups, writeBackup, type BackupOwner } from '../backup/backupFiles';
import type { BackupLocations } from '../backup/backupLocations';
import { keyConnection, probeKey } from '../db/cipher';
import {
  closeWorkspaceDataSource,
  damaged,
  openWorkspaceDataSource,
  passesQuickCheck,
  rawConnection,
  recoverAfterFailedWrite,
} from '../db/dataSource';
import { WorkspaceIdentityEntity } from '../db/entities/workspaceIdentity';
import { DatabaseGate } from '../db/gate';
import { asReadable, asWritable, type ReadableDB, type WritableDB } from '../db/sql';
import { checkKeyAgainstPages } from '../db/keyCheck';
import { storageErrorToDomain } from '../db/storageErrors';
import { assertWorkspaceFileUsable } from '../db/fileCheck';
import { SqliteDriver, isNotADatabaseError } from '../db/sqlite';
import { assertAbsolute, fileErrorToDomain, removeQuietly } from './folders';
import { assertNewPassphrase } from './passphraseStrength';
import { removeRekeyLeftovers, swapInRekeyedCopy, writeRekeyedCopy } from './rekeyedCopy';
import type { RecentWorkspaces } from './recentWorkspaces';
import {
  defaultSettings,
  insertSettings,
  readSettings,
  updateSettings,
} from './settingsRepository';
import {
  assertNewWorkspaceFile,
  fileStamp,
  prepareFolderOf,
  resolveWorkspacePath,
} from './workspacePaths';
import { IdleLock } from './idleLock';
import { effectiveTimeZone, todayIn } from '../../../shared/domain/timeZone';
import { createPrivateFile } from './privateFiles';
import { WorkspaceLock, assertNotInUse, realPathOf } from './workspaceLock';

export interface WorkspaceServiceDeps {
  defaultFolder: string;
  /** Where backups go unless the workspace names its own folder. */
  backupFolder: string;
  backupLocations: BackupLocations;
  audit: AuditRecorder;
  recent: RecentWorkspaces;
  now: () => Date;
  onChange: (status: WorkspaceStatus) => void;
  /** How often the core checks for an idle workspace to lock (default 15 s). */
  idleCheckMs?: number;
}

export interface CreateWorkspaceInput {
  path: string;
  passphrase: string;
  passphraseConfirm: string;
  settings: Partial<WorkspaceSettings> & { taskForceName: string };
}

export interface ChangePassphraseInput {
  currentPassphrase: string;
  newPassphrase: string;
  newPassphraseConfirm: string;
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

export class WorkspaceService {
  private session: Session = { state: 'closed' };
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
  private readonly gate = new DatabaseGate();
  readonly idle: IdleLock;

  constructor(private readonly deps: WorkspaceServiceDeps) {
    this.idle = new IdleLock({
      now: deps.now,
      minutes: () => (this.session.state === 'open' ? this.session.settings.autoLockMinutes : null),
      lock: () => this.lock(),
      checkEveryMs: deps.idleCheckMs,
    });
  }

  status(): WorkspaceStatus {
    const s = this.session;
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

  /** The open DataSource, or NO_WORKSPACE when closed or locked. */
  dataSource(): DataSource {
    if (this.session.state !== 'open') {
      throw new DomainError('NO_WORKSPACE', 'No workspace is open (it may be locked).');
    }
    return this.session.dataSource;
  }

  /**
   * Runs a read against the open workspace, alone on the connection. SQLite itself refuses any
   * write made through it (`PRAGMA query_only`), so a read handler can never change the
   * workspace behind the audit log's back. A read nested in a write (same async flow) runs on
   * the write's transaction as it is.
   */
  read<T>(work: (db: ReadableDB) => Promise<T>): Promise<T> {
    const nested = this.gate.held();
    return this.gate.run(async () => {
      const dataSource = this.dataSource();
      const guard = nested ? null : rawConnection(dataSource);
      guard?.pragma('query_only = 1');
      try {
        return await work(asReadable(dataSource.manager));
      } catch (error) {
        throw storageErrorToDomain(error);
      } finally {
        guard?.pragma('query_only = 0');
      }
    });
  }

  /** Runs `work` alone on the connection (e.g. the demo generator on the raw handle). */
  exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    return this.gate.run(work);
  }

  /**
   * Runs a change in one transaction with its audit entry: on any error nothing of it is kept,
   * neither the change nor the entry — also when COMMIT fails (disk full, I/O, busy): the
   * transaction is rolled back, the connection checked (and locked if it is not sound), and
   * the caller gets DISK_FULL / FILE_IO. What this returns is on disk.
   */
  write<T>(work: (db: WritableDB) => Promise<T>): Promise<T> {
    return this.gate.run(async () => {
      const dataSource = this.dataSource();
      try {
        return await dataSource.transaction(async (manager) => {
          const db = asWritable(manager);
          const result = await work(db);
          await this.deps.audit.record(db, result);
          return result;
        });
      } catch (error) {
        if (!recoverAfterFailedWrite(dataSource)) await this.lockUnsound();
        throw storageErrorToDomain(error);
      }
    });
  }

  /** A connection that could not be brought back: close it; unlocking opens a fresh one. */
  private async lockUnsound(): Promise<void> {
    if (this.session.state !== 'open') return;
    console.error('[coordina] the workspace connection failed; locking it');
    const { path: filePath, dataSource } = this.session;
    this.stopTimers();
    this.session = { state: 'locked', path: filePath };
    await closeWorkspaceDataSource(dataSource).catch(() => undefined);
    this.changed();
  }

  /** Settings of the open workspace, as cached at open/update (no query). */
  currentSettings(): WorkspaceSettings {
    this.dataSource();
    return (this.session as { settings: WorkspaceSettings }).settings;
  }

  /**
   * The calendar day (YYYY-MM-DD) of `at` in the open workspace's effective time zone (its
   * setting, or this computer's): every "today" decision of the core — overdue, due soon,
   * refusing a future date, the "as of" day of a report — goes through it. Timestamps stay UTC.
   */
  dayOf(at: Date): string {
    return todayIn(effectiveTimeZone(this.currentSettings().timeZone), at);
  }

  create(input: CreateWorkspaceInput): Promise<WorkspaceStatus> {
    return this.gate.run(() => this.createNow(input));
  }

  private async createNow(input: CreateWorkspaceInput): Promise<WorkspaceStatus> {
    const givenPath = resolveWorkspacePath(input.path, this.deps.defaultFolder);
    const filePath = path.join(realPathOf(path.dirname(givenPath)), path.basename(givenPath));
    assertNewWorkspaceFile(filePath, 'path');
    assertNewPassphrase(input.passphrase, input.passphraseConfirm, [input.settings.taskForceName]);
    if (input.settings.backupFolder) assertAbsolute(input.settings.backupFolder, 'backupFolder');
    prepareFolderOf(filePath, this.deps.defaultFolder);
    try {
      createPrivateFile(filePath); // 0600 before SQLite writes (its WAL takes the same mode)
    } catch (error) {
      throw fileErrorToDomain(error, filePath);
    }

    // The new file is complete before the current workspace is closed: a failure leaves the
    // user where they were.
    const settings = { ...defaultSettings(input.settings.taskForceName), ...input.settings };
    let dataSource: DataSource | null = null;
    let lock: WorkspaceLock | null = null;
    try {
      dataSource = await openWorkspaceDataSource(filePath, input.passphrase, 'create');
      await dataSource.transaction(async (m) => {
        await insertSettings(asWritable(m), settings, this.deps.now());
        await this.deps.audit.record(asWritable(m), undefined);
      });
      lock = WorkspaceLock.acquire(filePath, this.deps.now);
    } catch (error) {
      if (dataSource) await dataSource.destroy().catch(() => undefined);
      removeWorkspaceFiles(filePath);
      throw fileErrorToDomain(error, filePath);
    }
    await this.closeCurrent();
    this.releaseLock();
    this.fileLock = { path: filePath, lock };
    return this.enter(filePath, dataSource);
  }

  open(input: { path: string; passphrase: string }): Promise<WorkspaceStatus> {
    return this.gate.run(() => this.openNow(input));
  }

  private async openNow(input: { path: string; passphrase: string }): Promise<WorkspaceStatus> {
    const givenPath = resolveWorkspacePath(input.path, this.deps.defaultFolder);
    try {
      assertWorkspaceFileUsable(givenPath);
    } catch (error) {
      throw this.damagedIfOurs(error, givenPath, input.passphrase);
    }
    // Every alias of the file (symlink, hard link, other case) is the same workspace.
    const filePath = realPathOf(givenPath);
    const ownLock = this.fileLock?.lock.covers(filePath) ? this.fileLock : null;
    if (!ownLock) assertNotInUse(filePath, this.deps.now());
    // Nobody holds the file: a copy left by a passphrase change that did not finish goes.
    removeRekeyLeftovers(filePath);
    let dataSource: DataSource;
    try {
      const alreadyVerified = this.consumeVerifiedAtLock(filePath);
      this.lastOpenChecked = !alreadyVerified;
      dataSource = await openWorkspaceDataSource(filePath, input.passphrase, 'open', {
        alreadyVerified,
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'WORKSPACE_DAMAGED') {
        const newest = this.newestBackupQuietly(filePath);
        throw new DomainError(error.code, error.message, { path: filePath, newestBackup: newest });
      }
      throw error;
    }
    let lock: WorkspaceLock;
    try {
      lock = ownLock?.lock ?? WorkspaceLock.acquire(filePath, this.deps.now);
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
    await this.closeCurrent();
    if (!ownLock) {
      this.releaseLock();
      this.fileLock = { path: filePath, lock };
    }
    return this.enter(filePath, dataSource);
  }

  unlock(input: { passphrase: string }): Promise<WorkspaceStatus> {
    return this.gate.run(async () => {
      if (this.session.state === 'open') return this.status();
      if (this.session.state !== 'locked') {
        throw new DomainError('NO_WORKSPACE', 'There is no locked workspace to unlock.');
      }
      return this.openNow({ path: this.session.path, passphrase: input.passphrase });
    });
  }

  /**
   * A backup made on demand (kept out of rotation), audited; the automatic ones of the
   * folder are rotated.
   */
  async backupNow(folder?: string): Promise<{ backup: Backup; removed: string[] }> {
    const made = await this.gate.run(() => this.backupUnderGate(folder, 'manual'));
    await this.write(async () => ({ backup: made.backup.path, removed: made.removed.length }));
    return made;
  }

  private backupUnderGate(
    folder: string | undefined,
    kind: 'automatic' | 'manual',
  ): { backup: Backup; removed: string[] } {
    const db = rawConnection(this.dataSource());
    const { path: filePath, workspaceId } = this.session as { path: string; workspaceId: string };
    const target = folder ?? this.backupFolderFor(filePath);
    const owner = { workspaceId, workspacePath: filePath };
    const backup = writeBackup(db, owner, target, this.deps.now(), kind);
    this.deps.backupLocations.set(filePath, { folder: target, workspaceId });
    const { backupKeepDaily, backupKeepWeekly } = this.currentSettings();
    return { backup, removed: rotateBackups(target, owner, backupKeepDaily, backupKeepWeekly) };
  }

  /** The workspace's own backup folder when open, else where its backups last went. */
  backupFolderFor(workspacePath: string): string {
    const filePath = realPathOf(workspacePath);
    if (
      this.session.state === 'open' &&
      this.session.path === filePath &&
      this.session.settings.backupFolder
    ) {
      return this.session.settings.backupFolder;
    }
    return this.deps.backupLocations.get(filePath)?.folder ?? this.deps.backupFolder;
  }

  /** Whose backups belong to the file at this path: its UUID when open or known from before. */
  backupOwnerFor(workspacePath: string): BackupOwner {
    const filePath = realPathOf(workspacePath);
    if (this.session.state === 'open' && this.session.path === filePath) {
      return { workspaceId: this.session.workspaceId, workspacePath: filePath };
    }
    const known = this.deps.backupLocations.get(filePath)?.workspaceId ?? null;
    return { workspaceId: known, workspacePath: filePath };
  }

  /** The file of the session (open or locked), if any. */
  currentPath(): string | null {
    return this.session.state === 'closed' ? null : this.session.path;
  }

  lock(): Promise<WorkspaceStatus> {
    return this.gate.run(() => this.lockNow());
  }

  private async lockNow(): Promise<WorkspaceStatus> {
    if (this.session.state === 'open') {
      this.backupQuietly();
      this.stopTimers();
      const { path: filePath, dataSource } = this.session;
      this.session = { state: 'locked', path: filePath };
      const sound = passesQuickCheck(rawConnection(dataSource));
      await closeWorkspaceDataSource(dataSource);
      this.verifiedAtLock = sound ? { path: filePath, stamp: fileStamp(filePath) } : null;
      this.changed();
    }
    return this.status();
  }

  close(): Promise<WorkspaceStatus> {
    return this.gate.run(async () => {
      if (this.session.state === 'open') this.backupQuietly();
      try {
        await this.closeCurrent();
      } finally {
        this.releaseLock(); // a close that met a full disk still lets the file go
        if (this.session.state !== 'closed') {
          this.session = { state: 'closed' };
          this.changed();
        }
      }
      return this.status();
    });
  }

  changePassphrase(input: ChangePassphraseInput): Promise<WorkspaceStatus> {
    return this.gate.run(() => this.changePassphraseNow(input));
  }

  private async changePassphraseNow(input: ChangePassphraseInput): Promise<WorkspaceStatus> {
    const dataSource = this.dataSource();
    const filePath = (this.session as { path: string }).path;
    this.verifyPassphrase(filePath, input.currentPassphrase);
    if (input.newPassphrase === input.currentPassphrase) {
      throw new DomainError('VALIDATION', 'The new passphrase must differ from the current one.', {
        field: 'newPassphrase',
      });
    }
    const settings = (this.session as { settings: WorkspaceSettings }).settings;
    assertNewPassphrase(input.newPassphrase, input.newPassphraseConfirm, [settings.taskForceName]);

    // The re-encrypted copy, with the audit entry of the change, replaces the file (see
    // rekeyedCopy.ts): a crash leaves the old file or the new one, never a half-rekeyed one.
    try {
      await writeRekeyedCopy(
        rawConnection(dataSource),
        filePath,
        { current: input.currentPassphrase, next: input.newPassphrase },
        (copy) => this.deps.audit.record(asWritable(copy), undefined),
      );
    } catch (error) {
      throw fileErrorToDomain(error, filePath);
    }
    await this.closeCurrent(); // the lock stays held throughout
    try {
      swapInRekeyedCopy(filePath);
    } catch (error) {
      removeRekeyLeftovers(filePath);
      await this.reopenAfterChange(filePath, input.currentPassphrase);
      throw fileErrorToDomain(error, filePath);
    }
    // The file is a new one (new inode) under the same name: the identity lock follows it.
    this.fileLock?.lock.follow(filePath, this.deps.now);
    await this.reopenAfterChange(filePath, input.newPassphrase);
    return this.status();
  }

  /** Back into the file after a passphrase change; if that fails, it is left locked. */
  private async reopenAfterChange(filePath: string, passphrase: string): Promise<void> {
    try {
      await this.enter(filePath, await openWorkspaceDataSource(filePath, passphrase, 'open'));
    } catch (error) {
      this.session = { state: 'locked', path: filePath };
      this.changed();
      throw error;
    }
  }

  getSettings(): Promise<WorkspaceSettings> {
    return this.read((db) => readSettings(db));
  }

  async updateSettings(patch: Partial<WorkspaceSettings>): Promise<WorkspaceSettings> {
    if (Object.keys(patch).length === 0) return this.getSettings(); // nothing to change or audit
    if (patch.backupFolder) assertAbsolute(patch.backupFolder, 'backupFolder');
    const next = await this.write((m) => updateSettings(m, patch, this.deps.now()));
    if (this.session.state === 'open') this.session.settings = next;
    this.changed();
    return next;
  }

  /** Close without state change events (used on shutdown). */
  dispose(): Promise<void> {
    return this.gate.run(async () => {
      try {
        await this.closeCurrent();
      } finally {
        this.releaseLock();
        this.session = { state: 'closed' };
      }
    });
  }

  private async enter(filePath: string, dataSource: DataSource): Promise<WorkspaceStatus> {
    const settings = await readSettings(asReadable(dataSource.manager));
    const identity = await dataSource.manager.findOneByOrFail(WorkspaceIdentityEntity, {
      id: 'workspace',
    });
    this.session = {
      state: 'open',
      path: filePath,
      dataSource,
      settings,
      workspaceId: identity.workspaceId,
    };
    this.backupTimer = setInterval(
      () => void this.gate.run(() => this.backupQuietly()),
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

  private async closeCurrent(): Promise<void> {
    this.stopTimers();
    if (this.session.state === 'open') {
      const { dataSource } = this.session;
      this.session = { state: 'closed' };
      await closeWorkspaceDataSource(dataSource);
    }
  }

  /** Automatic backups must never stop a lock or a close; a failure is logged without content. */
  private backupQuietly(): void {
    if (this.session.state !== 'open') return;
    try {
      this.backupUnderGate(undefined, 'automatic');
    } catch (error) {
      console.error(`[coordina] automatic backup failed: ${(error as Error).name}`);
    }
  }

  /** The newest backup to offer for a damaged file; none when its folder cannot be read. */
  private newestBackupQuietly(filePath: string): Backup | null {
    try {
      return listBackups(this.backupFolderFor(filePath), this.backupOwnerFor(filePath))[0] ?? null;
    } catch {
      return null;
    }
  }

  /**
   * A file cut short (not whole pages) looks like no workspace at all; when the passphrase
   * authenticates its remaining pages it is this workspace, damaged — and its backups help.
   */
  private damagedIfOurs(error: unknown, filePath: string, passphrase: string): unknown {
    if (!(error instanceof DomainError) || error.code !== 'NOT_A_WORKSPACE') return error;
    try {
      if (checkKeyAgainstPages(filePath, passphrase) !== 'key-matches') return error;
    } catch {
      return error;
    }
    const real = realPathOf(filePath);
    return new DomainError(damaged().code, damaged().message, {
      path: real,
      newestBackup: this.newestBackupQuietly(real),
    });
  }

  /** True (once) when the file is exactly as it was verified at lock time. */
  private consumeVerifiedAtLock(filePath: string): boolean {
    const verified = this.verifiedAtLock;
    this.verifiedAtLock = null;
    return (
      verified !== null && verified.path === filePath && verified.stamp === fileStamp(filePath)
    );
  }

  private releaseLock(): void {
    this.fileLock?.lock.release();
    this.fileLock = null;
  }

  /**
   * Asks for the passphrase again before a sensitive step (the restricted case annex):
   * WRONG_PASSPHRASE when it does not open the file. Nothing is written either way.
   */
  confirmPassphrase(passphrase: string): Promise<void> {
    return this.gate.run(() => {
      this.dataSource();
      this.verifyPassphrase((this.session as { path: string }).path, passphrase);
    });
  }

  /** Checks a passphrase against the file with a separate read-only connection. */
  private verifyPassphrase(filePath: string, passphrase: string): void {
    const probe = new SqliteDriver(filePath, { readonly: true, fileMustExist: true });
    try {
      keyConnection(probe, passphrase);
      probeKey(probe);
    } catch (error) {
      if (isNotADatabaseError(error)) {
        throw new DomainError('WRONG_PASSPHRASE', 'The current passphrase is not correct.');
      }
      throw error;
    } finally {
      probe.close();
    }
  }

  private changed(): void {
    this.deps.onChange(this.status());
  }
}

function removeWorkspaceFiles(filePath: string): void {
  removeQuietly(['', '-wal', '-shm', '-journal'].map((suffix) => `${filePath}${suffix}`));
}
