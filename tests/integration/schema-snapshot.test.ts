/**
 * The schema a new workspace gets after every migration, committed as
 * tests/fixtures/schema/workspace.sql: any change to a table, index, trigger or view that does
 * not come with an updated snapshot fails the build. A planned change regenerates it with
 * `npx vitest run tests/integration/schema-snapshot.test.ts -u` and shows up in review as a diff.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  closeWorkspaceDataSource,
  openWorkspaceDataSource,
  rawConnection,
} from '../../electron/core/db/dataSource';
import { STRONG_PASSPHRASE } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let dir: string;
let ds: DataSource;
beforeAll(async () => {
  dir = makeTempDir();
  ds = await openWorkspaceDataSource(`${dir}/schema.coordina`, STRONG_PASSPHRASE, 'create');
});
afterAll(async () => {
  await closeWorkspaceDataSource(ds);
  removeDir(dir);
});

interface MasterRow {
  type: string;
  name: string;
  sql: string | null;
}

/** One statement per object, whitespace normalised, in a stable order. */
function schemaText(): string {
  const rows = rawConnection(ds)
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
        WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL
        ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name`,
    )
    .all() as MasterRow[];
  return rows
    .map((r) => `-- ${r.type} ${r.name}\n${(r.sql ?? '').replace(/\s+/g, ' ').trim()};\n`)
    .join('\n');
}

it('matches the committed snapshot (no unplanned schema change)', async () => {
  const text = schemaText();
  expect(text).toContain('CREATE TABLE workspace_settings (');
  await expect(text).toMatchFileSnapshot('../fixtures/schema/workspace.sql');
});

it('the snapshot names every table the migrations create', () => {
  const tables = (
    rawConnection(ds)
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string }[]
  ).map((t) => t.name);
  expect(tables.length).toBeGreaterThan(20);
  const text = schemaText();
  for (const table of tables) expect(text).toContain(`-- table ${table}\n`);
});
