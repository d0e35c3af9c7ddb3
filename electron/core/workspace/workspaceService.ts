/**
 * The workspace session: at most one encrypted file open at a time, with the lifecycle
 * closed → open ⇄ locked → closed. Every other domain asks it for the open DataSource.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { WorkspaceSettings, WorkspaceStatus } from '../../../shared/contract/workspace';
import { DomainError } from '../../../shared/errors';
import type { AuditRecorder } from '../audit/auditRecorder';
import type { Backup } from '../../../shared/contract/backup';
import { listBackups, rotateBackups, writeBackup } from '../backup/backupFiles';
import type { BackupLocations } from '../backup/backupLocations';
import { keyConnection, probeKey } from '../db/cipher';
import {
  closeWorkspaceDataSource,
  openWorkspaceDataSource,
  passesQuickCheck,
  rawConnection,
} from '../db/dataSource';
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
import { WorkspaceLock, assertNotInUse } from './workspaceLock';

export interface WorkspaceServiceDeps {
  defaultFolder: string;
  /** Where backups go unless the workspace names its own folder. */
  backupFolder: string;
  backupLocations: BackupLocations;
  audit: AuditRecorder;
  recent: RecentWorkspaces;
  now: () => Date;
  onChange: (status: WorkspaceStatus) => void;
}

/** While a workspace stays open, an automatic backup is made once a day. */
const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

