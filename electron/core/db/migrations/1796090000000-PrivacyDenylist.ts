/**
 * The privacy guard's deny-list: sensitive terms (a suspect's name the task force knows)
 * kept only as keyed hashes, and the random secret, kept inside the encrypted workspace,
 * that the hashing key is derived from. The terms themselves are never stored.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyDenylist1796090000000 implements MigrationInterface {
  name = 'PrivacyDenylist1796090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE privacy_secret (
        id TEXT PRIMARY KEY NOT NULL CHECK (id = 'denylist'),
        secret BLOB NOT NULL CHECK (length(secret) = 32)
      )`);
    await q.query(`INSERT INTO privacy_secret (id, secret) VALUES ('denylist', randomblob(32))`);
    await q.query(`
      CREATE TABLE privacy_denylist (
        hash TEXT PRIMARY KEY NOT NULL CHECK (length(hash) = 64),
        words INTEGER NOT NULL CHECK (words BETWEEN 1 AND 4),
        created_at TEXT NOT NULL
      ) WITHOUT ROWID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE privacy_denylist`);
    await q.query(`DROP TABLE privacy_secret`);
  }
}
