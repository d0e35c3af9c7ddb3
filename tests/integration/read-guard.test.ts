/**
 * Only `workspace.write` can change the workspace (issue 13): a read runs with SQLite's
 * `query_only`, so even raw SQL slipped into a read handler is refused and leaves no row and
 * no audit gap; the read and write handles are distinct types, so a function that writes does
 * not accept a read handle at compile time (the `@ts-expect-error` below fails the typecheck if
 * that ever stops being true).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgencyEntity } from '../../electron/core/db/entities/agencies';
import { rawConnection } from '../../electron/core/db/dataSource';
import { insertRows, newId, type ReadableDB } from '../../electron/core/db/sql';
import {
  createWorkspace,
  startTestCore,
  writableConnection,
  type TestCore,
} from '../fixtures/core';

let t: TestCore;

beforeEach(async () => {
  t = startTestCore(undefined, { memory: true });
  await createWorkspace(t);
});
afterEach(async () => {
  await t.cleanup();
});

const agencyCount = () => t.core.workspace.read((db) => db.getRepository(AgencyEntity).count());

/** An agency row as a write inserts it. */
const anNgo = (name: string) => ({
  id: newId(),
  name,
  nameKey: name.toLowerCase(),
  kind: 'ngo' as const,
  sector: 'non_state' as const,
  level: 'national' as const,
  membershipStatus: 'member' as const,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const auditCount = async () => (await t.call('audit:list', { limit: 1 })).total;

/** Never called: what the typecheck must refuse. */
export function writeThroughAReadHandle(db: ReadableDB): Promise<void> {
  // @ts-expect-error a read handle is not a write handle: insertRows needs a WritableDB
  return insertRows(db, AgencyEntity, { id: newId(), name: 'Smuggled in' });
}

describe('the read guard', () => {
  it('refuses raw SQL that writes inside a read, and nothing is kept', async () => {
    const before = { agencies: await agencyCount(), audit: await auditCount() };
    await expect(
      t.core.workspace.read((db) =>
        db.query(
          `INSERT INTO agencies (id, name, name_key, kind, sector, level, membership_status, created_at, updated_at)
           VALUES ('x', 'Smuggled in', 'smuggled in', 'other', 'state', 'national', 'member', '2026-01-01', '2026-01-01')`,
        ),
      ),
    ).rejects.toThrow(/readonly|read-only|query_only/i);
    expect(await agencyCount()).toBe(before.agencies);
    expect(await auditCount()).toBe(before.audit);
  });

  it('is lifted for the next write after a refused read: it lands, with its audit entry', async () => {
    await t.core.workspace.read((db) => db.query(`DELETE FROM agencies`)).catch(() => undefined);
    const before = await auditCount();
    await t.call('agencies:create', { name: 'National Police Service', kind: 'law_enforcement' });
    expect(await agencyCount()).toBe(1);
    expect(await auditCount()).toBe(before + 1);
  });

  it('stays on between reads: setting the pragma again would recompile every prepared statement', async () => {
    const connection = rawConnection(t.core.workspace.dataSource());
    await t.call('agencies:list', {});
    const original = connection.pragma.bind(connection);
    const pragmas: string[] = [];
    connection.pragma = ((source: string, options?: object) => {
      pragmas.push(source);
      return original(source, options);
    }) as typeof connection.pragma;
    try {
      await t.call('agencies:list', {});
      await t.call('dashboard:summary', { from: '2026-01-01', to: '2026-12-31' });
      expect(pragmas).toEqual([]);
      await t.call('agencies:create', { name: 'Immigration Service', kind: 'immigration_border' });
      await t.call('agencies:list', {});
      // lifted once for the write, set once for the read after it
      expect(pragmas).toEqual(['query_only = 0', 'query_only = 1']);
    } finally {
      connection.pragma = original;
    }
  });

  it('is lifted for work alone on the connection after a read (the demo generator, timers)', async () => {
    await t.call('agencies:list', {});
    await t.core.workspace.exclusive(() =>
      rawConnection(t.core.workspace.dataSource())
        .prepare(
          `INSERT INTO agencies (id, name, name_key, kind, sector, level, membership_status, created_at, updated_at)
           VALUES (?, 'Labour Inspectorate', 'labour inspectorate', 'other', 'state', 'national', 'member', '2026-01-01', '2026-01-01')`,
        )
        .run(newId()),
    );
    expect(await agencyCount()).toBe(1);
  });

  it('refuses a write or other work alone started inside a read, and nothing is kept', async () => {
    const before = { agencies: await agencyCount(), audit: await auditCount() };
    const inside = (start: () => Promise<unknown>) =>
      t.core.workspace.read(async () => start()).catch((e: unknown) => e);
    const viaWrite = await inside(() =>
      t.core.workspace.write((db) => insertRows(db, AgencyEntity, anNgo('Written from a read'))),
    );
    expect(String(viaWrite)).toMatch(/read cannot write/);
    const viaExclusive = await inside(() =>
      t.core.workspace.exclusive(() => writableConnection(t.core).exec(`DELETE FROM audit_log`)),
    );
    expect(String(viaExclusive)).toMatch(/read cannot write/);
    expect(await agencyCount()).toBe(before.agencies);
    expect(await auditCount()).toBe(before.audit);
  });

  it('lets a read nested in a write see the write (same transaction, no guard)', async () => {
    const seen = await t.core.workspace.write(async (db) => {
      await insertRows(db, AgencyEntity, anNgo('Hope Shelter Foundation'));
      return t.core.workspace.read((r) => r.getRepository(AgencyEntity).count());
    });
    expect(seen).toBe(1);
    expect(await agencyCount()).toBe(1);
  });
});
