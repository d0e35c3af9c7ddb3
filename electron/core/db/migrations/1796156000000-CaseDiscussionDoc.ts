/**
 * Discussion entries on cases become rich text: `doc` holds the entry as a document of the
 * minutes notes' subset (canonical JSON), beside `text`, its plain text, which the privacy guard
 * scans and lists show. Entries written before this migration keep `doc` NULL and are read as
 * one paragraph per line of their text (see `electron/core/cases/caseQueries.ts`): a migration
 * must not depend on the code that builds documents.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseDiscussionDoc1796156000000 implements MigrationInterface {
  name = 'CaseDiscussionDoc1796156000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE case_discussions ADD COLUMN doc TEXT
         CHECK (doc IS NULL OR (json_valid(doc) AND length(doc) <= 1000000))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_discussions DROP COLUMN doc`);
  }
}
