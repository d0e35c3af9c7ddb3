/**
 * The one place that loads the SQLite driver: the encryption fork of better-sqlite3.
 * Never load plain better-sqlite3 in the same process.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import type { DataSource } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver.js';

export type SqliteDatabase = Database.Database;
export type SqliteStatement = Database.Statement;
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

/** The raw better-sqlite3 handle under a DataSource (for pragmas TypeORM does not expose). */
export function rawConnection(dataSource: DataSource): SqliteDatabase {
  return (dataSource.driver as BetterSqlite3Driver).databaseConnection as SqliteDatabase;
}
