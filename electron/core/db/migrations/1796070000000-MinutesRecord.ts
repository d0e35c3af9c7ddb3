/**
 * The official record of a meeting: when and where its minutes were adopted, the frozen
 * snapshot they are printed from once approved, whether it was held early, its closing time,
 * and what was circulated to whom.
 *
 * Meetings approved before this migration get their approval row here (date taken from the
 * moment they were approved) but no snapshot: the snapshot is taken lazily, on the first export
 * of their minutes (see `electron/core/meetings/minutesRecord.ts`), because it is built by the
 * same code that prints the minutes, which a migration must not depend on.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MinutesRecord1796070000000 implements MigrationInterface {
  name = 'MinutesRecord1796070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE meetings ADD COLUMN held_early INTEGER NOT NULL DEFAULT 0 CHECK (held_early IN (0, 1))`,
    );
    await q.query(`ALTER TABLE meetings ADD COLUMN closing_time TEXT`);
    await q.query(`
      CREATE TABLE minutes_records (
        meeting_id TEXT PRIMARY KEY NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        approval_date TEXT NOT NULL,
        adopted_at_meeting_id TEXT REFERENCES meetings (id) ON DELETE RESTRICT,
        snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
        snapshot_source TEXT CHECK (snapshot_source IN ('approval', 'first_export')),
        snapshot_taken_at TEXT,
        recorded_at TEXT NOT NULL,
        CHECK ((snapshot IS NULL) = (snapshot_source IS NULL))
      )`);
    await q.query(`
      INSERT INTO minutes_records (meeting_id, approval_date, recorded_at)
      SELECT id, substr(COALESCE(approved_at, updated_at), 1, 10), COALESCE(approved_at, updated_at)
        FROM meetings WHERE status = 'minutes_approved'`);
    await q.query(`
      CREATE TABLE circulations (
        id TEXT PRIMARY KEY NOT NULL,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('agenda', 'draft_minutes')),
        documents TEXT NOT NULL CHECK (json_valid(documents)),
        recipients TEXT NOT NULL CHECK (json_valid(recipients)),
        circulated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX circulations_meeting ON circulations (meeting_id, circulated_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE circulations`);
    await q.query(`DROP TABLE minutes_records`);
    await q.query(`ALTER TABLE meetings DROP COLUMN closing_time`);
    await q.query(`ALTER TABLE meetings DROP COLUMN held_early`);
  }
}
