/**
 * The audit log: one row per change, hash-chained (each hash covers the previous one) so that
 * editing or deleting a row is detectable by audit:verify.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1796011806564 implements MigrationInterface {
  name = 'AuditLog1796011806564';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        channel TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id TEXT,
        summary TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_log_record ON audit_log (record_type, record_id)`);
    await q.query(`CREATE INDEX audit_log_at ON audit_log (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
  }
}
