/**
 * Migrations after the cases era (AgreementsTrainings to AgendaPresenterName), each applied to a
 * workspace taken back to the schema just before it and holding rows written then: what the
 * migration promises for those rows, that none is lost, and that its down() restores the shape.
 */
import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { rawConnection } from '../../electron/core/db/dataSource';
import { SEARCH_INDEX_VERSION, searchIndexDrift } from '../../electron/core/search/searchIndex';
import { searchIndex } from '../../electron/core/search/searchQuery';
import {
  migrationWorkspace,
  reopen,
  rowCounts,
  schemaShape,
  undoThrough,
  workspaceBefore,
} from '../fixtures/migrationWorld';

const ws = migrationWorkspace();

/** Rows every era has: an agency, a body, a meeting with two agenda items, an action. */
function writeMeetingRows(ds: DataSource): void {
  rawConnection(ds).exec(`
    INSERT INTO agencies (id, name, name_key, kind, sector, level, membership_status, notes, created_at, updated_at)
      VALUES ('a1', 'Guardia Civil', 'guardia civil', 'ngo', 'non_state', 'national', 'member', 'Unidad costera', 't', 't');
    INSERT INTO bodies (id, name, kind, quorum_kind, meeting_frequency, created_at, updated_at)
      VALUES ('b1', 'Steering Committee', 'other', 'majority', 'monthly', 't', 't');
    INSERT INTO meetings (id, body_id, number, title, date, start_time, duration_minutes, location, language, status, created_at, updated_at)
      VALUES ('m1', 'b1', 1, 'Réunion trimestrielle', '2026-01-06', '10:00', 120, 'Dakar', 'fr', 'held', 't', 't');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind, presenter_agency_id, created_at, updated_at)
      VALUES ('i1', 'm1', 0, 'Shelter mapping', 'discussion', 'a1', 't', 't'),
             ('i2', 'm1', 1, 'Any other business', 'information', NULL, 't', 't');
    INSERT INTO actions (id, body_id, meeting_id, title, description, owner_agency_id, due_date, priority, status, created_at, updated_at)
      VALUES ('x1', 'b1', 'm1', 'Cartographier les refuges', 'Liste des centres', 'a1', '2026-03-01', 'high', 'open', 't', 't');`);
}

const MEETING_TABLES = ['agencies', 'bodies', 'meetings', 'agenda_items', 'actions'];

