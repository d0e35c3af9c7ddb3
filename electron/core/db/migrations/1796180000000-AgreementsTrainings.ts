/**
 * Two registers of the national coordination framework: agreements and SOPs (MoUs, bilateral
 * agreements, SOPs, protocols, referral mechanisms) with their parties (agencies, countries),
 * the bodies they frame and the NAP activities they serve; and the capacity-building log
 * (trainings, with the agencies trained and their participants by sex).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const DATE = (col: string) =>
  `(${col} IS NULL OR ${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

export class AgreementsTrainings1796180000000 implements MigrationInterface {
  name = 'AgreementsTrainings1796180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreements (
        id TEXT PRIMARY KEY NOT NULL,
        type TEXT NOT NULL CHECK (type IN
          ('mou','bilateral_agreement','sop','protocol','referral_mechanism','other')),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        signed_on TEXT CHECK ${DATE('signed_on')},
        in_force_from TEXT CHECK ${DATE('in_force_from')},
        review_on TEXT CHECK ${DATE('review_on')},
        status TEXT NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft','in_force','under_review','expired')),
        location TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX agreements_review ON agreements (archived, review_on)`);
    await q.query(`
      CREATE TABLE agreement_agencies (
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agencies (id),
        PRIMARY KEY (agreement_id, agency_id)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX agreement_agencies_agency ON agreement_agencies (agency_id)`);
    await q.query(`
      CREATE TABLE agreement_countries (
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        country TEXT NOT NULL CHECK (country GLOB '[A-Z][A-Z]'),
        PRIMARY KEY (agreement_id, country)
      ) WITHOUT ROWID`);
    await q.query(`
      CREATE TABLE agreement_bodies (
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        body_id TEXT NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
        PRIMARY KEY (agreement_id, body_id)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX agreement_bodies_body ON agreement_bodies (body_id)`);
    await q.query(`
      CREATE TABLE agreement_activities (
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        activity_id TEXT NOT NULL REFERENCES nap_activities (id) ON DELETE CASCADE,
        PRIMARY KEY (agreement_id, activity_id)
      ) WITHOUT ROWID`);
    await q.query(
      `CREATE INDEX agreement_activities_activity ON agreement_activities (activity_id)`,
    );
    await q.query(`
      CREATE TABLE trainings (
        id TEXT PRIMARY KEY NOT NULL,
        date TEXT NOT NULL CHECK ${DATE('date')},
        end_date TEXT CHECK (${DATE('end_date')} AND (end_date IS NULL OR end_date >= date)),
        topic TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 300),
        organiser TEXT NOT NULL DEFAULT '',
        trainer_agency_id TEXT REFERENCES agencies (id),
        nap_pillar_id TEXT REFERENCES nap_pillars (id) ON DELETE SET NULL,
        format TEXT NOT NULL CHECK (format IN ('in_person','online','blended','study_visit')),
        hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0 AND hours <= 1000),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await q.query(`CREATE INDEX trainings_date ON trainings (date)`);
    await q.query(`CREATE INDEX trainings_pillar ON trainings (nap_pillar_id, date)`);
    await q.query(`
      CREATE TABLE training_agencies (
        training_id TEXT NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agencies (id),
        female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),
        male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),
        other INTEGER NOT NULL DEFAULT 0 CHECK (other >= 0),
        PRIMARY KEY (training_id, agency_id)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX training_agencies_agency ON training_agencies (agency_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'training_agencies',
      'trainings',
      'agreement_activities',
      'agreement_bodies',
      'agreement_countries',
      'agreement_agencies',
      'agreements',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
