/** Migrations of the NAP and cases era (Nap to AuditReadable), applied to a real encrypted file, with rows written before them. */
import { describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { Cases1796140000000 } from '../../electron/core/db/migrations/1796140000000-Cases';
import { CaseDiscussionDoc1796156000000 } from '../../electron/core/db/migrations/1796156000000-CaseDiscussionDoc';
import { AuditReadable1796205000000 } from '../../electron/core/db/migrations/1796205000000-AuditReadable';
import { migrationWorkspace, upgradedSettingsRow } from '../fixtures/migrationWorld';

const ws = migrationWorkspace();

describe('migrations: NAP and cases era', () => {
  it('Nap keeps activity codes unique per plan, indicators on one owner, and cascades a plan away', async () => {
    const ds = await ws.create();
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
    const ds = await ws.create();
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
    const { ds, db } = await upgradedSettingsRow(ws.file(), new Cases1796140000000());
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
    const ds = await ws.create();
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

  it('AuditReadable adds a NULL title to existing entries and an empty display name', async () => {
    const ds = await ws.create();
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
});
