/**
 * Changing the capacity-building log: create, update (a partial patch; `agencies` given
 * replaces the rows of agencies trained) and remove. References are checked first, so a
 * refusal leaves the log as it was.
 */
import type { z } from 'zod';
import type {
  trainedAgencySchema,
  trainingCreateSchema,
  trainingUpdateSchema,
} from '../../../shared/contract/trainings';
import { DomainError } from '../../../shared/errors';
import { newId, one, rows, type Db } from '../db/sql';

type TrainingCreate = z.output<typeof trainingCreateSchema>;
type TrainingUpdate = z.output<typeof trainingUpdateSchema>;
type TrainedAgency = z.output<typeof trainedAgencySchema>;

function invalid(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError('VALIDATION', message, { field, ...extra });
}

async function assertTrainer(db: Db, id: string | null, previous: string | null): Promise<void> {
  if (!id) return;
  const row = await one<{ archived_at: string | null }>(
    db,
    'SELECT archived_at FROM agencies WHERE id = ?',
    [id],
  );
  if (!row) invalid('trainerAgencyId', 'The trainer agency does not exist.');
  if (row.archived_at && id !== previous) {
    invalid('trainerAgencyId', 'The trainer agency is archived.');
  }
}

async function assertPillar(db: Db, id: string | null): Promise<void> {
  if (!id) return;
  const row = await one<{ id: string }>(db, 'SELECT id FROM nap_pillars WHERE id = ?', [id]);
  if (!row) invalid('napPillarId', 'The NAP pillar does not exist.');
}

/** Distinct, known agencies; an archived one only if it was already recorded. */
async function assertTrained(
  db: Db,
  list: readonly TrainedAgency[],
  kept: ReadonlySet<string>,
): Promise<void> {
  const ids = list.map((a) => a.agencyId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) invalid('agencies', 'An agency is listed twice.', { ids: [duplicate] });
  if (ids.length === 0) return;
  const found = await rows<{ id: string; archived_at: string | null }>(
    db,
    'SELECT id, archived_at FROM agencies WHERE id IN (SELECT value FROM json_each(?))',
    [JSON.stringify(ids)],
  );
  const known = new Map(found.map((r) => [r.id, r.archived_at]));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) invalid('agencies', 'A trained agency does not exist.', { ids: missing });
  const archived = ids.filter((id) => known.get(id) && !kept.has(id));
  if (archived.length) invalid('agencies', 'A trained agency is archived.', { ids: archived });
}

function assertDates(date: string, endDate: string | null): void {
  if (endDate && endDate < date) invalid('endDate', 'A training cannot end before it starts.');
}

async function storeTrained(db: Db, id: string, list: readonly TrainedAgency[]): Promise<void> {
  await db.query('DELETE FROM training_agencies WHERE training_id = ?', [id]);
  for (const a of list) {
    await db.query(
      `INSERT INTO training_agencies (training_id, agency_id, female, male, other)
       VALUES (?, ?, ?, ?, ?)`,
      [id, a.agencyId, a.female, a.male, a.other],
    );
  }
}

export async function createTraining(db: Db, input: TrainingCreate, at: string): Promise<string> {
  const endDate = input.endDate ?? null;
  assertDates(input.date, endDate);
  await assertTrainer(db, input.trainerAgencyId ?? null, null);
  await assertPillar(db, input.napPillarId ?? null);
  const agencies = input.agencies ?? [];
  await assertTrained(db, agencies, new Set());
  const id = newId();
  await db.query(
    `INSERT INTO trainings (id, date, end_date, topic, organiser, trainer_agency_id, nap_pillar_id,
       format, hours, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      input.date,
      endDate,
      input.topic,
      input.organiser ?? '',
      input.trainerAgencyId ?? null,
      input.napPillarId ?? null,
      input.format,
      input.hours ?? 0,
      input.notes ?? '',
      at,
      at,
    ],
  );
  await storeTrained(db, id, agencies);
  return id;
}

interface StoredTraining {
  date: string;
  end_date: string | null;
  topic: string;
  organiser: string;
  trainer_agency_id: string | null;
  nap_pillar_id: string | null;
  format: string;
  hours: number;
  notes: string;
}

async function findTraining(db: Db, id: string): Promise<StoredTraining> {
  const row = await one<StoredTraining>(
    db,
    `SELECT date, end_date, topic, organiser, trainer_agency_id, nap_pillar_id, format, hours, notes
     FROM trainings WHERE id = ?`,
    [id],
  );
  if (!row) throw new DomainError('NOT_FOUND', 'This training does not exist.', { id });
  return row;
}

export async function updateTraining(db: Db, input: TrainingUpdate, at: string): Promise<void> {
  const row = await findTraining(db, input.id);
  const pick = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);
  const date = pick(input.date, row.date);
  const endDate = pick(input.endDate, row.end_date);
  assertDates(date, endDate);
  const trainer = pick(input.trainerAgencyId, row.trainer_agency_id);
  await assertTrainer(db, trainer, row.trainer_agency_id);
  const pillar = pick(input.napPillarId, row.nap_pillar_id);
  if (pillar !== row.nap_pillar_id) await assertPillar(db, pillar);
  if (input.agencies) {
    const before = await rows<{ agency_id: string }>(
      db,
      'SELECT agency_id FROM training_agencies WHERE training_id = ?',
      [input.id],
    );
    await assertTrained(db, input.agencies, new Set(before.map((r) => r.agency_id)));
  }
  await db.query(
    `UPDATE trainings SET date = ?, end_date = ?, topic = ?, organiser = ?, trainer_agency_id = ?,
       nap_pillar_id = ?, format = ?, hours = ?, notes = ?, updated_at = ? WHERE id = ?`,
    [
      date,
      endDate,
      pick(input.topic, row.topic),
      pick(input.organiser, row.organiser),
      trainer,
      pillar,
      pick(input.format, row.format),
      pick(input.hours, row.hours),
      pick(input.notes, row.notes),
      at,
      input.id,
    ],
  );
  if (input.agencies) await storeTrained(db, input.id, input.agencies);
}

export async function removeTraining(db: Db, id: string): Promise<void> {
  await findTraining(db, id);
  await db.query('DELETE FROM trainings WHERE id = ?', [id]);
}
