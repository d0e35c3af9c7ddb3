/**
 * The workspace's time zone (an IANA name, '' = this computer's) so calendar invitations carry
 * a real start time (TZID) instead of a floating one, and the secretariat's e-mail, the
 * ORGANIZER of those invitations. Existing workspaces get the zone of the computer they open on.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkspaceTimeZone1796080000000 implements MigrationInterface {
  name = 'WorkspaceTimeZone1796080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''
       CHECK (length(time_zone) <= 64)`,
    );
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN secretariat_email TEXT NOT NULL DEFAULT ''
       CHECK (length(secretariat_email) <= 254)`,
    );
    await q.query(`UPDATE workspace_settings SET time_zone = ?`, [
      Intl.DateTimeFormat().resolvedOptions().timeZone ?? '',
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN secretariat_email`);
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN time_zone`);
  }
}
