/** Each migration, applied to a real encrypted file: the schema it promises, and its down(). */
import type { MigrationInterface } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspaceDataSource, rawConnection } from '../../electron/core/db/dataSource';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { WorkspaceTimeZone1796080000000 } from '../../electron/core/db/migrations/1796080000000-WorkspaceTimeZone';
import { BackupRotation1796030000000 } from '../../electron/core/db/migrations/1796030000000-BackupRotation';
import { SavedFilters1796040000000 } from '../../electron/core/db/migrations/1796040000000-SavedFilters';
import { WorkspaceIdentity1796060000000 } from '../../electron/core/db/migrations/1796060000000-WorkspaceIdentity';
import { MinutesRecord1796070000000 } from '../../electron/core/db/migrations/1796070000000-MinutesRecord';
import { Signatory1796100000000 } from '../../electron/core/db/migrations/1796100000000-Signatory';
import { Cases1796140000000 } from '../../electron/core/db/migrations/1796140000000-Cases';
import { CaseDiscussionDoc1796156000000 } from '../../electron/core/db/migrations/1796156000000-CaseDiscussionDoc';
import { AuditReadable1796205000000 } from '../../electron/core/db/migrations/1796205000000-AuditReadable';
import { STRONG_PASSPHRASE } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeDir(dir);
});

/** A workspace from before `migration`, with its settings row, then migrated. */
async function upgradedSettingsRow(migration: MigrationInterface) {
  const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
  const db = rawConnection(ds);
  const runner = ds.createQueryRunner();
  await migration.down!(runner);
  db.prepare(
    `INSERT INTO workspace_settings (id, task_force_name, created_at, updated_at) VALUES ('workspace', 'TF', 't', 't')`,
  ).run();
  await migration.up(runner);
  await runner.release();
  return { ds, db };
}

