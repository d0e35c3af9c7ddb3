/**
 * What the disk said, as a domain error the user can act on. A full disk or a failing drive
 * (USB stick pulled, network share gone, SQLITE_BUSY from another program) must never reach
 * the UI as INTERNAL: the message says that nothing of the change was saved.
 */
import { DomainError } from '../../../shared/errors';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'EFBIG']);

/** The SQLite or errno code behind an error (TypeORM wraps the driver's error). */
export function storageCode(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; driverError?: unknown; cause?: unknown } | null, i = 0;
    e && typeof e === 'object' && i < 4;
    i++
  ) {
    if (typeof e.code === 'string' && /^(SQLITE_|E[A-Z]+$)/.test(e.code)) return e.code;
    e = (e.driverError ?? e.cause ?? null) as typeof e;
  }
  return undefined;
}

export function isDiskFull(code: string | undefined): boolean {
  return code !== undefined && DISK_FULL.has(code);
}

/** True for the I/O failures a write can meet (and after which the connection is suspect). */
export function isStorageFailure(code: string | undefined): boolean {
  return (
    code !== undefined &&
    (isDiskFull(code) ||
      code.startsWith('SQLITE_IOERR') ||
      code.startsWith('SQLITE_BUSY') ||
      code.startsWith('SQLITE_LOCKED') ||
      code === 'SQLITE_PROTOCOL' ||
      code === 'EIO')
  );
}

/** DISK_FULL / FILE_IO for storage failures; anything else unchanged. */
export function storageErrorToDomain(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = storageCode(error);
  if (isDiskFull(code)) {
    return new DomainError(
      'DISK_FULL',
      'The disk is full: nothing of this change was saved. Free some space and try again.',
      { cause: code },
    );
  }
  if (isStorageFailure(code)) {
    return new DomainError(
      'FILE_IO',
      'The workspace file could not be written: nothing of this change was saved. Check the drive and try again.',
      { cause: code },
    );
  }
  return error;
}
