/** Where the secretariat keeps this workspace's backups ('' = the app's default folder). */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackupFolder1796013220247 implements MigrationInterface {
  name = 'BackupFolder1796013220247';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN backup_folder TEXT NOT NULL DEFAULT ''`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN backup_folder`);
  }
}
