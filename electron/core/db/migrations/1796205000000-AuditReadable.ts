/**
 * A readable audit log: each entry keeps a snapshot of its record's title (a case's code only,
 * never case content) taken when it was written, so the log names records even after they are
 * renamed or deleted; the workspace keeps the display name its user signs changes with
 * ('' = the computer account's name). Entries written before this have no title (NULL).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditReadable1796205000000 implements MigrationInterface {
  name = 'AuditReadable1796205000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE audit_log ADD COLUMN record_label TEXT
       CHECK (record_label IS NULL OR length(record_label) <= 300)`,
    );
    await q.query(`CREATE INDEX audit_log_actor ON audit_log (actor)`);
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN actor_name TEXT NOT NULL DEFAULT ''
       CHECK (length(actor_name) <= 120)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN actor_name`);
    await q.query(`DROP INDEX audit_log_actor`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN record_label`);
  }
}
