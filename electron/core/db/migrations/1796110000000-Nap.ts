/**
 * The National Action Plan: plans with their reporting periods (quarters, semesters or years,
 * possibly starting in another month than January), pillars → objectives → activities (code
 * unique per plan, lead and supporting agencies from the register, timeframe as written plus
 * the dates read from it, budget, executed amount per period, status with a reason),
 * indicators on an objective or an activity, their measurements per period, the progress
 * updates of activities (history, optionally recorded at a meeting), and the link from an
 * action item to the activity it serves.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUS = `('not_started','on_track','at_risk','delayed','completed','cancelled')`;

export class Nap1796110000000 implements MigrationInterface {
  name = 'Nap1796110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE nap_plans (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        adopting_act TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft','active','closed')),
        period_kind TEXT NOT NULL CHECK (period_kind IN ('quarter','semester','year')),
        period_start_month INTEGER NOT NULL DEFAULT 1 CHECK (period_start_month BETWEEN 1 AND 12),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date >= start_date)
      )`);
    await q.query(`
      CREATE TABLE nap_periods (
        id TEXT PRIMARY KEY NOT NULL,
        plan_id TEXT NOT NULL REFERENCES nap_plans (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        label TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        CHECK (end_date >= start_date)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX nap_periods_plan_start ON nap_periods (plan_id, start_date)`,
    );
    await q.query(`
      CREATE TABLE nap_pillars (
        id TEXT PRIMARY KEY NOT NULL,
        plan_id TEXT NOT NULL REFERENCES nap_plans (id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        position INTEGER NOT NULL
      )`);
    await q.query(`CREATE INDEX nap_pillars_plan ON nap_pillars (plan_id, position)`);
    await q.query(`
      CREATE TABLE nap_objectives (
        id TEXT PRIMARY KEY NOT NULL,
        pillar_id TEXT NOT NULL REFERENCES nap_pillars (id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        position INTEGER NOT NULL
      )`);
    await q.query(`CREATE INDEX nap_objectives_pillar ON nap_objectives (pillar_id, position)`);
    await q.query(`
      CREATE TABLE nap_activities (
        id TEXT PRIMARY KEY NOT NULL,
        plan_id TEXT NOT NULL REFERENCES nap_plans (id) ON DELETE CASCADE,
        objective_id TEXT NOT NULL REFERENCES nap_objectives (id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (code <> ''),
        text TEXT NOT NULL,
        timeframe TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        end_date TEXT,
        budget_amount REAL CHECK (budget_amount IS NULL OR budget_amount >= 0),
        currency TEXT NOT NULL DEFAULT '',
        budget_text TEXT NOT NULL DEFAULT '',
        funding_source TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ${STATUS}),
        status_reason TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX nap_activities_plan_code ON nap_activities (plan_id, code)`);
    await q.query(
      `CREATE INDEX nap_activities_objective ON nap_activities (objective_id, position)`,
    );
    await q.query(`
      CREATE TABLE nap_activity_agencies (
        activity_id TEXT NOT NULL REFERENCES nap_activities (id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
        role TEXT NOT NULL CHECK (role IN ('lead','supporting')),
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, agency_id)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX nap_activity_agencies_agency ON nap_activity_agencies (agency_id)`);
    await q.query(`
      CREATE TABLE nap_executions (
        activity_id TEXT NOT NULL REFERENCES nap_activities (id) ON DELETE CASCADE,
        period_id TEXT NOT NULL REFERENCES nap_periods (id) ON DELETE CASCADE,
        amount REAL NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (activity_id, period_id)
      ) WITHOUT ROWID`);
    await q.query(`
      CREATE TABLE nap_indicators (
        id TEXT PRIMARY KEY NOT NULL,
        plan_id TEXT NOT NULL REFERENCES nap_plans (id) ON DELETE CASCADE,
        objective_id TEXT REFERENCES nap_objectives (id) ON DELETE CASCADE,
        activity_id TEXT REFERENCES nap_activities (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        baseline_value REAL,
        baseline_year INTEGER,
        target_value REAL,
        target_year INTEGER,
        means_of_verification TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL CHECK (direction IN ('increase','decrease')),
        aggregation TEXT NOT NULL CHECK (aggregation IN ('cumulative','periodic')),
        is_percentage INTEGER NOT NULL DEFAULT 0 CHECK (is_percentage IN (0, 1)),
        position INTEGER NOT NULL,
        CHECK ((objective_id IS NULL) <> (activity_id IS NULL))
      )`);
    await q.query(`CREATE INDEX nap_indicators_plan ON nap_indicators (plan_id)`);
    await q.query(`CREATE INDEX nap_indicators_objective ON nap_indicators (objective_id)`);
    await q.query(`CREATE INDEX nap_indicators_activity ON nap_indicators (activity_id)`);
    await q.query(`
      CREATE TABLE nap_measurements (
        id TEXT PRIMARY KEY NOT NULL,
        indicator_id TEXT NOT NULL REFERENCES nap_indicators (id) ON DELETE CASCADE,
        period_id TEXT NOT NULL REFERENCES nap_periods (id) ON DELETE CASCADE,
        value REAL,
        numerator REAL,
        denominator REAL CHECK (denominator IS NULL OR denominator > 0),
        date TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        reporting_agency_id TEXT REFERENCES agencies (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        CHECK (value IS NOT NULL OR (numerator IS NOT NULL AND denominator IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX nap_measurements_indicator ON nap_measurements (indicator_id, period_id)`,
    );
    await q.query(`CREATE INDEX nap_measurements_period ON nap_measurements (period_id)`);
    await q.query(`
      CREATE TABLE nap_progress_updates (
        id TEXT PRIMARY KEY NOT NULL,
        activity_id TEXT NOT NULL REFERENCES nap_activities (id) ON DELETE CASCADE,
        period_id TEXT NOT NULL REFERENCES nap_periods (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ${STATUS}),
        status_reason TEXT NOT NULL DEFAULT '',
        narrative TEXT NOT NULL DEFAULT '',
        meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      )`);
    await q.query(
      `CREATE INDEX nap_progress_updates_activity ON nap_progress_updates (activity_id, created_at)`,
    );
    await q.query(`CREATE INDEX nap_progress_updates_period ON nap_progress_updates (period_id)`);
    await q.query(`CREATE INDEX nap_progress_updates_meeting ON nap_progress_updates (meeting_id)`);
    // An action item serves at most one activity; removing the activity drops only the link.
    await q.query(`
      CREATE TABLE nap_action_links (
        action_id TEXT PRIMARY KEY NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        activity_id TEXT NOT NULL REFERENCES nap_activities (id) ON DELETE CASCADE
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX nap_action_links_activity ON nap_action_links (activity_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'nap_action_links',
      'nap_progress_updates',
      'nap_measurements',
      'nap_indicators',
      'nap_executions',
      'nap_activity_agencies',
      'nap_activities',
      'nap_objectives',
      'nap_pillars',
      'nap_periods',
      'nap_plans',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
