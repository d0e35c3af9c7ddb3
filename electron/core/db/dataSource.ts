/**
 * Opens a workspace file as a TypeORM DataSource over an encrypted connection. Every check
 * that could refuse the file (wrong passphrase, foreign database, newer schema) runs on the
 * raw connection before anything is written, so a refused file stays byte-for-byte intact.
 */
import { DataSource } from 'typeorm';
import { DomainError } from '../../../shared/errors';
import { applyConnectionPragmas, keyConnection, probeKey } from './cipher';
import { ENTITIES } from './entities';
import { KNOWN_MIGRATION_NAMES, MIGRATIONS, MIGRATIONS_TABLE } from './migrations';
import { checkKeyAgainstPages } from './keyCheck';
import { SqliteDriver, isNotADatabaseError, rawConnection, type SqliteDatabase } from './sqlite';

export { rawConnection } from './sqlite';
import { storageCode } from './storageErrors';
import { ensureSearchIndex } from '../search/searchIndex';

/** Written into the SQLite header (inside the encrypted page 1) to recognise our files. */
export const COORDINA_APPLICATION_ID = 0x434f4f52; // "COOR"

export type OpenMode = 'create' | 'open';

export interface OpenOptions {
  /**
   * Skip `PRAGMA quick_check`: only when this very file (same size, time and inode, no WAL)
   * passed the check as it was locked by this process. See WorkspaceService.lock.
   */
  alreadyVerified?: boolean;
}

/** `PRAGMA quick_check` on an open connection: true when the file is sound. */
export function passesQuickCheck(db: SqliteDatabase): boolean {
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  }
}

export function damaged(): DomainError {
  return new DomainError(
    'WORKSPACE_DAMAGED',
    'This workspace file is damaged. Restore it from a backup into a new file.',
  );
}

/** SQLITE_CORRUPT (and its extended codes): the file's structure does not hold. */
function isCorruptError(error: unknown): boolean {
  return storageCode(error)?.startsWith('SQLITE_CORRUPT') === true;
}

function verifyExisting(
  db: SqliteDatabase,
  filePath: string,
  passphrase: string,
  options: OpenOptions,
): void {
  try {
    probeKey(db);
  } catch (error) {
    if (isNotADatabaseError(error)) {
      // Page 1 did not decrypt: a wrong passphrase, or a damaged first page (the other
      // pages tell which).
      if (checkKeyAgainstPages(filePath, passphrase) === 'key-matches') throw damaged();
      throw new DomainError(
        'WRONG_PASSPHRASE',
        'The passphrase is not correct for this workspace.',
      );
    }
    if (isCorruptError(error)) throw damaged();
    throw error;
  }
  const appId = db.pragma('application_id', { simple: true });
  if (appId !== COORDINA_APPLICATION_ID) {
    throw new DomainError(
      'NOT_A_WORKSPACE',
      'This encrypted database is not a Coordina workspace.',
    );
  }
  if (!options.alreadyVerified && !passesQuickCheck(db)) throw damaged();
  const hasTable = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name=?`)
    .get(MIGRATIONS_TABLE);
  if (!hasTable) return;
  const applied = db.prepare(`SELECT name FROM ${MIGRATIONS_TABLE}`).all() as { name: string }[];
  const unknown = applied.map((r) => r.name).filter((n) => !KNOWN_MIGRATION_NAMES.includes(n));
  if (unknown.length > 0) {
    throw new DomainError(
      'WORKSPACE_TOO_NEW',
      'This workspace was saved by a newer version of Coordina. Update Coordina to open it.',
      { unknownMigrations: unknown.length },
    );
  }
}

function prepareConnection(
  filePath: string,
  mode: OpenMode,
  passphrase: string,
  options: OpenOptions,
) {
  return (db: SqliteDatabase): void => {
    try {
      keyConnection(db, passphrase);
      if (mode === 'open') verifyExisting(db, filePath, passphrase, options);
      else db.pragma(`application_id=${COORDINA_APPLICATION_ID}`);
      applyConnectionPragmas(db);
    } catch (error) {
      db.close();
      throw error;
    }
  };
}

/**
 * How a workspace's DataSource comes to be: the app always uses `openWorkspaceDataSource` (an
 * encrypted file). Only the fast test tier passes another one (tests/fixtures/memoryDatabase.ts),
 * through `CoreOptions.openDatabase`; tests/unit/fast-tier.test.ts checks no app entry does.
 */
export type WorkspaceDatabaseOpener = (
  filePath: string,
  passphrase: string,
  mode: OpenMode,
  options?: OpenOptions,
) => Promise<DataSource>;

/** What every workspace DataSource shares: the driver, the entities and the migrations. */
export const WORKSPACE_DATA_SOURCE_OPTIONS = {
  type: 'better-sqlite3',
  driver: SqliteDriver,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: MIGRATIONS_TABLE,
  migrationsRun: false,
  synchronize: false,
  logging: false,
} as const;

/** Bring an initialised DataSource's schema up to date; closes it when that fails. */
export async function bringSchemaUpToDate(dataSource: DataSource): Promise<void> {
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    // The search index follows the schema: rebuilt when what it indexes has changed.
    ensureSearchIndex(rawConnection(dataSource));
  } catch (error) {
    await dataSource.destroy();
    throw isCorruptError(error) ? damaged() : error;
  }
}

/** Open (or create) the encrypted file and bring its schema up to date. */
export const openWorkspaceDataSource: WorkspaceDatabaseOpener = async (
  filePath,
  passphrase,
  mode,
  options = {},
) => {
  const dataSource = new DataSource({
    ...WORKSPACE_DATA_SOURCE_OPTIONS,
    database: filePath,
    fileMustExist: mode === 'open',
    prepareDatabase: prepareConnection(filePath, mode, passphrase, options),
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    // Any structural failure while opening (a truncated file, a bad page) is damage.
    throw mode === 'open' && isCorruptError(error) ? damaged() : error;
  }
  await bringSchemaUpToDate(dataSource);
  return dataSource;
};

/**
 * Checkpoint the WAL into the main file and close. A checkpoint that fails (disk full, I/O)
 * loses nothing — committed transactions stay in the WAL, which the next open replays — so
 * it never stops the close.
 */
export async function closeWorkspaceDataSource(dataSource: DataSource): Promise<void> {
  if (!dataSource.isInitialized) return;
  try {
    const raw = rawConnection(dataSource);
    if (raw.inTransaction) raw.exec('ROLLBACK');
    raw.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // see above: the WAL keeps every committed write
  } finally {
    await dataSource.destroy();
  }
}

/**
 * After a write failed (at any statement or at COMMIT): nothing of it may stay pending on the
 * connection, and TypeORM's idea of the transaction must match SQLite's. SQLite may already
 * have rolled back by itself (SQLITE_FULL, SQLITE_IOERR), which makes TypeORM's own ROLLBACK
 * fail and leaves its query runner believing a transaction is open — every later "write"
 * would then go into a savepoint that is never committed. Returns whether the connection is
 * sound again (out of any transaction, page 1 readable).
 */
export function recoverAfterFailedWrite(dataSource: DataSource): boolean {
  const raw = rawConnection(dataSource);
  try {
    if (raw.inTransaction) raw.exec('ROLLBACK');
  } catch {
    // checked below
  }
  const runner = dataSource.driver.createQueryRunner('master') as unknown as {
    isTransactionActive: boolean;
    transactionDepth: number;
  };
  runner.isTransactionActive = false;
  runner.transactionDepth = 0;
  try {
    probeKey(raw);
    return !raw.inTransaction;
  } catch {
    return false;
  }
}
