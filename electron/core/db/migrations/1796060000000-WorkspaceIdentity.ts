/**
 * The workspace's stable identity and the anchor of its audit chain, in one row:
 * - `workspace_id`: a UUID made once, carried by every backup (in its name and inside), so
 *   backups are found by the workspace they belong to, never by a file-name prefix;
 * - `audit_head_seq` / `audit_head_hash`: the newest audit entry, rewritten in the same
 *   transaction as each entry, so deleting the newest entries no longer verifies.
 * Frozen: imports nothing from the application.
 */
import crypto from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkspaceIdentity1796060000000 implements MigrationInterface {
  name = 'WorkspaceIdentity1796060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workspace_identity (
        id TEXT PRIMARY KEY NOT NULL CHECK (id = 'workspace'),
        workspace_id TEXT NOT NULL CHECK (length(workspace_id) = 36),
        audit_head_seq INTEGER NOT NULL CHECK (audit_head_seq >= 0),
        audit_head_hash TEXT NOT NULL CHECK (length(audit_head_hash) = 64)
      )`);
    await q.query(
      `INSERT INTO workspace_identity (id, workspace_id, audit_head_seq, audit_head_hash)
       SELECT 'workspace', ?,
              COALESCE((SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1), 0),
              COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), ?)`,
      [crypto.randomUUID(), '0'.repeat(64)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workspace_identity`);
  }
}
