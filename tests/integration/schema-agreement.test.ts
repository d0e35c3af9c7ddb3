/**
 * The entities (electron/core/db/entities) and the schema the migrations create agree: TypeORM's
 * schema builder, asked what it would change to make a freshly migrated workspace match the
 * entities, logs nothing; and every table of the workspace has an entity, so a table added by a
 * new migration without one fails here.
 *
 * TypeORM's SQLite reader only recognises CHECK and FOREIGN KEY constraints written as
 * `CONSTRAINT "name" ...` (the form its own synchronize writes). The migrations write them
 * unnamed, as SQLite is usually written, so TypeORM would read every table as having no checks
 * and unnamed foreign keys, and the comparison (by name) would always differ. `readUnnamedConstraints`
 * gives each unnamed constraint the name TypeORM derives for an entity's constraint from its
 * content — table + expression for a check, table + columns for a foreign key — so comparing names
 * compares content: an entity check whose text differs from the DDL, a missing check, or a foreign
 * key on other columns, to another table or with another ON DELETE shows up as a change.
 *
 * The schema builder compares index columns as a set and ignores partial-index WHERE clauses,
 * WITHOUT ROWID and referenced columns; the last test checks those exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DataSource,
  EntitySchema,
  TableCheck,
  type EntityMetadata,
  type QueryRunner,
  type Table,
} from 'typeorm';
import {
  closeWorkspaceDataSource,
  openWorkspaceDataSource,
  rawConnection,
} from '../../electron/core/db/dataSource';
import { ENTITIES } from '../../electron/core/db/entities';
import { ActionEntity, SavedFilterEntity } from '../../electron/core/db/entities/actions';
import { AgencyEntity } from '../../electron/core/db/entities/agencies';
import { MeetingEntity } from '../../electron/core/db/entities/meetings';
import { TrainingEntity } from '../../electron/core/db/entities/trainings';
import { STRONG_PASSPHRASE } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

/** Tables of a workspace that have no entity, and why. */
const NOT_ENTITIES: Record<string, string> = {
  schema_migrations:
    "TypeORM's own migrations table (migrationsTableName), owned by its migration runner",
  sqlite_sequence: 'SQLite internal: AUTOINCREMENT counters (of schema_migrations)',
  search_fts:
    'FTS5 virtual table (CREATE VIRTUAL TABLE ... USING fts5): TypeORM cannot describe a virtual table; electron/core/search/searchIndex.ts owns it',
  search_fts_config: 'FTS5 shadow table of search_fts, created and owned by SQLite',
  search_fts_data: 'FTS5 shadow table of search_fts, created and owned by SQLite',
  search_fts_docsize: 'FTS5 shadow table of search_fts, created and owned by SQLite',
  search_fts_idx: 'FTS5 shadow table of search_fts, created and owned by SQLite',
};

let dir: string;
let ds: DataSource;
beforeAll(async () => {
  dir = makeTempDir();
  ds = await openWorkspaceDataSource(`${dir}/agreement.coordina`, STRONG_PASSPHRASE, 'create');
});
afterAll(async () => {
  await closeWorkspaceDataSource(ds);
  removeDir(dir);
});

