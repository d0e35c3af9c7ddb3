/**
 * Who signs the secretariat's letters (follow-up letters to agencies): a name and a title,
 * printed in each letter's signatory block. Empty for existing workspaces: the letters are
 * then signed "The secretariat" until the settings say who.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Signatory1796100000000 implements MigrationInterface {
  name = 'Signatory1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN signatory_name TEXT NOT NULL DEFAULT ''
       CHECK (length(signatory_name) <= 200)`,
    );
    await q.query(
      `ALTER TABLE workspace_settings ADD COLUMN signatory_title TEXT NOT NULL DEFAULT ''
       CHECK (length(signatory_title) <= 200)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN signatory_title`);
    await q.query(`ALTER TABLE workspace_settings DROP COLUMN signatory_name`);
  }
}
