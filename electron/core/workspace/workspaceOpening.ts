/**
 * Creating, opening and unlocking a workspace file into the session: the file and passphrase
 * checks, a new file made whole before the current one is closed, the exclusive-use lock, a
 * damaged file told apart from no workspace at all (with its newest backup to offer), and the
 * integrity check skipped for a file untouched since this process locked it. Files are addressed
 * by their real path. Run with the service's gate held.
 */
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { WorkspaceSettings, WorkspaceStatus } from '../../../shared/contract/workspace';
import { DomainError } from '../../../shared/errors';
import { damaged, openWorkspaceDataSource, type WorkspaceDatabaseOpener } from '../db/dataSource';
import { asWritable } from '../db/sql';
import { checkKeyAgainstPages } from '../db/keyCheck';
import { assertWorkspaceFileUsable } from '../db/fileCheck';
import { assertAbsolute, fileErrorToDomain, removeQuietly } from './folders';
import { assertNewPassphrase } from './passphraseStrength';
import { removeRekeyLeftovers } from './rekeyedCopy';
import { defaultSettings, insertSettings } from './settingsRepository';
import { assertNewWorkspaceFile, prepareFolderOf, resolveWorkspacePath } from './workspacePaths';
import { createPrivateFile } from './privateFiles';
import { WorkspaceLock, assertNotInUse, realPathOf } from './workspaceLock';
import type { WorkspaceServiceDeps, WorkspaceSession } from './workspaceSession';

export interface CreateWorkspaceInput {
  path: string;
  passphrase: string;
  passphraseConfirm: string;
  settings: Partial<WorkspaceSettings> & { taskForceName: string };
}

function openerOf(deps: WorkspaceServiceDeps): WorkspaceDatabaseOpener {
  return deps.openDatabase ?? openWorkspaceDataSource;
}

export async function createWorkspace(
  session: WorkspaceSession,
  deps: WorkspaceServiceDeps,
  input: CreateWorkspaceInput,
): Promise<WorkspaceStatus> {
  const givenPath = resolveWorkspacePath(input.path, deps.defaultFolder);
  const filePath = path.join(realPathOf(path.dirname(givenPath)), path.basename(givenPath));
  assertNewWorkspaceFile(filePath, 'path');
  assertNewPassphrase(input.passphrase, input.passphraseConfirm, [input.settings.taskForceName]);
  if (input.settings.backupFolder) assertAbsolute(input.settings.backupFolder, 'backupFolder');
  prepareFolderOf(filePath, deps.defaultFolder);
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
    dataSource = await openerOf(deps)(filePath, input.passphrase, 'create');
    await dataSource.transaction(async (m) => {
      await insertSettings(asWritable(m), settings, deps.now());
      await deps.audit.record(asWritable(m), undefined);
    });
    lock = WorkspaceLock.acquire(filePath, deps.now);
  } catch (error) {
    if (dataSource) await dataSource.destroy().catch(() => undefined);
    removeWorkspaceFiles(filePath);
    throw fileErrorToDomain(error, filePath);
  }
  await session.closeCurrent();
  session.holdLock(filePath, lock);
  return session.enter(filePath, dataSource);
}

export async function openWorkspace(
  session: WorkspaceSession,
  deps: WorkspaceServiceDeps,
  input: { path: string; passphrase: string },
): Promise<WorkspaceStatus> {
  const givenPath = resolveWorkspacePath(input.path, deps.defaultFolder);
  try {
    assertWorkspaceFileUsable(givenPath);
  } catch (error) {
    throw damagedIfOurs(session, error, givenPath, input.passphrase);
  }
  // Every alias of the file (symlink, hard link, other case) is the same workspace.
  const filePath = realPathOf(givenPath);
  const ownLock = session.ownLockOf(filePath);
  if (!ownLock) assertNotInUse(filePath, deps.now());
  // Nobody holds the file: a copy left by a passphrase change that did not finish goes.
  removeRekeyLeftovers(filePath);
  let dataSource: DataSource;
  try {
    const alreadyVerified = session.consumeVerifiedAtLock(filePath);
    session.lastOpenChecked = !alreadyVerified;
    dataSource = await openerOf(deps)(filePath, input.passphrase, 'open', {
      alreadyVerified,
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'WORKSPACE_DAMAGED') {
      const newest = session.backups.newestQuietly(filePath);
      throw new DomainError(error.code, error.message, { path: filePath, newestBackup: newest });
    }
    throw error;
  }
  let lock: WorkspaceLock;
  try {
    lock = ownLock ?? WorkspaceLock.acquire(filePath, deps.now);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  await session.closeCurrent();
  if (!ownLock) session.holdLock(filePath, lock);
  return session.enter(filePath, dataSource);
}

export async function unlockWorkspace(
  session: WorkspaceSession,
  deps: WorkspaceServiceDeps,
  input: { passphrase: string },
): Promise<WorkspaceStatus> {
  const status = session.status();
  if (status.state === 'open') return status;
  const filePath = session.currentPath();
  if (status.state !== 'locked' || filePath === null) {
    throw new DomainError('NO_WORKSPACE', 'There is no locked workspace to unlock.');
  }
  return openWorkspace(session, deps, { path: filePath, passphrase: input.passphrase });
}

/**
 * A file cut short (not whole pages) looks like no workspace at all; when the passphrase
 * authenticates its remaining pages it is this workspace, damaged — and its backups help.
 */
function damagedIfOurs(
  session: WorkspaceSession,
  error: unknown,
  filePath: string,
  passphrase: string,
): unknown {
  if (!(error instanceof DomainError) || error.code !== 'NOT_A_WORKSPACE') return error;
  try {
    if (checkKeyAgainstPages(filePath, passphrase) !== 'key-matches') return error;
  } catch {
    return error;
  }
  const real = realPathOf(filePath);
  return new DomainError(damaged().code, damaged().message, {
    path: real,
    newestBackup: session.backups.newestQuietly(real),
  });
}

function removeWorkspaceFiles(filePath: string): void {
  removeQuietly(['', '-wal', '-shm', '-journal'].map((suffix) => `${filePath}${suffix}`));
}
