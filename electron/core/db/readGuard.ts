/**
 * The read guard: SQLite's `PRAGMA query_only` on the workspace's one connection while reads run,
 * so a read handler cannot change the workspace behind the audit log's back.
 *
 * Setting the pragma (on or off, even to the value it has) expires every prepared statement of
 * the connection, and SQLite compiles each one again at its next step. Switching it on and off
 * around every read therefore recompiled the hot queries on every call (about a twentieth of
 * `meetings:get`). So the guard stays on between reads: `guardReads` before a read sets it only
 * when it is off, and `liftReadGuard` before anything else that uses the connection (writes,
 * backups, lock, close, the passphrase) sets it off only when it is on. Consecutive reads then
 * keep their prepared statements.
 */
import type { SqliteDatabase } from './sqlite';

/** Connections whose guard is on (a new connection starts with it off, SQLite's default). */
const guarded = new WeakSet<SqliteDatabase>();

/** Turns the guard on unless it already is. */
export function guardReads(connection: SqliteDatabase): void {
  if (guarded.has(connection)) return;
  connection.pragma('query_only = 1');
  guarded.add(connection);
}

/** Turns the guard off if a read left it on (a closed connection has nothing to lift). */
export function liftReadGuard(connection: SqliteDatabase): void {
  if (!guarded.has(connection)) return;
  if (connection.open) connection.pragma('query_only = 0'); // first: if it throws, still on
  guarded.delete(connection);
}