describe('migrations: registers and search era, with rows written before them', () => {
  it('AgreementsTrainings adds empty registers that link to the agencies, bodies and NAP activities already there; down() restores the shape', async () => {
    const start = await workspaceBefore(ws.file(), 'AgreementsTrainings1796180000000');
    let ds = start.ds;
    writeMeetingRows(ds);
    rawConnection(ds).exec(`
      INSERT INTO nap_plans (id, title, start_date, end_date, status, period_kind, period_start_month, created_at, updated_at)
        VALUES ('p1', 'NAP', '2025-01-01', '2028-12-31', 'active', 'year', 1, 't', 't');
      INSERT INTO nap_pillars (id, plan_id, code, name, position) VALUES ('pi1', 'p1', '1', 'Prevention', 0);
      INSERT INTO nap_objectives (id, pillar_id, code, name, position) VALUES ('o1', 'pi1', '1.1', 'O', 0);
      INSERT INTO nap_activities (id, plan_id, objective_id, code, text, status, position, created_at, updated_at)
        VALUES ('na1', 'p1', 'o1', '1.1.1', 'Train border guards', 'on_track', 0, 't', 't');`);
    const tables = [...MEETING_TABLES, 'nap_plans', 'nap_pillars', 'nap_activities'];
    const before = { shape: start.shape, counts: rowCounts(ds, tables) };
    expect(before.shape['table agreements']).toBeUndefined();

    ds = await reopen(ds, ws.file());
    const db = rawConnection(ds);
    expect(rowCounts(ds, tables)).toEqual(before.counts);
    expect(rowCounts(ds, ['agreements', 'trainings', 'training_agencies'])).toEqual({
      agreements: 0,
      trainings: 0,
      training_agencies: 0,
    });
    db.exec(`
      INSERT INTO agreements (id, type, title, status, created_at, updated_at)
        VALUES ('g1', 'mou', 'MoU on referral', 'in_force', 't', 't');
      INSERT INTO agreement_agencies (agreement_id, agency_id) VALUES ('g1', 'a1');
      INSERT INTO agreement_bodies (agreement_id, body_id) VALUES ('g1', 'b1');
      INSERT INTO agreement_activities (agreement_id, activity_id) VALUES ('g1', 'na1');
      INSERT INTO trainings (id, date, topic, trainer_agency_id, nap_pillar_id, format, hours, created_at, updated_at)
        VALUES ('t1', '2026-02-02', 'Victim identification', 'a1', 'pi1', 'in_person', 6, 't', 't');
      INSERT INTO training_agencies (training_id, agency_id, female, male) VALUES ('t1', 'a1', 4, 3);`);
    // The existing agency is now referenced: it can no longer be deleted under the register.
    expect(() => db.prepare(`DELETE FROM agencies WHERE id = 'a1'`).run()).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare(`INSERT INTO agreement_agencies VALUES ('g1', 'missing')`).run(),
    ).toThrow(/FOREIGN KEY/);
    // Removing the existing NAP activity and pillar unlinks them rather than failing.
    db.prepare(`DELETE FROM nap_activities WHERE id = 'na1'`).run();
    expect(rowCounts(ds, ['agreement_activities'])).toEqual({ agreement_activities: 0 });
    db.prepare(`DELETE FROM nap_objectives WHERE id = 'o1'`).run();
    db.prepare(`DELETE FROM nap_pillars WHERE id = 'pi1'`).run();
    expect(db.prepare(`SELECT nap_pillar_id FROM trainings`).get()).toEqual({
      nap_pillar_id: null,
    });

    await undoThrough(ds, 'AgreementsTrainings1796180000000');
    expect(schemaShape(ds)).toEqual(before.shape);
    expect(rowCounts(ds, MEETING_TABLES)).toEqual(
      Object.fromEntries(MEETING_TABLES.map((t) => [t, before.counts[t]])),
    );
    await ds.destroy();
  });

  it('Search makes the agencies, meetings, agenda items and actions already there findable on the next open; down() removes the whole index', async () => {
    const start = await workspaceBefore(ws.file(), 'Search1796190000000');
    let ds = start.ds;
    writeMeetingRows(ds);
    rawConnection(ds).exec(`
      INSERT INTO agreements (id, type, title, created_at, updated_at)
        VALUES ('g1', 'protocol', 'Protocole d''orientation', 't', 't');`);
    const tables = [...MEETING_TABLES, 'agreements'];
    const before = { shape: start.shape, counts: rowCounts(ds, tables) };

    // The migration itself only records version 0: the index is built by the next open.
    await ds.runMigrations();
    expect(rawConnection(ds).prepare(`SELECT version FROM search_index_meta`).get()).toEqual({
      version: 0,
    });
    ds = await reopen(ds, ws.file());
    const db = rawConnection(ds);
    expect(db.prepare(`SELECT version FROM search_index_meta`).get()).toEqual({
      version: SEARCH_INDEX_VERSION,
    });
    expect(rowCounts(ds, tables)).toEqual(before.counts);
    expect(searchIndexDrift(db)).toEqual([]);
    expect(db.prepare(`SELECT doc_key FROM search_docs ORDER BY doc_key`).all()).toEqual(
      [
        'action:x1',
        'agency:a1',
        'agenda_item:i1',
        'agenda_item:i2',
        'agreement:g1',
        'meeting:m1',
      ].map((doc_key) => ({ doc_key })),
    );
    const found = (text: string) =>
      searchIndex(db, { text, limit: 20 }).groups.flatMap((g) =>
        g.items.map((i) => `${g.type}:${i.id}`),
      );
    expect(found('guardia')).toEqual(['agency:a1']);
    expect(found('reunion')).toEqual(['meeting:m1']); // accent-insensitive
    expect(found('refuges')).toEqual(['action:x1']);
    expect(found('shelter')).toEqual(['agenda_item:i1']);
    expect(found('orientation')).toEqual(['agreement:g1']);
    // The triggers keep existing rows current from then on.
    db.prepare(`UPDATE agencies SET name = 'Policía Nacional' WHERE id = 'a1'`).run();
    expect(found('guardia')).toEqual([]);
    expect(found('policia')).toEqual(['agency:a1']);

    await undoThrough(ds, 'Search1796190000000');
    expect(schemaShape(ds)).toEqual(before.shape);
    expect(rowCounts(ds, tables)).toEqual(before.counts);
    await ds.destroy();
  });

  it('DefaultActionFilter marks no existing saved filter as the default and allows one per list; down() restores the shape', async () => {
    const start = await workspaceBefore(ws.file(), 'DefaultActionFilter1796210000000');
    let ds = start.ds;
    rawConnection(ds).exec(`
      INSERT INTO saved_filters (id, scope, name, name_key, filter, created_at, updated_at)
        VALUES ('f1', 'actions', 'Overdue', 'overdue', '{"status":["open"],"overdue":true}', 't', 't'),
               ('f2', 'actions', 'Mine', 'mine', '{"owner":"a1"}', 't', 't');`);
    const { shape } = start;
    const rows = () =>
      rawConnection(ds).prepare(`SELECT id, name, filter FROM saved_filters ORDER BY id`).all();
    const written = rows();

    ds = await reopen(ds, ws.file());
    const db = rawConnection(ds);
    expect(db.prepare(`SELECT id, is_default FROM saved_filters ORDER BY id`).all()).toEqual([
      { id: 'f1', is_default: 0 },
      { id: 'f2', is_default: 0 },
    ]);
    expect(rows()).toEqual(written);
    const mark = db.prepare(`UPDATE saved_filters SET is_default = ? WHERE id = ?`);
    mark.run(1, 'f1');
    expect(() => mark.run(1, 'f2')).toThrow(/UNIQUE/);
    expect(() => mark.run(2, 'f2')).toThrow(/CHECK/);

    await undoThrough(ds, 'DefaultActionFilter1796210000000');
    expect(schemaShape(ds)).toEqual(shape);
    expect(rows()).toEqual(written);
    await ds.destroy();
  });

  it('AgendaPresenterName gives existing agenda items an empty presenter name and keeps their agency; down() restores the shape', async () => {
    const start = await workspaceBefore(ws.file(), 'AgendaPresenterName1796220000000');
    let ds = start.ds;
    writeMeetingRows(ds);
    const { shape } = start;
    const items = () =>
      rawConnection(ds)
        .prepare(`SELECT id, title, presenter_agency_id FROM agenda_items ORDER BY id`)
        .all();
    const written = items();

    ds = await reopen(ds, ws.file());
    const db = rawConnection(ds);
    expect(
      db
        .prepare(`SELECT id, presenter_agency_id, presenter_name FROM agenda_items ORDER BY id`)
        .all(),
    ).toEqual([
      { id: 'i1', presenter_agency_id: 'a1', presenter_name: '' },
      { id: 'i2', presenter_agency_id: null, presenter_name: '' },
    ]);
    db.prepare(`UPDATE agenda_items SET presenter_name = 'Dr. Awa Ndiaye' WHERE id = 'i2'`).run();

    await undoThrough(ds, 'AgendaPresenterName1796220000000');
    expect(schemaShape(ds)).toEqual(shape);
    expect(items()).toEqual(written);
    await ds.destroy();
  });
});
