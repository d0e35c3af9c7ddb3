/**
 * The agency register: agencies with their 4P pillar roles, focal points (history kept:
 * rows are ended, never overwritten), coordination bodies and their member agencies.
 * Agencies cannot be deleted while anything points at them (ON DELETE RESTRICT).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgencyRegister1796008000000 implements MigrationInterface {
  name = 'AgencyRegister1796008000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agencies (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        acronym TEXT NOT NULL DEFAULT '',
        acronym_key TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('ministry','law_enforcement','prosecution_judiciary','immigration_border','labour_inspection','social_welfare','health','education','foreign_affairs','financial','local_government','ngo','international_organisation','private_sector','trade_union','community_faith_based','academia','media','foreign_counterpart','other')),
        sector TEXT NOT NULL CHECK (sector IN ('state','non_state')),
        level TEXT NOT NULL CHECK (level IN ('national','subnational','international')),
        country TEXT NOT NULL DEFAULT '',
        roles_text TEXT NOT NULL DEFAULT '',
        membership_status TEXT NOT NULL CHECK (membership_status IN ('member','observer','former')),
        notes TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX agencies_name_key ON agencies (name_key)`);
    await q.query(`CREATE INDEX agencies_acronym_key ON agencies (acronym_key)`);
    await q.query(`
      CREATE TABLE agency_pillar_roles (
        agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
        pillar TEXT NOT NULL CHECK (pillar IN ('prevention','protection','prosecution','partnership')),
        role TEXT NOT NULL CHECK (role IN ('lead','support')),
        PRIMARY KEY (agency_id, pillar)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX agency_pillar_roles_pillar ON agency_pillar_roles (pillar, role)`);
    await q.query(`
      CREATE TABLE focal_points (
        id TEXT PRIMARY KEY NOT NULL,
        agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('primary','alternate')),
        languages TEXT NOT NULL DEFAULT '[]',
        start_date TEXT,
        end_date TEXT,
        replaced_by_id TEXT REFERENCES focal_points (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX focal_points_agency ON focal_points (agency_id, end_date)`);
    await q.query(`
      CREATE TABLE bodies (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('national_task_force','working_group','subnational_task_force','bilateral_case_management','other')),
        partner_country TEXT NOT NULL DEFAULT '',
        chair_agency_id TEXT REFERENCES agencies (id) ON DELETE RESTRICT,
        secretariat_agency_id TEXT REFERENCES agencies (id) ON DELETE RESTRICT,
        quorum_kind TEXT NOT NULL CHECK (quorum_kind IN ('majority','fixed')),
        quorum_count INTEGER,
        meeting_frequency TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (quorum_kind = 'majority' OR (quorum_count IS NOT NULL AND quorum_count >= 1))
      )`);
    await q.query(`
      CREATE TABLE body_members (
        body_id TEXT NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
        added_at TEXT NOT NULL,
        PRIMARY KEY (body_id, agency_id)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX body_members_agency ON body_members (agency_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'body_members',
      'bodies',
      'focal_points',
      'agency_pillar_roles',
      'agencies',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
