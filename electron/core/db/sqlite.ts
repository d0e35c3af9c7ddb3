/**
 * The one place that loads the SQLite driver: the encryption fork of better-sqlite3.
 * Never load plain better-sqlite3 in the same process.
 */
import Database from 'better-sqlite3-multiple-ciphers';

export type SqliteDatabase = Database.Database;
export const SqliteDriver = Database;

/** True when an error thrown by the driver says the file could not be decrypted/read as SQLite. */
export function isNotADatabaseError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: unknown }).code === 'SQLITE_NOTADB'
  );
}
