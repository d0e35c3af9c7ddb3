/**
 * Every foreign-key column leads an index (or the primary key): deleting a parent — an agenda
 * item, a meeting, an agency — then looks its children up instead of reading the whole child
 * table, and so do the "from this decision / at this meeting" lookups. ForeignKeyIndexes added
 * the sixteen that were missing; this keeps every later table to the rule.
 */
import { describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import type { SqliteDatabase } from '../../electron/core/db/sqlite';
import {
  migrationWorkspace,
  reopen,
  rowCounts,
  schemaShape,
  undoThrough,
  workspaceBefore,
} from '../fixtures/migrationWorld';

const ws = migrationWorkspace();
const NAME = 'ForeignKeyIndexes1796240000000';

/** `table.column` of every foreign key that no index (nor the primary key) starts with. */
function unindexedForeignKeys(db: SqliteDatabase): string[] {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  return tables.flatMap((table) => {
    const leads = new Set(
      (db.prepare(`SELECT name FROM pragma_index_list(?)`).pluck().all(table) as string[]).map(
        (index) =>
          db.prepare(`SELECT name FROM pragma_index_info(?) WHERE seqno = 0`).pluck().get(index),
      ),
    );
    const primary = db
      .prepare(`SELECT name FROM pragma_table_info(?) WHERE pk = 1`)
      .pluck()
      .get(table) as string | undefined;
    if (primary) leads.add(primary);
    const keys = db.prepare(`SELECT "from" FROM pragma_foreign_key_list(?)`).pluck().all(table);
    return (keys as string[]).filter((c) => !leads.has(c)).map((c) => `${table}.${c}`);
  });
}

describe('foreign-key indexes', () => {
  it('a migrated workspace has an index leading with every foreign-key column', async () => {
    const ds = await ws.create();
    expect(unindexedForeignKeys(rawConnection(ds))).toEqual([]);
    await ds.destroy();
  });

  it('the check finds a foreign key without an index', async () => {
    const ds = await ws.create();
    const db = rawConnection(ds);
    db.exec(`CREATE TABLE probe (id TEXT PRIMARY KEY, agency_id TEXT REFERENCES agencies (id))`);
    expect(unindexedForeignKeys(db)).toEqual(['probe.agency_id']);
    await ds.destroy();
  });

  it('ForeignKeyIndexes keeps every row, makes the delete checks search, and its down() restores the shape', async () => {
    const start = await workspaceBefore(ws.file(), NAME);
    let ds = start.ds;
    rawConnection(ds).exec(`
      INSERT INTO agencies (id, name, name_key, kind, sector, level, membership_status, created_at, updated_at)
        VALUES ('a1', 'Police', 'police', 'law_enforcement', 'state', 'national', 'member', 't', 't');
      INSERT INTO bodies (id, name, kind, quorum_kind, meeting_frequency, chair_agency_id, created_at, updated_at)
        VALUES ('b1', 'Task Force', 'other', 'majority', 'monthly', 'a1', 't', 't');
      INSERT INTO meetings (id, body_id, number, title, date, start_time, duration_minutes, location, language, status, created_at, updated_at)
        VALUES ('m1', 'b1', 1, 'First', '2026-01-06', '10:00', 120, 'Here', 'en', 'held', 't', 't');
      INSERT INTO agenda_items (id, meeting_id, position, title, kind, presenter_agency_id, created_at, updated_at)
        VALUES ('i1', 'm1', 0, 'Shelters', 'discussion', 'a1', 't', 't');
      INSERT INTO actions (id, body_id, meeting_id, agenda_item_id, title, owner_agency_id, priority, status, created_at, updated_at)
        VALUES ('x1', 'b1', 'm1', 'i1', 'Map the shelters', 'a1', 'high', 'open', 't', 't');
    `);
    const tables = ['agencies', 'bodies', 'meetings', 'agenda_items', 'actions'];
    const before = rowCounts(ds, tables);
    const { shape } = start;

    ds = await reopen(ds, ws.file());
    const db = rawConnection(ds);
    expect(rowCounts(ds, tables)).toEqual(before);
    // The lookup SQLite runs when an agenda item goes (SET NULL on actions) now uses the index.
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM actions WHERE agenda_item_id = ?`)
      .all('i1') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(
      /USING (COVERING )?INDEX actions_agenda_item/,
    );
    db.prepare(`DELETE FROM agenda_items WHERE id = 'i1'`).run();
    expect(db.prepare(`SELECT agenda_item_id FROM actions WHERE id = 'x1'`).get()).toEqual({
      agenda_item_id: null,
    });

    await undoThrough(ds, NAME);
    expect(schemaShape(ds)).toEqual(shape);
    await ds.destroy();
  });
});