describe('migrations', () => {
  it('are listed in timestamp order with unique names', () => {
    const names = MIGRATIONS.map((M) => new M().name);
    const stamps = names.map((n) => Number(n.slice(-13)));
    expect(new Set(names).size).toBe(names.length);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    for (const s of stamps) expect(Number.isFinite(s)).toBe(true);
  });

  it('Init creates workspace_settings with its checks and the connection pragmas', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const cols = (
      db.prepare(`PRAGMA table_info(workspace_settings)`).all() as { name: string }[]
    ).map((c) => c.name);
    expect(cols.slice(0, 11)).toEqual([
      'id',
      'task_force_name',
      'country',
      'default_language',
      'letterhead_text',
      'classification_marking',
      'k_anonymity',
      'auto_lock_minutes',
      'paper_size',
      'created_at',
      'updated_at',
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO workspace_settings (id, task_force_name, k_anonymity, created_at, updated_at) VALUES ('a','b',1,'t','t')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    await ds.destroy();
  });

  it('AgencyRegister creates the register with its integrity rules', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const insertAgency = db.prepare(
      `INSERT INTO agencies (id, name, name_key, kind, sector, level, membership_status, created_at, updated_at)
       VALUES (?, ?, ?, 'ngo', 'non_state', 'national', 'member', 't', 't')`,
    );
    insertAgency.run('a1', 'Agency', 'agency');
    expect(() => insertAgency.run('a2', 'AGENCY', 'agency')).toThrow(/UNIQUE/);
    db.prepare(
      `INSERT INTO focal_points (id, agency_id, name, role, created_at, updated_at) VALUES ('f1', 'a1', 'P', 'primary', 't', 't')`,
    ).run();
    expect(() => db.prepare(`DELETE FROM agencies WHERE id = 'a1'`).run()).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO focal_points (id, agency_id, name, role, start_date, end_date, created_at, updated_at) VALUES ('f2', 'a1', 'P', 'primary', '2026-02-01', '2026-01-01', 't', 't')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO bodies (id, name, kind, quorum_kind, meeting_frequency, created_at, updated_at) VALUES ('b1', 'B', 'other', 'fixed', 'monthly', 't', 't')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    await ds.destroy();
  });

  it('AuditLog and BackupFolder add the audit table and the backup folder setting', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const auditCols = (db.prepare(`PRAGMA table_info(audit_log)`).all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(auditCols).toEqual([
      'seq',
      'at',
      'actor',
      'channel',
      'record_type',
      'record_id',
      'summary',
      'prev_hash',
      'hash',
      'record_label', // added by AuditReadable
    ]);
    const settingsCols = db.prepare(`PRAGMA table_info(workspace_settings)`).all() as {
      name: string;
      dflt_value: string;
    }[];
    expect(settingsCols.find((c) => c.name === 'backup_folder')?.dflt_value).toBe("''");
    await ds.destroy();
  });

  it('Meetings numbers meetings and decisions uniquely per body and keeps records it points at', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    db.prepare(
      `INSERT INTO bodies (id, name, kind, quorum_kind, meeting_frequency, created_at, updated_at) VALUES ('b1', 'B', 'other', 'majority', 'monthly', 't', 't')`,
    ).run();
    const insertMeeting = db.prepare(
      `INSERT INTO meetings (id, body_id, number, title, date, start_time, duration_minutes, language, status, created_at, updated_at)
       VALUES (?, 'b1', ?, 'M', '2026-01-06', '10:00', 120, 'en', ?, 't', 't')`,
    );
    insertMeeting.run('m1', 1, 'draft');
    expect(() => insertMeeting.run('m2', 1, 'draft')).toThrow(/UNIQUE/);
    expect(() => insertMeeting.run('m3', 2, 'closed')).toThrow(/CHECK/);
    const insertDecision = db.prepare(
      `INSERT INTO decisions (id, body_id, meeting_id, year, seq, reference, text, text_key, created_at, updated_at)
       VALUES (?, 'b1', 'm1', 2026, ?, 'B/2026/01', 'x', 'x', 't', 't')`,
    );
    insertDecision.run('d1', 1);
    expect(() => insertDecision.run('d2', 1)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`DELETE FROM meetings WHERE id = 'm1'`).run()).toThrow(/FOREIGN KEY/);
    expect(
      (db.prepare(`PRAGMA table_info(bodies)`).all() as { name: string }[]).map((c) => c.name),
    ).toContain('code');
    await ds.destroy();
  });

  it('BackupRotation adds the rotation counts, bounded, with the former fixed 7/4 for existing rows', async () => {
    const { ds, db } = await upgradedSettingsRow(new BackupRotation1796030000000());
    expect(
      db.prepare(`SELECT backup_keep_daily, backup_keep_weekly FROM workspace_settings`).get(),
    ).toEqual({ backup_keep_daily: 7, backup_keep_weekly: 4 });
    const set = db.prepare(
      `UPDATE workspace_settings SET backup_keep_daily = ?, backup_keep_weekly = ?`,
    );
    for (const [daily, weekly] of [
      [0, 4],
      [61, 4],
      [7, -1],
      [7, 53],
    ]) {
      expect(() => set.run(daily, weekly), `${daily}/${weekly}`).toThrow(/CHECK/);
    }
    set.run(1, 0);
    set.run(60, 52);
    await ds.destroy();
  });

  it('SavedFilters adds named filters, an accent-free search key on actions and list indexes', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const migration = new SavedFilters1796040000000();
    const runner = ds.createQueryRunner();
    // An action stored before the migration gets its search key.
    await migration.down(runner);
    db.prepare(
      `INSERT INTO agencies (id, name, name_key, kind, sector, level, membership_status, created_at, updated_at)
       VALUES ('a1', 'Agency', 'agency', 'ngo', 'non_state', 'national', 'member', 't', 't')`,
    ).run();
    db.prepare(
      `INSERT INTO actions (id, title, description, owner_agency_id, priority, status, created_at, updated_at)
       VALUES ('x1', 'Réunion CAFÉ', 'Élan', 'a1', 'low', 'open', 't', 't')`,
    ).run();
    await migration.up(runner);
    await runner.release();
    expect(db.prepare(`SELECT search_key FROM actions`).get()).toEqual({
      search_key: 'reunion cafe elan',
    });
    const insert = db.prepare(
      `INSERT INTO saved_filters (id, scope, name, name_key, filter, created_at, updated_at)
       VALUES (?, ?, 'F', ?, ?, 't', 't')`,
    );
    insert.run('f1', 'actions', 'f', '{}');
    expect(() => insert.run('f2', 'actions', 'f', '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run('f3', 'cases', 'g', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('f4', 'actions', 'h', 'not json')).toThrow(/CHECK/);
    const indexes = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'action_supporting_agencies_agency',
        'actions_open_due',
        'actions_due_owner',
        'action_carry_overs_meeting',
      ]),
    );
    await ds.destroy();
  });

  it('LetterheadLogo keeps at most one logo image, of a known type and size', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const insert = db.prepare(
      `INSERT INTO letterhead_logo (id, image, type, width, height, updated_at) VALUES (?, x'89', ?, ?, 10, 't')`,
    );
    expect(() => insert.run('other', 'png', 10)).toThrow(/CHECK/);
    expect(() => insert.run('workspace', 'gif', 10)).toThrow(/CHECK/);
    expect(() => insert.run('workspace', 'png', 0)).toThrow(/CHECK/);
    insert.run('workspace', 'png', 10);
    expect(() => insert.run('workspace', 'jpg', 10)).toThrow(/UNIQUE|PRIMARY/);
    await ds.destroy();
  });

  it('WorkspaceIdentity gives each workspace its own UUID and anchors an existing audit chain at its head', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const migration = new WorkspaceIdentity1796060000000();
    const runner = ds.createQueryRunner();
    const fresh = db.prepare(`SELECT * FROM workspace_identity`).get() as Record<string, unknown>;
    expect(fresh).toMatchObject({ id: 'workspace', audit_head_seq: 0 });
    expect(fresh.workspace_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
    // A workspace from before the migration, with two audit entries.
    await migration.down(runner);
    const insert = db.prepare(
      `INSERT INTO audit_log (seq, at, actor, channel, record_type, record_id, summary, prev_hash, hash)
       VALUES (?, 't', 'a', 'c', 'r', NULL, '{}', ?, ?)`,
    );
    insert.run(1, '0'.repeat(64), 'a'.repeat(64));
    insert.run(2, 'a'.repeat(64), 'b'.repeat(64));
    await migration.up(runner);
    await runner.release();
    const anchored = db.prepare(`SELECT * FROM workspace_identity`).get() as Record<
      string,
      unknown
    >;
    expect(anchored).toMatchObject({ audit_head_seq: 2, audit_head_hash: 'b'.repeat(64) });
    expect(anchored.workspace_id).not.toBe(fresh.workspace_id);
    expect(() =>
      db
        .prepare(
          `INSERT INTO workspace_identity (id, workspace_id, audit_head_seq, audit_head_hash) VALUES ('other', ?, 0, ?)`,
        )
        .run(fresh.workspace_id, '0'.repeat(64)),
    ).toThrow(/CHECK/);
    await ds.destroy();
  });

  it('MinutesRecord gives meetings approved before it an approval row (snapshot taken later) and records circulations', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const migration = new MinutesRecord1796070000000();
    const runner = ds.createQueryRunner();
    await migration.down(runner);
    db.prepare(
      `INSERT INTO bodies (id, name, kind, quorum_kind, meeting_frequency, created_at, updated_at) VALUES ('b1', 'B', 'other', 'majority', 'monthly', 't', 't')`,
    ).run();
    const insertMeeting = db.prepare(
      `INSERT INTO meetings (id, body_id, number, title, date, start_time, duration_minutes, language, status, approved_at, created_at, updated_at)
       VALUES (?, 'b1', ?, 'M', '2026-01-06', '10:00', 120, 'en', ?, ?, 't', '2026-02-01T09:00:00.000Z')`,
    );
    insertMeeting.run('m1', 1, 'minutes_approved', '2026-01-20T10:00:00.000Z');
    insertMeeting.run('m2', 2, 'minutes_drafted', null);
    await migration.up(runner);
    await runner.release();
    expect(db.prepare(`SELECT * FROM minutes_records`).all()).toEqual([
      {
        meeting_id: 'm1',
        approval_date: '2026-01-20',
        adopted_at_meeting_id: null,
        snapshot: null,
        snapshot_source: null,
        snapshot_taken_at: null,
        recorded_at: '2026-01-20T10:00:00.000Z',
      },
    ]);
    expect(
      db.prepare(`SELECT held_early, closing_time FROM meetings WHERE id = 'm2'`).get(),
    ).toEqual({ held_early: 0, closing_time: null });
    expect(() => db.prepare(`UPDATE meetings SET held_early = 2`).run()).toThrow(/CHECK/);
    const snapshot = db.prepare(
      `UPDATE minutes_records SET snapshot = ?, snapshot_source = ? WHERE meeting_id = 'm1'`,
    );
    expect(() => snapshot.run('not json', 'approval')).toThrow(/CHECK/);
    expect(() => snapshot.run('{}', null)).toThrow(/CHECK/);
    snapshot.run('{}', 'first_export');
    const circulate = db.prepare(
      `INSERT INTO circulations (id, meeting_id, kind, documents, recipients, circulated_at) VALUES (?, 'm2', ?, '[]', '[]', 't')`,
    );
    circulate.run('c1', 'agenda');
    expect(() => circulate.run('c2', 'minutes')).toThrow(/CHECK/);
    await ds.destroy();
  });

  it("WorkspaceTimeZone adds the time zone (the computer's for existing rows) and the secretariat e-mail", async () => {
    const { ds, db } = await upgradedSettingsRow(new WorkspaceTimeZone1796080000000());
    expect(db.prepare(`SELECT time_zone, secretariat_email FROM workspace_settings`).get()).toEqual(
      {
        time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        secretariat_email: '',
      },
    );
    expect(() =>
      db.prepare(`UPDATE workspace_settings SET time_zone = ?`).run('x'.repeat(65)),
    ).toThrow(/CHECK/);
    db.prepare(`UPDATE workspace_settings SET time_zone = 'Europe/Madrid'`).run();
    await ds.destroy();
  });

  it('Signatory adds the name and title that sign letters, empty for existing rows', async () => {
    const { ds, db } = await upgradedSettingsRow(new Signatory1796100000000());
    expect(
      db.prepare(`SELECT signatory_name, signatory_title FROM workspace_settings`).get(),
    ).toEqual({ signatory_name: '', signatory_title: '' });
    for (const column of ['signatory_name', 'signatory_title']) {
      expect(() =>
        db.prepare(`UPDATE workspace_settings SET ${column} = ?`).run('x'.repeat(201)),
      ).toThrow(/CHECK/);
    }
    db.prepare(`UPDATE workspace_settings SET signatory_name = 'Elena Costa'`).run();
    await ds.destroy();
  });

  it('AuditReadable adds a NULL title to existing entries and an empty display name', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const runner = ds.createQueryRunner();
    const migration = new AuditReadable1796205000000();
    await migration.down(runner);
    db.prepare(
      `INSERT INTO workspace_settings (id, task_force_name, created_at, updated_at) VALUES ('workspace', 'TF', 't', 't')`,
    ).run();
    db.prepare(
      `INSERT INTO audit_log (seq, at, actor, channel, record_type, record_id, summary, prev_hash, hash)
       VALUES (1, 't', 'amina', 'agencies:create', 'agency', 'a1', '{}', 'p', 'h')`,
    ).run();
    await migration.up(runner);
    await runner.release();
    expect(db.prepare(`SELECT actor, record_label FROM audit_log`).get()).toEqual({
      actor: 'amina',
      record_label: null,
    });
    expect(db.prepare(`SELECT actor_name FROM workspace_settings`).get()).toEqual({
      actor_name: '',
    });
    expect(() =>
      db.prepare(`UPDATE workspace_settings SET actor_name = ?`).run('x'.repeat(121)),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE audit_log SET record_label = ?`).run('x'.repeat(301))).toThrow(
      /CHECK/,
    );
    expect(
      db.prepare(`SELECT name FROM sqlite_master WHERE name = 'audit_log_actor'`).get(),
    ).toEqual({ name: 'audit_log_actor' });
    await ds.destroy();
  });

  it('Nap keeps activity codes unique per plan, indicators on one owner, and cascades a plan away', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    db.exec(`
      INSERT INTO nap_plans (id, title, start_date, end_date, status, period_kind, period_start_month, created_at, updated_at)
        VALUES ('p1', 'NAP', '2025-01-01', '2028-12-31', 'active', 'year', 4, 't', 't');
      INSERT INTO nap_periods (id, plan_id, seq, label, start_date, end_date)
        VALUES ('y1', 'p1', 1, '2024/25', '2024-04-01', '2025-03-31');
      INSERT INTO nap_pillars (id, plan_id, code, name, position) VALUES ('pi1', 'p1', '1', 'Prevention', 0);
      INSERT INTO nap_objectives (id, pillar_id, code, name, position) VALUES ('o1', 'pi1', '1.1', 'O', 0);`);
    const insertActivity = db.prepare(
      `INSERT INTO nap_activities (id, plan_id, objective_id, code, text, status, position, created_at, updated_at)
       VALUES (?, 'p1', 'o1', ?, 'A', ?, 0, 't', 't')`,
    );
    insertActivity.run('a1', '1.1.1', 'on_track');
    expect(() => insertActivity.run('a2', '1.1.1', 'on_track')).toThrow(/UNIQUE/);
    expect(() => insertActivity.run('a3', '1.1.2', 'late')).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`UPDATE nap_plans SET end_date = '2024-01-01' WHERE id = 'p1'`).run(),
    ).toThrow(/CHECK/);
    const insertIndicator = db.prepare(
      `INSERT INTO nap_indicators (id, plan_id, objective_id, activity_id, name, direction, aggregation, position)
       VALUES (?, 'p1', ?, ?, 'I', 'increase', 'cumulative', 0)`,
    );
    insertIndicator.run('i1', null, 'a1');
    expect(() => insertIndicator.run('i2', 'o1', 'a1')).toThrow(/CHECK/);
    expect(() => insertIndicator.run('i3', null, null)).toThrow(/CHECK/);
    const insertMeasurement = db.prepare(
      `INSERT INTO nap_measurements (id, indicator_id, period_id, value, numerator, denominator, date, created_at)
       VALUES (?, 'i1', 'y1', ?, ?, ?, '2025-01-01', 't')`,
    );
    insertMeasurement.run('m1', 12, null, null);
    expect(() => insertMeasurement.run('m2', null, 3, 0)).toThrow(/CHECK/);
    expect(() => insertMeasurement.run('m3', null, null, null)).toThrow(/CHECK/);
    db.prepare(`DELETE FROM nap_plans WHERE id = 'p1'`).run();
    for (const table of ['nap_activities', 'nap_indicators', 'nap_measurements', 'nap_periods']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    await ds.destroy();
  });

  it('NapNarratives keeps one text per plan, period, section, kind and language, and cascades', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    db.exec(`
      INSERT INTO nap_plans (id, title, start_date, end_date, status, period_kind, period_start_month, created_at, updated_at)
        VALUES ('p1', 'NAP', '2025-01-01', '2028-12-31', 'active', 'year', 1, 't', 't');
      INSERT INTO nap_pillars (id, plan_id, code, name, position) VALUES ('pi1', 'p1', '1', 'Prevention', 0);`);
    const insert = db.prepare(
      `INSERT INTO nap_report_narratives (plan_id, period_key, pillar_id, section, kind, language, text, updated_at)
       VALUES ('p1', 'y1', ?, ?, ?, ?, ?, 't')`,
    );
    insert.run(null, 'plan', 'executive', 'en', 'Summary');
    insert.run('pi1', 'pi1', 'challenges', 'es', 'Desafíos');
    expect(() => insert.run(null, 'plan', 'executive', 'en', 'Again')).toThrow(/UNIQUE/);
    expect(() => insert.run(null, 'plan', 'foreword', 'en', 'x')).toThrow(/CHECK/);
    expect(() => insert.run(null, 'plan', 'executive', 'de', 'x')).toThrow(/CHECK/);
    expect(() => insert.run(null, 'plan', 'achievements', 'fr', 'x'.repeat(20_001))).toThrow(
      /CHECK/,
    );
    const final = db.prepare(
      `INSERT INTO nap_report_versions (plan_id, period_key, final, updated_at) VALUES ('p1', ?, ?, 't')`,
    );
    final.run('y1', 1);
    expect(() => final.run('y2', 2)).toThrow(/CHECK/);
    db.prepare(`DELETE FROM nap_pillars WHERE id = 'pi1'`).run();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM nap_report_narratives`).get()).toEqual({ n: 1 });
    db.prepare(`DELETE FROM nap_plans WHERE id = 'p1'`).run();
    for (const table of ['nap_report_narratives', 'nap_report_versions']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    await ds.destroy();
  });

  it('Cases adds the case settings (defaults for existing rows), unique codes, closed month with the closed stage, and cascades a case away', async () => {
    const { ds, db } = await upgradedSettingsRow(new Cases1796140000000());
    expect(
      db
        .prepare(
          `SELECT case_code_prefix, cooperation_pending_days, case_retention_years FROM workspace_settings`,
        )
        .get(),
    ).toEqual({ case_code_prefix: 'C', cooperation_pending_days: 60, case_retention_years: 5 });
    expect(() =>
      db.prepare(`UPDATE workspace_settings SET cooperation_pending_days = 0`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`UPDATE workspace_settings SET case_retention_years = 101`).run(),
    ).toThrow(/CHECK/);
    const insertCase = db.prepare(
      `INSERT INTO cases (id, code, year, seq, stage, opened_month, closed_month, created_at, updated_at)
       VALUES (?, ?, 2026, ?, ?, '2026-01', ?, 't', 't')`,
    );
    insertCase.run('c1', 'C-2026-0001', 1, 'identification', null);
    expect(() => insertCase.run('c2', 'C-2026-0001', 2, 'referral', null)).toThrow(/UNIQUE/);
    expect(() => insertCase.run('c3', 'X-2026-0001', 1, 'referral', null)).toThrow(/UNIQUE/);
    expect(() => insertCase.run('c4', 'C-2026-0004', 4, 'closed', null)).toThrow(/CHECK/);
    expect(() => insertCase.run('c5', 'C-2026-0005', 5, 'referral', '2026-02')).toThrow(/CHECK/);
    expect(() => insertCase.run('c6', 'C-2026-0006', 6, 'rescued', null)).toThrow(/CHECK/);
    insertCase.run('c7', 'C-2026-0007', 7, 'closed', '2026-03');
    db.exec(`
      INSERT INTO case_profiles (id, case_id, position, age_band, sex, nationality, exploitation_forms, count)
        VALUES ('p1', 'c1', 0, '18-24', 'female', 'NG', 'sexual_exploitation', 1);
      INSERT INTO case_stage_history (id, case_id, stage, month, recorded_at)
        VALUES ('h1', 'c1', 'identification', '2026-01', 't');
      INSERT INTO cooperation_requests (id, case_id, type, direction, country, legal_basis, status, created_at, updated_at)
        VALUES ('r1', 'c1', 'extradition', 'outgoing', 'NG', 'untoc_art16', 'sent', 't', 't');
      INSERT INTO case_discussions (id, case_id, text, created_at) VALUES ('d1', 'c1', 'Noted.', 't');`);
    db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
    for (const table of [
      'case_profiles',
      'case_stage_history',
      'cooperation_requests',
      'case_discussions',
    ]) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    await ds.destroy();
  });

  it('CaseDiscussionDoc adds the rich document of an entry: NULL for existing entries, valid JSON only', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const migration = new CaseDiscussionDoc1796156000000();
    const runner = ds.createQueryRunner();
    await migration.down(runner);
    db.exec(`
      INSERT INTO cases (id, code, year, seq, stage, opened_month, created_at, updated_at)
        VALUES ('c1', 'C-2026-0001', 2026, 1, 'identification', '2026-01', 't', 't');
      INSERT INTO case_discussions (id, case_id, text, created_at) VALUES ('d1', 'c1', 'Noted.', 't');`);
    await migration.up(runner);
    await runner.release();
    expect(db.prepare(`SELECT text, doc FROM case_discussions`).all()).toEqual([
      { text: 'Noted.', doc: null },
    ]);
    const insert = db.prepare(
      `INSERT INTO case_discussions (id, case_id, text, doc, created_at) VALUES (?, 'c1', 'Next.', ?, 't')`,
    );
    expect(() => insert.run('d2', 'not json')).toThrow(/CHECK/);
    insert.run('d3', '{"type":"doc","content":[]}');
    expect(db.prepare(`SELECT COUNT(*) AS n FROM case_discussions`).get()).toEqual({ n: 2 });
    await ds.destroy();
  });

  it('every migration can be undone, newest first, down to an empty schema', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const tables = () =>
      (
        db
          .prepare(
            `SELECT name FROM sqlite_master WHERE type='table' AND name <> 'schema_migrations' AND name NOT LIKE 'sqlite_%'`,
          )
          .all() as { name: string }[]
      ).map((r) => r.name);
    expect(tables()).toContain('agencies');
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    expect(tables()).toEqual([]);
    await ds.runMigrations();
    expect(tables()).toContain('workspace_settings');
    await ds.destroy();
  });
});
