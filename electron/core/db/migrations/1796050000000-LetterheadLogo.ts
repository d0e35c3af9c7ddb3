/** The letterhead logo printed at the top of every exported document (one image, or none). */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterheadLogo1796050000000 implements MigrationInterface {
  name = 'LetterheadLogo1796050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE letterhead_logo (
        id TEXT PRIMARY KEY NOT NULL CHECK (id = 'workspace'),
        image BLOB NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('png','jpg')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        updated_at TEXT NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letterhead_logo`);
  }
}
