/**
 * The anonymised case module: case records (a generated code, victims in bands only, never a
 * person), their stage history at month precision, the agencies involved with their role,
 * cross-border cooperation requests, discussion entries (optionally made at a meeting), the
 * link from an action item to the case it serves, and the cases put on a meeting's restricted
 * "Case discussions" item. Plus the workspace settings of the module: the code prefix, the
 * days after which a pending cooperation request is overdue and the retention period.
 *
 * Lists are stored as comma-joined codes (exploitation forms, assistance, nationalities), in
 * the order of their vocabulary; the per-victim fields that the list filters on (nationality,
 * exploitation forms) live on `case_profiles`, indexed by case.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `('identification','referral','assistance','investigation','prosecution','return_reintegration','closed')`;
const MONTH = (col: string) => `(${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')`;

export class Cases1796140000000 implements MigrationInterface {
  name = 'Cases1796140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN case_code_prefix TEXT NOT NULL DEFAULT 'C'
       CHECK (length(case_code_prefix) BETWEEN 1 AND 10)`,
    );
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN cooperation_pending_days INTEGER NOT NULL DEFAULT 60
       CHECK (cooperation_pending_days BETWEEN 1 AND 3650)`,
    );
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN case_retention_years INTEGER NOT NULL DEFAULT 5
       CHECK (case_retention_years BETWEEN 1 AND 100)`,
    );
    await q.query(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY NOT NULL,
        code TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        stage TEXT NOT NULL CHECK (stage IN ${STAGES}),
        opened_month TEXT NOT NULL CHECK ${MONTH('opened_month')},
        closed_month TEXT CHECK (closed_month IS NULL OR ${MONTH('closed_month')}),
        nrm_referral INTEGER NOT NULL DEFAULT 0 CHECK (nrm_referral IN (0, 1)),
        nrm_referral_month TEXT CHECK (nrm_referral_month IS NULL OR ${MONTH('nrm_referral_month')}),
        suspect_count INTEGER NOT NULL DEFAULT 0 CHECK (suspect_count >= 0),
        suspect_nationalities TEXT NOT NULL DEFAULT '',
        assistance TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((stage = 'closed') = (closed_month IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX cases_year_seq ON cases (year, seq)`);
    await q.query(`CREATE INDEX cases_stage ON cases (stage, year, seq)`);
    await q.query(`CREATE INDEX cases_closed ON cases (closed_month)`);
    await q.query(`
      CREATE TABLE case_profiles (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        age_band TEXT NOT NULL,
        sex TEXT NOT NULL,
        nationality TEXT NOT NULL DEFAULT '',
        exploitation_forms TEXT NOT NULL CHECK (exploitation_forms <> ''),
        count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1)
      )`);
    await q.query(`CREATE INDEX case_profiles_case ON case_profiles (case_id, position)`);
    await q.query(`CREATE INDEX case_profiles_nationality ON case_profiles (nationality, case_id)`);
    await q.query(`
      CREATE TABLE case_stage_history (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        stage TEXT NOT NULL CHECK (stage IN ${STAGES}),
        month TEXT NOT NULL CHECK ${MONTH('month')},
        recorded_at TEXT NOT NULL
      )`);
    await q.query(
      `CREATE INDEX case_stage_history_case ON case_stage_history (case_id, recorded_at)`,
    );
    await q.query(`
      CREATE TABLE case_agencies (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
        role TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (case_id, agency_id)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX case_agencies_agency ON case_agencies (agency_id, case_id)`);
    await q.query(`
      CREATE TABLE cooperation_requests (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('outgoing','incoming')),
        country TEXT NOT NULL CHECK (country <> ''),
        authority TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL,
        drafted_on TEXT,
        sent_on TEXT,
        acknowledged_on TEXT,
        executed_on TEXT,
        status TEXT NOT NULL
          CHECK (status IN ('drafting','sent','acknowledged','executed','refused','withdrawn')),
        next_follow_up TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(
      `CREATE INDEX cooperation_requests_case ON cooperation_requests (case_id, status)`,
    );
    await q.query(
      `CREATE INDEX cooperation_requests_status ON cooperation_requests (status, case_id)`,
    );
    await q.query(`
      CREATE TABLE case_discussions (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        language TEXT CHECK (language IS NULL OR language IN ('en','es','fr')),
        created_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX case_discussions_case ON case_discussions (case_id, created_at)`);
    await q.query(`CREATE INDEX case_discussions_meeting ON case_discussions (meeting_id)`);
    // An action item serves at most one case; purging the case drops only the link.
    await q.query(`
      CREATE TABLE case_action_links (
        action_id TEXT PRIMARY KEY NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX case_action_links_case ON case_action_links (case_id)`);
    await q.query(`
      CREATE TABLE meeting_cases (
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, case_id)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX meeting_cases_case ON meeting_cases (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'meeting_cases',
      'case_action_links',
      'case_discussions',
      'cooperation_requests',
      'case_agencies',
      'case_stage_history',
      'case_profiles',
      'cases',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN case_retention_years`);
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN cooperation_pending_days`);
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN case_code_prefix`);
  }
}
