/**
 * The passphrase of the open workspace: changing it (the file re-encrypted into a copy that
 * replaces it, then reopened) and asking for it again before a sensitive step. Run with the
 * service's gate held.
 */
import type { WorkspaceStatus } from '../../../shared/contract/workspace';
import { DomainError } from '../../../shared/errors';
import { keyConnection, probeKey } from '../db/cipher';
import { openWorkspaceDataSource, rawConnection } from '../db/dataSource';
import { asWritable } from '../db/sql';
import { SqliteDriver, isNotADatabaseError } from '../db/sqlite';
import { fileErrorToDomain } from './folders';
import { assertNewPassphrase } from './passphraseStrength';
import { removeRekeyLeftovers, swapInRekeyedCopy, writeRekeyedCopy } from './rekeyedCopy';
import type { WorkspaceServiceDeps, WorkspaceSession } from './workspaceSession';

export interface ChangePassphraseInput {
  currentPassphrase: string;
  newPassphrase: string;
  newPassphraseConfirm: string;
}

export async function changePassphrase(
  session: WorkspaceSession,
  deps: WorkspaceServiceDeps,
  input: ChangePassphraseInput,
): Promise<WorkspaceStatus> {
  const open = session.opened();
  const { dataSource, path: filePath } = open;
  verifyPassphrase(filePath, input.currentPassphrase);
  if (input.newPassphrase === input.currentPassphrase) {
    throw new DomainError('VALIDATION', 'The new passphrase must differ from the current one.', {
      field: 'newPassphrase',
    });
  }
  assertNewPassphrase(input.newPassphrase, input.newPassphraseConfirm, [
    open.settings.taskForceName,
  ]);

  // The re-encrypted copy, with the audit entry of the change, replaces the file (see
  // rekeyedCopy.ts): a crash leaves the old file or the new one, never a half-rekeyed one.
  try {
    await writeRekeyedCopy(
      rawConnection(dataSource),
      filePath,
      { current: input.currentPassphrase, next: input.newPassphrase },
      (copy) => deps.audit.record(asWritable(copy), undefined),
    );
  } catch (error) {
    throw fileErrorToDomain(error, filePath);
  }
  await session.closeCurrent(); // the lock stays held throughout
  try {
    swapInRekeyedCopy(filePath);
  } catch (error) {
    removeRekeyLeftovers(filePath);
    await reopenAfterChange(session, filePath, input.currentPassphrase);
    throw fileErrorToDomain(error, filePath);
  }
  session.followLock(filePath);
  await reopenAfterChange(session, filePath, input.newPassphrase);
  return session.status();
}

/** Back into the file after a passphrase change; if that fails, it is left locked. */
async function reopenAfterChange(
  session: WorkspaceSession,
  filePath: string,
  passphrase: string,
): Promise<void> {
  try {
    await session.enter(filePath, await openWorkspaceDataSource(filePath, passphrase, 'open'));
  } catch (error) {
    session.markLocked(filePath);
    throw error;
  }
}

/**
 * Asks for the passphrase again before a sensitive step (the restricted case annex):
 * WRONG_PASSPHRASE when it does not open the file. Nothing is written either way.
 */
export function confirmPassphrase(session: WorkspaceSession, passphrase: string): void {
  verifyPassphrase(session.opened().path, passphrase);
}

/** Checks a passphrase against the file with a separate read-only connection. */
function verifyPassphrase(filePath: string, passphrase: string): void {
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
