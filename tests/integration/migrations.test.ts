/** Each migration, applied to a real encrypted file: the order, the first schema, and every down(). */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import {
  migrationWorkspace,
  reopen,
  schemaShape,
  undoThrough,
  workspaceBefore,
  writeSettingsRow,
} from '../fixtures/migrationWorld';
import FROZEN from '../fixtures/migrations-frozen.json';

const ws = migrationWorkspace();

describe('migrations', () => {
  it('are listed in timestamp order with unique names', () => {
    const names = MIGRATIONS.map((M) => new M().name);
    const stamps = names.map((n) => Number(n.slice(-13)));
    expect(new Set(names).size).toBe(names.length);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    for (const s of stamps) expect(Number.isFinite(s)).toBe(true);
  });

  it('are frozen once shipped: each listed file is byte-for-byte as shipped, none removed, new ones only after them', () => {
    const dir = path.join(__dirname, '../../electron/core/db/migrations');
    const files = fs.readdirSync(dir).filter((f) => /^\d{13}-\w+\.ts$/.test(f));
    const digests = new Map(
      files.map((f) => {
        const [stamp, name] = f.replace(/\.ts$/, '').split('-');
        const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n');
        return [`${name}${stamp}`, createHash('sha256').update(text).digest('hex')];
      }),
    );
    const names = MIGRATIONS.map((M) => new M().name);
    expect([...digests.keys()].sort()).toEqual([...names].sort());
    // A shipped migration is never edited: write a new one with a later timestamp instead.
    for (const [name, digest] of Object.entries(FROZEN)) {
      expect(digests.get(name), `${name} was edited or removed`).toBe(digest);
    }
    // Not yet listed: only newer than every frozen one (add it to migrations-frozen.json once shipped).
    const newestFrozen = Math.max(...Object.keys(FROZEN).map((n) => Number(n.slice(-13))));
    for (const name of names.filter((n) => !(n in FROZEN))) {
      expect(Number(name.slice(-13)), `${name} is older than a frozen migration`).toBeGreaterThan(
        newestFrozen,
      );
    }
  });

  it('Init creates workspace_settings with its checks and the connection pragmas', async () => {
    const ds = await ws.create();
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
    const ds = await ws.create();
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
    const ds = await ws.create();
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

  it('BackupFolder gives the existing settings row an empty backup folder; down() restores the shape', async () => {
    const start = await workspaceBefore(ws.file(), 'BackupFolder1796013220247');
    writeSettingsRow(start.ds);
    const ds = await reopen(start.ds, ws.file());
    const settings = () =>
      rawConnection(ds).prepare(`SELECT id, task_force_name FROM workspace_settings`).all();
    expect(rawConnection(ds).prepare(`SELECT backup_folder FROM workspace_settings`).all()).toEqual(
      [{ backup_folder: '' }],
    );
    await undoThrough(ds, 'BackupFolder1796013220247');
    expect(schemaShape(ds)).toEqual(start.shape);
    expect(settings()).toEqual([{ id: 'workspace', task_force_name: 'TF' }]);
    await ds.destroy();
  });

  it('Meetings gives the bodies already registered an empty code and keeps them; down() restores the shape', async () => {
    const start = await workspaceBefore(ws.file(), 'Meetings1796020000000');
    const bodies = () =>
      rawConnection(ds).prepare(`SELECT id, name, kind FROM bodies ORDER BY id`).all();
    let ds = start.ds;
    rawConnection(ds).exec(`
      INSERT INTO bodies (id, name, kind, quorum_kind, meeting_frequency, created_at, updated_at)
        VALUES ('b1', 'Steering Committee', 'other', 'majority', 'monthly', 't', 't'),
               ('b2', 'Working Group', 'other', 'majority', 'quarterly', 't', 't');`);
    const written = bodies();
    ds = await reopen(ds, ws.file());
    expect(rawConnection(ds).prepare(`SELECT id, code FROM bodies ORDER BY id`).all()).toEqual([
      { id: 'b1', code: '' },
      { id: 'b2', code: '' },
    ]);
    expect(bodies()).toEqual(written);
    await undoThrough(ds, 'Meetings1796020000000');
    expect(schemaShape(ds)).toEqual(start.shape);
    expect(bodies()).toEqual(written);
    await ds.destroy();
  });

  it.each([
    'AgencyRegister1796008000000',
    'AuditLog1796011806564',
    'LetterheadLogo1796050000000',
    'Nap1796110000000',
    'NapNarratives1796130000000',
  ])(
    '%s, which only adds tables, keeps the settings row written before it; down() restores the shape',
    async (name) => {
      const start = await workspaceBefore(ws.file(), name);
      writeSettingsRow(start.ds);
      const ds = await reopen(start.ds, ws.file());
      const settings = () =>
        rawConnection(ds)
          .prepare(`SELECT id, task_force_name, created_at FROM workspace_settings`)
          .all();
      expect(settings()).toEqual([{ id: 'workspace', task_force_name: 'TF', created_at: 't' }]);
      await undoThrough(ds, name);
      expect(schemaShape(ds)).toEqual(start.shape);
      expect(settings()).toEqual([{ id: 'workspace', task_force_name: 'TF', created_at: 't' }]);
      await ds.destroy();
    },
  );

  it('every migration can be undone, newest first, down to an empty schema', async () => {
    const ds = await ws.create();
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
