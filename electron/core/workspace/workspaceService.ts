/**
 * The workspace service: at most one encrypted file open at a time, with the lifecycle
 * closed → open ⇄ locked → closed. Every other domain reads and writes through it: one gate
 * serialises all use of the connection (calls themselves run concurrently), every write is one
 * transaction that is committed or rolled back — also when COMMIT itself fails — and the
 * connection is checked before the next call. Files are addressed by their real path, and the
 * workspace by its UUID. This file holds the gate and what runs under it; the session and its
 * lifecycle are in workspaceSession.ts (opening in workspaceOpening.ts, the passphrase in
 * workspacePassphrase.ts), backups in workspaceBackups.ts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import type { WorkspaceSettings, WorkspaceStatus } from '../../../shared/contract/workspace';
import type { Backup } from '../../../shared/contract/backup';
import type { BackupOwner } from '../backup/backupFiles';
import { rawConnection, recoverAfterFailedWrite } from '../db/dataSource';
import { DatabaseGate } from '../db/gate';
import { guardReads, liftReadGuard } from '../db/readGuard';
import { asReadable, asWritable, type ReadableDB, type WritableDB } from '../db/sql';
import { storageErrorToDomain } from '../db/storageErrors';
import { assertAbsolute } from './folders';
import { readSettings, updateSettings } from './settingsRepository';
import type { IdleLock } from './idleLock';
import { effectiveTimeZone, todayIn } from '../../../shared/domain/timeZone';
import { WorkspaceSession, type WorkspaceServiceDeps } from './workspaceSession';
import {
  createWorkspace,
  openWorkspace,
  unlockWorkspace,
  type CreateWorkspaceInput,
} from './workspaceOpening';
import {
  changePassphrase,
  confirmPassphrase,
  type ChangePassphraseInput,
} from './workspacePassphrase';

export type { WorkspaceServiceDeps } from './workspaceSession';
export type { CreateWorkspaceInput } from './workspaceOpening';
export type { ChangePassphraseInput } from './workspacePassphrase';

export class WorkspaceService {
  private readonly gate = new DatabaseGate();
  /** Set in the async flow of a read (not one nested in a write): it must not write. */
  private readonly reading = new AsyncLocalStorage<true>();
  private readonly session: WorkspaceSession;
  readonly idle: IdleLock;

  constructor(private readonly deps: WorkspaceServiceDeps) {
    // The session's timers queue at the gate (see DatabaseGate.queue), with the guard lifted.
    this.session = new WorkspaceSession(deps, (work) => this.gate.queue(this.unguarded(work)));
    this.idle = this.session.idle;
  }

  /** Whether the last open ran the integrity check (for tests and benchmarks). */
  get lastOpenChecked(): boolean {
    return this.session.lastOpenChecked;
  }

  status(): WorkspaceStatus {
    return this.session.status();
  }

  /** The open DataSource, or NO_WORKSPACE when closed or locked. */
  dataSource(): DataSource {
    return this.session.opened().dataSource;
  }

  /**
   * Runs a read against the open workspace, alone on the connection. SQLite itself refuses any
   * write made through it (`PRAGMA query_only`, see db/readGuard.ts), so a read handler can
   * never change the workspace behind the audit log's back. The guard stays on after the read
   * (setting it recompiles every prepared statement) until something else takes the gate. A
   * read nested in a write (same async flow) runs on the write's transaction as it is.
   */
  read<T>(work: (db: ReadableDB) => Promise<T>): Promise<T> {
    const nested = this.gate.held();
    return this.gate.run(async () => {
      const dataSource = this.dataSource();
      try {
        if (nested) return await work(asReadable(dataSource.manager));
        guardReads(rawConnection(dataSource));
        return await this.reading.run(true, () => work(asReadable(dataSource.manager)));
      } catch (error) {
        throw storageErrorToDomain(error);
      }
    });
  }

  /**
   * Runs `work` alone on the connection with the read guard lifted: everything but a read
   * (writes, backups, lock, close, the passphrase) goes through here. Called from inside a
   * read it refuses, as SQLite did while the guard was set around each read: a read writes
   * nothing, also not through a write it starts.
   */
  private alone<T>(work: () => Promise<T> | T): Promise<T> {
    if (this.reading.getStore()) {
      return Promise.reject(new Error('A read cannot write to the workspace.'));
    }
    return this.gate.run(this.unguarded(work));
  }

  /** `work`, preceded by lifting the read guard a read left on the open connection. */
  private unguarded<T>(work: () => Promise<T> | T): () => Promise<T> | T {
    return () => {
      const open = this.session.openDataSource();
      if (open) liftReadGuard(rawConnection(open));
      return work();
    };
  }

  /** Runs `work` alone on the connection (e.g. the demo generator on the raw handle). */
  exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    return this.alone(work);
  }

  /**
   * Runs a change in one transaction with its audit entry: on any error nothing of it is kept,
   * neither the change nor the entry — also when COMMIT fails (disk full, I/O, busy): the
   * transaction is rolled back, the connection checked (and locked if it is not sound), and
   * the caller gets DISK_FULL / FILE_IO. What this returns is on disk.
   */
  write<T>(work: (db: WritableDB) => Promise<T>): Promise<T> {
    return this.alone(async () => {
      const dataSource = this.dataSource();
      try {
        return await dataSource.transaction(async (manager) => {
          const db = asWritable(manager);
          const result = await work(db);
          await this.deps.audit.record(db, result);
          return result;
        });
      } catch (error) {
        if (!recoverAfterFailedWrite(dataSource)) await this.session.lockUnsound();
        throw storageErrorToDomain(error);
      }
    });
  }

  /** Settings of the open workspace, as cached at open/update (no query). */
  currentSettings(): WorkspaceSettings {
    return this.session.opened().settings;
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
    return this.alone(() => createWorkspace(this.session, this.deps, input));
  }

  open(input: { path: string; passphrase: string }): Promise<WorkspaceStatus> {
    return this.alone(() => openWorkspace(this.session, this.deps, input));
  }

  unlock(input: { passphrase: string }): Promise<WorkspaceStatus> {
    return this.alone(() => unlockWorkspace(this.session, this.deps, input));
  }

  /**
   * A backup made on demand (kept out of rotation), audited; the automatic ones of the
   * folder are rotated.
   */
  async backupNow(folder?: string): Promise<{ backup: Backup; removed: string[] }> {
    const made = await this.alone(() =>
      this.session.backups.make(this.session.opened(), folder, 'manual'),
    );
    await this.write(async () => ({ backup: made.backup.path, removed: made.removed.length }));
    return made;
  }

  /** The workspace's own backup folder when open, else where its backups last went. */
  backupFolderFor(workspacePath: string): string {
    return this.session.backups.folderFor(workspacePath);
  }

  /** Whose backups belong to the file at this path: its UUID when open or known from before. */
  backupOwnerFor(workspacePath: string): BackupOwner {
    return this.session.backups.ownerFor(workspacePath);
  }

  /** The file of the session (open or locked), if any. */
  currentPath(): string | null {
    return this.session.currentPath();
  }

  lock(): Promise<WorkspaceStatus> {
    return this.alone(() => this.session.lock());
  }

  close(): Promise<WorkspaceStatus> {
    return this.alone(() => this.session.close());
  }

  changePassphrase(input: ChangePassphraseInput): Promise<WorkspaceStatus> {
    return this.alone(() => changePassphrase(this.session, this.deps, input));
  }

  getSettings(): Promise<WorkspaceSettings> {
    return this.read((db) => readSettings(db));
  }

  async updateSettings(patch: Partial<WorkspaceSettings>): Promise<WorkspaceSettings> {
    if (Object.keys(patch).length === 0) return this.getSettings(); // nothing to change or audit
    if (patch.backupFolder) assertAbsolute(patch.backupFolder, 'backupFolder');
    const next = await this.write((m) => updateSettings(m, patch, this.deps.now()));
    this.session.setSettings(next);
    this.session.changed();
    return next;
  }

  /** Close without state change events (used on shutdown). */
  dispose(): Promise<void> {
    return this.alone(() => this.session.dispose());
  }

  /**
   * Asks for the passphrase again before a sensitive step (the restricted case annex):
   * WRONG_PASSPHRASE when it does not open the file. Nothing is written either way.
   */
  confirmPassphrase(passphrase: string): Promise<void> {
    return this.alone(() => confirmPassphrase(this.session, passphrase));
  }
}
