/**
 * Cipher setup for workspace files: SQLCipher v4 format (so the file also opens in standard
 * SQLCipher tools with the same passphrase), keyed with the passphrase as hex so that no
 * character of it needs SQL escaping, then the connection pragmas of DESIGN.md.
 */
import type { SqliteDatabase } from './sqlite';

/** NFC first: the same words typed on another keyboard or OS must give the same key. */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function hex(passphrase: string): string {
  return passphraseBytes(passphrase).toString('hex');
}

/** Select the SQLCipher v4 scheme and key the connection. Must run before any other statement. */
export function keyConnection(db: SqliteDatabase, passphrase: string): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`hexkey='${hex(passphrase)}'`);
}

/**
 * Re-encrypt with a new passphrase, page by page in place: a crash half-way leaves a file no
 * key opens, so only ever rekey a copy (see workspace/rekeyedCopy.ts), never the workspace.
 * The connection must be the only one and out of WAL mode.
 */
export function rekeyConnection(db: SqliteDatabase, newPassphrase: string): void {
  db.pragma(`hexrekey='${hex(newPassphrase)}'`);
}

/** Reads page 1: throws SQLITE_NOTADB when the key is wrong. */
export function probeKey(db: SqliteDatabase): void {
  db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
}

/** Durability and privacy settings applied to every open workspace connection. */
export function applyConnectionPragmas(db: SqliteDatabase): void {
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('secure_delete=ON');
  db.pragma('temp_store=MEMORY');
  db.pragma('busy_timeout=5000');
}
