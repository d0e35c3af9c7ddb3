/**
 * How many backups rotation keeps, per workspace: the newest of each of the last N days
 * (1–60, default 7) and of each of the M weeks before (0–52, default 4) — the counts that
 * were fixed before this migration, so existing workspaces keep what they had.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackupRotation1796030000000 implements MigrationInterface {
  name = 'BackupRotation1796030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN backup_keep_daily INTEGER NOT NULL DEFAULT 7
       CHECK (backup_keep_daily BETWEEN 1 AND 60)`,
    );
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN backup_keep_weekly INTEGER NOT NULL DEFAULT 4
       CHECK (backup_keep_weekly BETWEEN 0 AND 52)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN backup_keep_weekly`);
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN backup_keep_daily`);
  }
}
