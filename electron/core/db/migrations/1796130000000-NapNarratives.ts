/**
 * The narratives of the NAP progress report, per plan and reporting period (a period id, or
 * "from..to" for a span of dates): the executive narrative and, per pillar, achievements,
 * challenges and recommendations, each in the document languages; and the report's "final"
 * flag (DRAFT until then). Removed with their plan (and pillar).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NapNarratives1796130000000 implements MigrationInterface {
  name = 'NapNarratives1796130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE nap_report_narratives (
         plan_id TEXT NOT NULL REFERENCES nap_plans(id) ON DELETE CASCADE,
         period_key TEXT NOT NULL CHECK (length(period_key) BETWEEN 1 AND 80),
         pillar_id TEXT REFERENCES nap_pillars(id) ON DELETE CASCADE,
         section TEXT NOT NULL,
         kind TEXT NOT NULL
           CHECK (kind IN ('executive', 'achievements', 'challenges', 'recommendations')),
         language TEXT NOT NULL CHECK (language IN ('en', 'es', 'fr')),
         text TEXT NOT NULL CHECK (length(text) <= 20000),
         updated_at TEXT NOT NULL,
         PRIMARY KEY (plan_id, period_key, section, kind, language)
       )`,
    );
    await q.query(
      `CREATE TABLE nap_report_versions (
         plan_id TEXT NOT NULL REFERENCES nap_plans(id) ON DELETE CASCADE,
         period_key TEXT NOT NULL CHECK (length(period_key) BETWEEN 1 AND 80),
         final INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1)),
         updated_at TEXT NOT NULL,
         PRIMARY KEY (plan_id, period_key)
       )`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE nap_report_versions');
    await q.query('DROP TABLE nap_report_narratives');
  }
}
