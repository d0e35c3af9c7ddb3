/** Small helpers for parameterised SQL through TypeORM's EntityManager (inside transactions). */
import crypto from 'node:crypto';
import {
  QueryFailedError,
  type EntityManager,
  type EntitySchema,
  type ObjectLiteral,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { rawConnection, type SqliteDatabase, type SqliteStatement } from './sqlite';

declare const readable: unique symbol;
declare const writable: unique symbol;

/**
 * The handle `workspace.read` gives: a connection on which SQLite refuses every write
 * (`PRAGMA query_only`), typed so that no function that writes accepts it.
 * (Signal Desktop's ReadableDB/WritableDB idea.)
 */
export type ReadableDB = EntityManager & { readonly [readable]: true };

/** The handle `workspace.write` gives: inside the change's transaction, beside its audit entry. */
export type WritableDB = ReadableDB & { readonly [writable]: true };

/** Marks a manager as readable; only the workspace service (and tests) hand these out. */
export function asReadable(manager: EntityManager): ReadableDB {
  return manager as ReadableDB;
}

/** Marks a manager inside a transaction as writable; only the workspace service and migrations-time code hand these out. */
export function asWritable(manager: EntityManager): WritableDB {
  return manager as WritableDB;
}

/** A hot query's statement, reading rows as arrays, and its column names. */
interface HotStatement {
  statement: SqliteStatement;
  columns: string[];
}

/** Statements of the hot queries, prepared once per connection (FIFO-bounded like TypeORM's). */
const STATEMENT_CACHE_SIZE = 200;
const statementCaches = new WeakMap<SqliteDatabase, Map<string, HotStatement>>();

const columnNames = (statement: SqliteStatement) => statement.columns().map((c) => c.name);

function preparedOn(connection: SqliteDatabase, sql: string): HotStatement {
  let cache = statementCaches.get(connection);
  if (!cache) statementCaches.set(connection, (cache = new Map()));
  let hot = cache.get(sql);
  if (!hot) {
    const statement = connection.prepare(sql).raw(true);
    const columns = columnNames(statement);
    // Assigned as a property, that name would set the row's prototype instead.
    if (columns.includes('__proto__'))
      throw new Error('A hot query cannot name a column __proto__.');
    hot = { statement, columns };
    cache.set(sql, hot);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return hot;
}

/**
 * The rows of a statement as objects keyed by column name, exactly as better-sqlite3's `all()`
 * gives them (a repeated name keeps its last value), but built here from the rows as arrays:
 * better-sqlite3 sets each property through V8's API, while this loop runs on inline caches —
 * about a tenth of a hot read's SQL time for a hundred rows.
 */
function objectsOf<T>(hot: HotStatement, values: unknown[]): T[] {
  const found = hot.statement.all(...values) as unknown[][];
  // The schema changes only at open, on a new connection with an empty cache; should a table
  // gain a column under a live `SELECT x.*`, SQLite recompiles and the names follow.
  if (found.length > 0 && found[0]!.length !== hot.columns.length) {
    hot.columns = columnNames(hot.statement);
  }
  const { columns } = hot;
  const objects = new Array<T>(found.length);
  for (let r = 0; r < found.length; r++) {
    const row = found[r]!;
    const object: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) object[columns[c]!] = row[c];
    objects[r] = object as T;
  }
  return objects;
}

/**
 * A hot projection's rows, read with a prepared statement on the workspace's one connection —
 * so inside the caller's transaction and under `workspace.read`'s `query_only` guard, exactly
 * as through the manager — without TypeORM's per-query promises and broadcasts (about a third
 * of a sub-millisecond read). Logged through the DataSource's logger like any query, and a
 * failure is TypeORM's QueryFailedError, so callers and the storage-error mapping see no
 * difference.
 */
export function rows<T>(db: ReadableDB, sql: string, params: unknown[] = []): Promise<T[]> {
  const dataSource = db.connection;
  const values = params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
  dataSource.logger.logQuery(sql, values);
  try {
    return Promise.resolve(objectsOf<T>(preparedOn(rawConnection(dataSource), sql), values));
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, values);
    return Promise.reject(new QueryFailedError(sql, values, error as Error));
  }
}

export async function one<T>(
  db: ReadableDB,
  sql: string,
  params: unknown[] = [],
): Promise<T | undefined> {
  return (await rows<T>(db, sql, params))[0];
}

/**
 * Inserts rows through the entity's metadata, as one INSERT. Unlike Repository.insert it does
 * not read the row back afterwards (TypeORM reloads every column that has a default): callers
 * know what they wrote. Keep a batch under SQLite's 32 766 bound parameters.
 */
export async function insertRows<T extends ObjectLiteral>(
  db: WritableDB,
  entity: EntitySchema<T>,
  values: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[],
): Promise<void> {
  await db.createQueryBuilder().insert().into(entity).values(values).updateEntity(false).execute();
}

export function newId(): string {
  return crypto.randomUUID();
}

/** `?, ?, ?` for an IN list. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Escape a user string for LIKE … ESCAPE '\'. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Accent-, case- and space-insensitive key used for search and duplicate detection. */
export { textKey } from '../../../shared/domain/textKey';
