/** Migrations of the meetings era (Meetings to Signatory), applied to a real encrypted file, with rows written before them. */
import { describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { WorkspaceTimeZone1796080000000 } from '../../electron/core/db/migrations/1796080000000-WorkspaceTimeZone';
import { BackupRotation1796030000000 } from '../../electron/core/db/migrations/1796030000000-BackupRotation';
import { SavedFilters1796040000000 } from '../../electron/core/db/migrations/1796040000000-SavedFilters';
import { WorkspaceIdentity1796060000000 } from '../../electron/core/db/migrations/1796060000000-WorkspaceIdentity';
import { MinutesRecord1796070000000 } from '../../electron/core/db/migrations/1796070000000-MinutesRecord';
import { Signatory1796100000000 } from '../../electron/core/db/migrations/1796100000000-Signatory';
import {
  migrationWorkspace,
  reopen,
  schemaShape,
  undoThrough,
  upgradedSettingsRow,
  workspaceBefore,
  writeSettingsRow,
} from '../fixtures/migrationWorld';

const ws = migrationWorkspace();

describe('migrations: meetings era', () => {
  it('Meetings numbers meetings and decisions uniquely per body and keeps records it points at', async () => {
    const ds = await ws.create();
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
    const { ds, db } = await upgradedSettingsRow(ws.file(), new BackupRotation1796030000000());
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
    const ds = await ws.create();
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
    const ds = await ws.create();
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
    const ds = await ws.create();
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
    const ds = await ws.create();
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
    const { ds, db } = await upgradedSettingsRow(ws.file(), new WorkspaceTimeZone1796080000000());
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

  it('PrivacyDenylist gives an existing workspace its own secret and an empty deny-list, keeping its rows; down() restores the shape', async () => {
    const start = await workspaceBefore(ws.file(), 'PrivacyDenylist1796090000000');
    writeSettingsRow(start.ds);
    rawConnection(start.ds).exec(`
      INSERT INTO agencies (id, name, name_key, kind, sector, level, membership_status, created_at, updated_at)
        VALUES ('a1', 'Guardia Civil', 'guardia civil', 'ngo', 'non_state', 'national', 'member', 't', 't');`);
    const ds = await reopen(start.ds, ws.file());
    const db = rawConnection(ds);
    const secrets = db.prepare(`SELECT id, length(secret) AS bytes FROM privacy_secret`).all();
    expect(secrets).toEqual([{ id: 'denylist', bytes: 32 }]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM privacy_denylist`).get()).toEqual({ n: 0 });
    const kept = () =>
      db
        .prepare(
          `SELECT id, name FROM agencies UNION ALL SELECT id, task_force_name FROM workspace_settings`,
        )
        .all();
    expect(kept()).toEqual([
      { id: 'a1', name: 'Guardia Civil' },
      { id: 'workspace', name: 'TF' },
    ]);
    await undoThrough(ds, 'PrivacyDenylist1796090000000');
    expect(schemaShape(ds)).toEqual(start.shape);
    expect(kept()).toHaveLength(2);
    await ds.destroy();
  });

  it('Signatory adds the name and title that sign letters, empty for existing rows', async () => {
    const { ds, db } = await upgradedSettingsRow(ws.file(), new Signatory1796100000000());
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
});
