/**
 * Action tracking at scale: named saved filters (of the action list, `scope` leaves room for
 * other lists), an accent-free search key on actions, and the indexes the action list and the
 * chair's dashboard need (actions an agency supports; covering indexes by status and due date).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search key as this migration wrote it. Frozen: a migration imports nothing from the
 * application, so a later change to the app's key cannot change what this migration did
 * (the app rewrites keys itself if its rule ever changes).
 */
function searchKeyV1(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class SavedFilters1796040000000 implements MigrationInterface {
  name = 'SavedFilters1796040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_filters (
        id TEXT PRIMARY KEY NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('actions')),
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        filter TEXT NOT NULL CHECK (json_valid(filter)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX saved_filters_scope_name ON saved_filters (scope, name_key)`,
    );
    await q.query(`ALTER TABLE actions ADD COLUMN search_key TEXT NOT NULL DEFAULT ''`);
    const existing = (await q.query(`SELECT id, title, description FROM actions`)) as {
      id: string;
      title: string;
      description: string;
    }[];
    for (const a of existing) {
      await q.query(`UPDATE actions SET search_key = ? WHERE id = ?`, [
        searchKeyV1(`${a.title} ${a.description}`),
        a.id,
      ]);
    }
    await q.query(
      `CREATE INDEX action_supporting_agencies_agency ON action_supporting_agencies (agency_id, action_id)`,
    );
    // Covering indexes of the dashboard: open actions by due date (overdue, aging, upcoming,
    // open per owner) and actions due in a period (completion per owner).
    await q.query(
      `CREATE INDEX actions_open_due ON actions (status, due_date, owner_agency_id, body_id)`,
    );
    await q.query(
      `CREATE INDEX actions_due_owner ON actions (due_date, status, owner_agency_id, completed_at, body_id)`,
    );
    await q.query(`CREATE INDEX action_carry_overs_meeting ON action_carry_overs (meeting_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX action_carry_overs_meeting`);
    await q.query(`DROP INDEX actions_due_owner`);
    await q.query(`DROP INDEX actions_open_due`);
    await q.query(`DROP INDEX action_supporting_agencies_agency`);
    await q.query(`ALTER TABLE actions DROP COLUMN search_key`);
    await q.query(`DROP TABLE saved_filters`);
  }
}
