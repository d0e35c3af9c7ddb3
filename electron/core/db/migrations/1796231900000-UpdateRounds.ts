/**
 * Agency reporting rounds: each time update forms go out for a body, a round is recorded with
 * the secret its forms are signed with (kept only inside the encrypted workspace), and one row
 * per agency that got a form, marked when its returned form is imported.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UpdateRounds1796231900000 implements MigrationInterface {
  name = 'UpdateRounds1796231900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE update_rounds (
        id TEXT PRIMARY KEY NOT NULL,
        body_id TEXT NOT NULL REFERENCES bodies(id),
        secret TEXT NOT NULL CHECK (length(secret) = 64),
        language TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        reply_by TEXT,
        created_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX update_rounds_body ON update_rounds (body_id, created_at)`);
    await q.query(`
      CREATE TABLE update_round_agencies (
        round_id TEXT NOT NULL REFERENCES update_rounds(id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agencies(id),
        actions INTEGER NOT NULL,
        returned_at TEXT,
        PRIMARY KEY (round_id, agency_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE update_round_agencies`);
    await q.query(`DROP INDEX update_rounds_body`);
    await q.query(`DROP TABLE update_rounds`);
  }
}
