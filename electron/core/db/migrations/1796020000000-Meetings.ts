/**
 * The meeting cycle: meetings of a body (numbered per body, status workflow), agenda items
 * with rich-text notes, attendance and guests, decisions (numbered per body and year),
 * corrigenda to approved minutes, saved agenda templates — and the action items that
 * meetings create, with their progress updates.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1796020000000 implements MigrationInterface {
  name = 'Meetings1796020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bodies ADD COLUMN code TEXT NOT NULL DEFAULT ''`);
    await q.query(`
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY NOT NULL,
        body_id TEXT NOT NULL REFERENCES bodies (id) ON DELETE RESTRICT,
        number INTEGER NOT NULL CHECK (number >= 1),
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
        location TEXT NOT NULL DEFAULT '',
        video_link TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL CHECK (language IN ('en','es','fr')),
        chair_name TEXT NOT NULL DEFAULT '',
        minute_taker TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft','agenda_circulated','held','minutes_drafted','minutes_approved')),
        series_id TEXT,
        approved_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX meetings_body_number ON meetings (body_id, number)`);
    await q.query(`CREATE INDEX meetings_date ON meetings (date)`);
    await q.query(`
      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY NOT NULL,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        presenter_agency_id TEXT REFERENCES agencies (id) ON DELETE RESTRICT,
        minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 600),
        restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}',
        notes_updated_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position)`);
    await q.query(`
      CREATE TABLE attendance (
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
        status TEXT NOT NULL CHECK (status IN ('present','represented','apologies','absent')),
        person TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (meeting_id, agency_id)
      ) WITHOUT ROWID`);
    await q.query(`
      CREATE TABLE meeting_guests (
        id TEXT PRIMARY KEY NOT NULL,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('guest','observer'))
      )`);
    await q.query(`CREATE INDEX meeting_guests_meeting ON meeting_guests (meeting_id, position)`);
    await q.query(`
      CREATE TABLE decisions (
        id TEXT PRIMARY KEY NOT NULL,
        body_id TEXT NOT NULL REFERENCES bodies (id) ON DELETE RESTRICT,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
        agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        reference TEXT NOT NULL,
        text TEXT NOT NULL,
        text_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX decisions_body_year_seq ON decisions (body_id, year, seq)`);
    await q.query(`CREATE INDEX decisions_meeting ON decisions (meeting_id)`);
    await q.query(`
      CREATE TABLE corrigenda (
        id TEXT PRIMARY KEY NOT NULL,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX corrigenda_meeting ON corrigenda (meeting_id, date)`);
    await q.query(`
      CREATE TABLE agenda_templates (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        items TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`);
    await q.query(`
      CREATE TABLE actions (
        id TEXT PRIMARY KEY NOT NULL,
        body_id TEXT REFERENCES bodies (id) ON DELETE RESTRICT,
        meeting_id TEXT REFERENCES meetings (id) ON DELETE RESTRICT,
        agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        decision_id TEXT REFERENCES decisions (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        owner_agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
        focal_point_id TEXT REFERENCES focal_points (id) ON DELETE SET NULL,
        due_date TEXT,
        priority TEXT NOT NULL CHECK (priority IN ('low','medium','high')),
        status TEXT NOT NULL CHECK (status IN ('open','in_progress','blocked','done','cancelled')),
        carried_over INTEGER NOT NULL DEFAULT 0,
        completed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX actions_status_due ON actions (status, due_date)`);
    await q.query(`CREATE INDEX actions_owner ON actions (owner_agency_id, status)`);
    await q.query(`CREATE INDEX actions_body ON actions (body_id, status)`);
    await q.query(`CREATE INDEX actions_meeting ON actions (meeting_id)`);
    await q.query(`
      CREATE TABLE action_supporting_agencies (
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
        PRIMARY KEY (action_id, agency_id)
      ) WITHOUT ROWID`);
    await q.query(`
      CREATE TABLE action_updates (
        id TEXT PRIMARY KEY NOT NULL,
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        status_from TEXT NOT NULL,
        status_to TEXT NOT NULL,
        meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX action_updates_action ON action_updates (action_id, date)`);
    await q.query(`
      CREATE TABLE action_carry_overs (
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        PRIMARY KEY (action_id, meeting_id)
      ) WITHOUT ROWID`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'action_carry_overs',
      'action_updates',
      'action_supporting_agencies',
      'actions',
      'agenda_templates',
      'corrigenda',
      'decisions',
      'meeting_guests',
      'attendance',
      'agenda_items',
      'meetings',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE bodies DROP COLUMN code`);
  }
}
