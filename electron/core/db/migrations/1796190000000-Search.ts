/**
 * Full-text search: the version of the search index's definition. The index itself (its
 * tables, the FTS5 table and the triggers on every source table) is built by
 * `electron/core/search/searchIndex.ts` when a workspace is opened and the stored version
 * differs from the code's — here 0, so the first open after this migration builds it from the
 * tables. A later change of what is indexed only bumps the code's version: the index then
 * rebuilds itself on the next open.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Search1796190000000 implements MigrationInterface {
  name = 'Search1796190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_index_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      )`);
    await q.query(`INSERT INTO search_index_meta (id, version) VALUES (1, 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const triggers = (await q.query(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'`,
    )) as { name: string }[];
    for (const t of triggers) await q.query(`DROP TRIGGER "${t.name}"`);
    await q.query(`DROP TABLE IF EXISTS search_fts`);
    await q.query(`DROP TABLE IF EXISTS search_docs`);
    await q.query(`DROP TABLE search_index_meta`);
  }
}
