/**
 * The action list's default view: one saved filter may be marked as the one the list opens
 * on (without a mark the list opens on the open actions).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DefaultActionFilter1796210000000 implements MigrationInterface {
  name = 'DefaultActionFilter1796210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE saved_filters ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX saved_filters_one_default ON saved_filters (scope) WHERE is_default = 1`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX saved_filters_one_default`);
    await q.query(`ALTER TABLE saved_filters DROP COLUMN is_default`);
  }
}
