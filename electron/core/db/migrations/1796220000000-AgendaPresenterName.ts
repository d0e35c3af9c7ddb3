/**
 * An agenda item's presenter can be a person (a focal point, or a guest typed by name) as well
 * as, or instead of, an agency.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgendaPresenterName1796220000000 implements MigrationInterface {
  name = 'AgendaPresenterName1796220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agenda_items ADD COLUMN presenter_name TEXT NOT NULL DEFAULT ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agenda_items DROP COLUMN presenter_name`);
  }
}