/** The `CHECK (...)` expressions of a CREATE TABLE statement, whitespace normalised. */
function checkExpressions(createSql: string): string[] {
  const found: string[] = [];
  const start = /CHECK\s*\(/gi;
  let match: RegExpExecArray | null;
  while ((match = start.exec(createSql)) !== null) {
    let depth = 1;
    let quote: string | null = null;
    let i = match.index + match[0].length;
    const from = i;
    for (; i < createSql.length; i++) {
      const c = createSql[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    found.push(createSql.slice(from, i).replace(/\s+/g, ' ').trim());
  }
  return found;
}

/** See the file comment: name the unnamed constraints as TypeORM names an entity's. */
function readUnnamedConstraints(dataSource: DataSource): void {
  const runner = dataSource.driver.createQueryRunner('master') as QueryRunner & {
    loadTables(names?: string[]): Promise<Table[]>;
    readsUnnamedConstraints?: true;
  };
  // the driver keeps one query runner: wrap its reader once
  if (runner.readsUnnamedConstraints) return;
  runner.readsUnnamedConstraints = true;
  const loadTables = runner.loadTables.bind(runner);
  const naming = dataSource.namingStrategy;
  runner.loadTables = async (names?: string[]): Promise<Table[]> => {
    const tables = await loadTables(names);
    for (const table of tables) {
      const row = rawConnection(dataSource)
        .prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`)
        .get(table.name) as { sql: string };
      if (table.checks.length > 0 || table.foreignKeys.some((fk) => fk.name)) {
        throw new Error(`${table.name}: named constraints; read them as TypeORM does`);
      }
      table.checks = checkExpressions(row.sql).map(
        (expression) =>
          new TableCheck({ name: naming.checkConstraintName(table.name, expression), expression }),
      );
      for (const fk of table.foreignKeys)
        fk.name = naming.foreignKeyName(table.name, fk.columnNames);
    }
    return tables;
  };
}

async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  readUnnamedConstraints(dataSource);
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

function tableNames(): string[] {
  return (
    rawConnection(ds)
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .all() as { name: string }[]
  ).map((t) => t.name);
}

describe('entities and migrated schema', () => {
  it('every table has an entity, and every entity a table (exclusions listed with a reason)', () => {
    const withEntity = ds.entityMetadatas.map((m) => m.tableName).sort();
    const expected = tableNames().filter((name) => !(name in NOT_ENTITIES));
    expect(withEntity).toEqual(expected);
    expect(withEntity.length).toBeGreaterThan(50);
    // an exclusion that no longer names a table is stale
    for (const name of Object.keys(NOT_ENTITIES)) expect(tableNames()).toContain(name);
  });

  it("TypeORM's schema builder finds nothing to change", async () => {
    const changes = await pendingSchemaChanges(ds);
    expect(changes, changes.join('\n')).toEqual([]);
  });

  it('reads the unnamed checks and foreign keys, so a check is a real comparison', async () => {
    const runner = ds.driver.createQueryRunner('master');
    readUnnamedConstraints(ds);
    const [actions] = await runner.getTables(['actions']);
    if (!actions) throw new Error('no actions table');
    expect(actions.checks.map((c) => c.expression)).toEqual([
      "priority IN ('low','medium','high')",
      "status IN ('open','in_progress','blocked','done','cancelled')",
    ]);
    expect(actions.foreignKeys.map((fk) => [fk.referencedTableName, fk.onDelete]).sort()).toEqual([
      ['agencies', 'RESTRICT'],
      ['agenda_items', 'SET NULL'],
      ['bodies', 'RESTRICT'],
      ['decisions', 'SET NULL'],
      ['focal_points', 'SET NULL'],
      ['meetings', 'RESTRICT'],
    ]);
  });

  it('a drifted entity (check, default, index, foreign key, nullability) is reported', async () => {
    const o = (schema: EntitySchema) => schema.options;
    const drifted = ENTITIES.map((entity) => {
      if (entity === ActionEntity) {
        // one status fewer in the check
        return new EntitySchema({
          ...o(ActionEntity),
          checks: [
            { expression: "priority IN ('low','medium','high')" },
            { expression: "status IN ('open','in_progress','blocked','done')" },
          ],
        });
      }
      if (entity === AgencyEntity) {
        // another default
        const columns = { ...o(AgencyEntity).columns };
        columns.notes = { type: 'text', default: 'x' };
        return new EntitySchema({ ...o(AgencyEntity), columns });
      }
      if (entity === MeetingEntity) {
        // a foreign key with another ON DELETE
        return new EntitySchema({
          ...o(MeetingEntity),
          foreignKeys: o(MeetingEntity).foreignKeys?.map((fk) => ({ ...fk, onDelete: 'CASCADE' })),
        });
      }
      if (entity === TrainingEntity) {
        // an index missing
        return new EntitySchema({
          ...o(TrainingEntity),
          indices: o(TrainingEntity).indices?.filter((i) => i.name !== 'trainings_date'),
        });
      }
      if (entity === SavedFilterEntity) {
        // a NOT NULL column declared nullable
        const columns = { ...o(SavedFilterEntity).columns };
        columns.name = { type: 'text', nullable: true };
        return new EntitySchema({ ...o(SavedFilterEntity), columns });
      }
      return entity;
    });
    const other = new DataSource({ ...ds.options, entities: drifted } as typeof ds.options);
    await other.initialize();
    try {
      const changes = await pendingSchemaChanges(other);
      const touched = new Set(
        changes.flatMap((q) =>
          [...q.matchAll(/(?:TABLE|ON|INTO) "(?:temporary_)?(\w+)"/g)].map((m) => m[1]),
        ),
      );
      // tables rebuilt (SQLite's way to change a column, check or foreign key), and the index
      expect([...touched].sort()).toEqual(['actions', 'agencies', 'meetings', 'saved_filters']);
      expect(changes).toContain('DROP INDEX "trainings_date"');
    } finally {
      await other.destroy();
    }
  });

  it('index column order, partial-index WHERE, WITHOUT ROWID and foreign keys match exactly', () => {
    const raw = rawConnection(ds);
    const mismatches: string[] = [];
    const byTable = (table: string): EntityMetadata =>
      ds.entityMetadatas.find((m) => m.tableName === table) as EntityMetadata;
    for (const meta of ds.entityMetadatas) {
      const table = meta.tableName;
      const { sql } = raw
        .prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`)
        .get(table) as { sql: string };
      if (meta.withoutRowid !== sql.includes('WITHOUT ROWID')) {
        mismatches.push(`${table}: WITHOUT ROWID`);
      }
      const dbIndices = (
        raw
          .prepare(
            `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`,
          )
          .all(table) as { name: string; sql: string }[]
      ).map((index) => {
        const columns = (
          raw.pragma(`index_info(${index.name})`) as { seqno: number; name: string }[]
        )
          .sort((a, b) => a.seqno - b.seqno)
          .map((c) => c.name);
        const where = /WHERE (.*)/.exec(index.sql)?.[1];
        return `${index.name}(${columns.join(',')})${where ? ` WHERE ${where}` : ''}`;
      });
      const entityIndices = meta.indices.map(
        (index) =>
          `${index.name}(${index.columns.map((c) => c.databaseName).join(',')})${index.where ? ` WHERE ${index.where}` : ''}`,
      );
      if (dbIndices.sort().join() !== entityIndices.sort().join()) {
        mismatches.push(`${table}: indices ${dbIndices.join(' ')} vs ${entityIndices.join(' ')}`);
      }
      const dbFks = (
        raw.pragma(`foreign_key_list(${table})`) as {
          id: number;
          seq: number;
          table: string;
          from: string;
          to: string;
          on_delete: string;
          on_update: string;
        }[]
      )
        .sort((a, b) => a.id - b.id || a.seq - b.seq)
        .reduce<Map<number, string[]>>((acc, fk) => {
          const parts = acc.get(fk.id) ?? [];
          parts.push(`${fk.from}->${fk.table}.${fk.to} ${fk.on_delete}/${fk.on_update}`);
          return acc.set(fk.id, parts);
        }, new Map());
      const entityFks = meta.foreignKeys.map((fk) =>
        fk.columns
          .map(
            (c, i) =>
              `${c.databaseName}->${byTable(fk.referencedTablePath).tableName}.${fk.referencedColumns[i]?.databaseName} ${fk.onDelete}/${fk.onUpdate}`,
          )
          .join(' '),
      );
      const dbFkText = [...dbFks.values()].map((parts) => parts.join(' '));
      if (dbFkText.sort().join() !== entityFks.sort().join()) {
        mismatches.push(`${table}: foreign keys ${dbFkText.join(', ')} vs ${entityFks.join(', ')}`);
      }
    }
    expect(mismatches, mismatches.join('\n')).toEqual([]);
  });
});