type Session =
  | { state: 'closed' }
  | { state: 'locked'; path: string }
  | { state: 'open'; path: string; dataSource: DataSource; settings: WorkspaceSettings };

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

  constructor(private readonly deps: WorkspaceServiceDeps) {}

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

  /** Runs a read against the open workspace. */
  read<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return work(this.dataSource().manager);
  }

  /**
   * Runs a change in one transaction with its audit entry: on any error nothing of it is kept,
   * neither the change nor the entry.
   */
  write<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource().transaction(async (db) => {
      const result = await work(db);
      await this.deps.audit.record(db, result);
      return result;
    });
  }

  /** Settings of the open workspace, as cached at open/update (no query). */
  currentSettings(): WorkspaceSettings {
    this.dataSource();
    return (this.session as { settings: WorkspaceSettings }).settings;
  }

  async create(input: {
    path: string;
    passphrase: string;
    passphraseConfirm: string;
    settings: Partial<WorkspaceSettings> & { taskForceName: string };
  }): Promise<WorkspaceStatus> {
    const filePath = resolveWorkspacePath(input.path, this.deps.defaultFolder);
    assertNewWorkspaceFile(filePath, 'path');
    assertNewPassphrase(input.passphrase, input.passphraseConfirm, [input.settings.taskForceName]);
    if (input.settings.backupFolder) assertAbsolute(input.settings.backupFolder, 'backupFolder');
    prepareFolderOf(filePath, this.deps.defaultFolder);

    // The new file is complete before the current workspace is closed: a failure leaves the
    // user where they were.
    const settings = { ...defaultSettings(input.settings.taskForceName), ...input.settings };
    let dataSource: DataSource | null = null;
    let lock: WorkspaceLock | null = null;
    try {
      dataSource = await openWorkspaceDataSource(filePath, input.passphrase, 'create');
      await dataSource.transaction(async (m) => {
        await insertSettings(m, settings, this.deps.now());
        await this.deps.audit.record(m, undefined);
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

  async open(input: { path: string; passphrase: string }): Promise<WorkspaceStatus> {
    const filePath = resolveWorkspacePath(input.path, this.deps.defaultFolder);
    assertWorkspaceFileUsable(filePath);
    const ownLock = this.fileLock?.path === filePath ? this.fileLock : null;
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

  async unlock(input: { passphrase: string }): Promise<WorkspaceStatus> {
    if (this.session.state === 'open') return this.status();
    if (this.session.state !== 'locked') {
      throw new DomainError('NO_WORKSPACE', 'There is no locked workspace to unlock.');
    }
    return this.open({ path: this.session.path, passphrase: input.passphrase });
  }

  /** An encrypted backup of the open workspace now, then rotation of the folder. */
  backupNow(folder?: string): { backup: Backup; removed: string[] } {
    const db = rawConnection(this.dataSource());
    const filePath = (this.session as { path: string }).path;
    const target = folder ?? this.backupFolderFor(filePath);
    const backup = writeBackup(db, filePath, target, this.deps.now());
    this.deps.backupLocations.set(filePath, target);
    const { backupKeepDaily, backupKeepWeekly } = this.currentSettings();
    return { backup, removed: rotateBackups(target, filePath, backupKeepDaily, backupKeepWeekly) };
  }

  /** The workspace's own backup folder when open, else where its backups last went. */
  backupFolderFor(workspacePath: string): string {
    if (
      this.session.state === 'open' &&
      this.session.path === workspacePath &&
      this.session.settings.backupFolder
    ) {
      return this.session.settings.backupFolder;
    }
    return this.deps.backupLocations.get(workspacePath) ?? this.deps.backupFolder;
  }

  /** The file of the session (open or locked), if any. */
  currentPath(): string | null {
    return this.session.state === 'closed' ? null : this.session.path;
  }

  async lock(): Promise<WorkspaceStatus> {
    if (this.session.state === 'open') {
      this.backupQuietly();
      if (this.backupTimer) clearInterval(this.backupTimer);
      this.backupTimer = null;
      const { path: filePath, dataSource } = this.session;
      this.session = { state: 'locked', path: filePath };
      const sound = passesQuickCheck(rawConnection(dataSource));
      await closeWorkspaceDataSource(dataSource);
      this.verifiedAtLock = sound ? { path: filePath, stamp: fileStamp(filePath) } : null;
      this.changed();
    }
    return this.status();
  }

  async close(): Promise<WorkspaceStatus> {
    if (this.session.state === 'open') this.backupQuietly();
    await this.closeCurrent();
    this.releaseLock();
    if (this.session.state !== 'closed') {
      this.session = { state: 'closed' };
      this.changed();
    }
    return this.status();
  }

  async changePassphrase(input: {
    currentPassphrase: string;
    newPassphrase: string;
    newPassphraseConfirm: string;
  }): Promise<WorkspaceStatus> {
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
    await writeRekeyedCopy(
      rawConnection(dataSource),
      filePath,
      { current: input.currentPassphrase, next: input.newPassphrase },
      (copy) => this.deps.audit.record(copy, undefined),
    );
    await this.closeCurrent(); // the lock stays held throughout
    try {
      swapInRekeyedCopy(filePath);
    } catch (error) {
      removeRekeyLeftovers(filePath);
      await this.reopenAfterChange(filePath, input.currentPassphrase);
      throw fileErrorToDomain(error, filePath);
    }
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

  async getSettings(): Promise<WorkspaceSettings> {
    return readSettings(this.dataSource().manager);
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
  async dispose(): Promise<void> {
    await this.closeCurrent();
    this.releaseLock();
    this.session = { state: 'closed' };
  }

  private async enter(filePath: string, dataSource: DataSource): Promise<WorkspaceStatus> {
    const settings = await readSettings(dataSource.manager);
    this.session = { state: 'open', path: filePath, dataSource, settings };
    this.backupTimer = setInterval(() => this.backupQuietly(), BACKUP_EVERY_MS);
    this.backupTimer.unref();
    this.deps.recent.touch(filePath, this.deps.now());
    this.changed();
    return this.status();
  }

  private async closeCurrent(): Promise<void> {
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
    if (this.session.state === 'open') {
      const { dataSource } = this.session;
      this.session = { state: 'closed' };
      await closeWorkspaceDataSource(dataSource);
    }
  }

  /** Automatic backups must never stop a lock or a close; a failure is logged without content. */
  private backupQuietly(): void {
    try {
      this.backupNow();
    } catch (error) {
      console.error(`[coordina] automatic backup failed: ${(error as Error).name}`);
    }
  }

  /** The newest backup to offer for a damaged file; none when its folder cannot be read. */
  private newestBackupQuietly(filePath: string): Backup | null {
    try {
      return listBackups(this.backupFolderFor(filePath), filePath)[0] ?? null;
    } catch {
      return null;
    }
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
