/** First schema: workspace metadata and settings. */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1796006829574 implements MigrationInterface {
  name = 'Init1796006829574';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workspace_settings (
        id TEXT PRIMARY KEY NOT NULL,
        task_force_name TEXT NOT NULL,
        country TEXT NOT NULL DEFAULT '',
        default_language TEXT NOT NULL DEFAULT 'en' CHECK (default_language IN ('en','es','fr')),
        letterhead_text TEXT NOT NULL DEFAULT '',
        classification_marking TEXT NOT NULL DEFAULT '',
        k_anonymity INTEGER NOT NULL DEFAULT 5 CHECK (k_anonymity BETWEEN 2 AND 50),
        auto_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (auto_lock_minutes BETWEEN 0 AND 240),
        paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4','Letter')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workspace_settings`);
  }
}
