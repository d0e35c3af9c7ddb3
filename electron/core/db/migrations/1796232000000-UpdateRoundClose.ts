/**
 * Update rounds can be closed (a returned form of a closed round is refused) and can cover a
 * reporting period of the National Action Plan (the forms then hold the agency's activities
 * and indicators for that period).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UpdateRoundClose1796232000000 implements MigrationInterface {
  name = 'UpdateRoundClose1796232000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE update_rounds ADD COLUMN closed_at TEXT`);
    // No foreign key (a column in one cannot be dropped again): a period regenerated away
    // leaves the round without its period, read as none.
    await q.query(`ALTER TABLE update_rounds ADD COLUMN nap_period_id TEXT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE update_rounds DROP COLUMN nap_period_id`);
    await q.query(`ALTER TABLE update_rounds DROP COLUMN closed_at`);
  }
}
