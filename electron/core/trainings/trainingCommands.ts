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
import { In } from 'typeorm';
import { AgencyEntity } from '../db/entities/agencies';
import { NapPillarEntity } from '../db/entities/nap';
import { TrainingAgencyEntity, TrainingEntity, type TrainingRow } from '../db/entities/trainings';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';

type TrainingCreate = z.output<typeof trainingCreateSchema>;
type TrainingUpdate = z.output<typeof trainingUpdateSchema>;
type TrainedAgency = z.output<typeof trainedAgencySchema>;

function invalid(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError('VALIDATION', message, { field, ...extra });
}

async function assertTrainer(
  db: ReadableDB,
  id: string | null,
  previous: string | null,
): Promise<void> {
  if (!id) return;
  const row = await db
    .getRepository(AgencyEntity)
    .findOne({ select: { id: true, archivedAt: true }, where: { id } });
  if (!row) invalid('trainerAgencyId', 'The trainer agency does not exist.');
  if (row.archivedAt && id !== previous) {
    invalid('trainerAgencyId', 'The trainer agency is archived.');
  }
}

async function assertPillar(db: ReadableDB, id: string | null): Promise<void> {
  if (!id) return;
  const row = await db.getRepository(NapPillarEntity).existsBy({ id });
  if (!row) invalid('napPillarId', 'The NAP pillar does not exist.');
}

/** Distinct, known agencies; an archived one only if it was already recorded. */
async function assertTrained(
  db: ReadableDB,
  list: readonly TrainedAgency[],
  kept: ReadonlySet<string>,
): Promise<void> {
  const ids = list.map((a) => a.agencyId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) invalid('agencies', 'An agency is listed twice.', { ids: [duplicate] });
  if (ids.length === 0) return;
  const found = await db
    .getRepository(AgencyEntity)
    .find({ select: { id: true, archivedAt: true }, where: { id: In(ids) } });
  const known = new Map(found.map((r) => [r.id, r.archivedAt]));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) invalid('agencies', 'A trained agency does not exist.', { ids: missing });
  const archived = ids.filter((id) => known.get(id) && !kept.has(id));
  if (archived.length) invalid('agencies', 'A trained agency is archived.', { ids: archived });
}

function assertDates(date: string, endDate: string | null): void {
  if (endDate && endDate < date) invalid('endDate', 'A training cannot end before it starts.');
}

async function storeTrained(
  db: WritableDB,
  id: string,
  list: readonly TrainedAgency[],
): Promise<void> {
  await db.getRepository(TrainingAgencyEntity).delete({ trainingId: id });
  if (list.length === 0) return;
  await insertRows(
    db,
    TrainingAgencyEntity,
    list.map((a) => ({
      trainingId: id,
      agencyId: a.agencyId,
      female: a.female,
      male: a.male,
      other: a.other,
    })),
  );
}

export async function createTraining(
  db: WritableDB,
  input: TrainingCreate,
  at: string,
): Promise<string> {
  const endDate = input.endDate ?? null;
  assertDates(input.date, endDate);
  await assertTrainer(db, input.trainerAgencyId ?? null, null);
  await assertPillar(db, input.napPillarId ?? null);
  const agencies = input.agencies ?? [];
  await assertTrained(db, agencies, new Set());
  const id = newId();
  await insertRows(db, TrainingEntity, {
    id,
    date: input.date,
    endDate,
    topic: input.topic,
    organiser: input.organiser ?? '',
    trainerAgencyId: input.trainerAgencyId ?? null,
    napPillarId: input.napPillarId ?? null,
    format: input.format,
    hours: input.hours ?? 0,
    notes: input.notes ?? '',
    createdAt: at,
    updatedAt: at,
  });
  await storeTrained(db, id, agencies);
  return id;
}

async function findTraining(db: ReadableDB, id: string): Promise<TrainingRow> {
  const row = await db.getRepository(TrainingEntity).findOneBy({ id });
  if (!row) throw new DomainError('NOT_FOUND', 'This training does not exist.', { id });
  return row;
}

export async function updateTraining(
  db: WritableDB,
  input: TrainingUpdate,
  at: string,
): Promise<void> {
  const row = await findTraining(db, input.id);
  const pick = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);
  const date = pick(input.date, row.date);
  const endDate = pick(input.endDate, row.endDate);
  assertDates(date, endDate);
  const trainer = pick(input.trainerAgencyId, row.trainerAgencyId);
  await assertTrainer(db, trainer, row.trainerAgencyId);
  const pillar = pick(input.napPillarId, row.napPillarId);
  if (pillar !== row.napPillarId) await assertPillar(db, pillar);
  if (input.agencies) {
    const before = await db.getRepository(TrainingAgencyEntity).find({
      select: { trainingId: true, agencyId: true },
      where: { trainingId: input.id },
    });
    await assertTrained(db, input.agencies, new Set(before.map((r) => r.agencyId)));
  }
  await db.getRepository(TrainingEntity).update(
    { id: input.id },
    {
      date,
      endDate,
      topic: pick(input.topic, row.topic),
      organiser: pick(input.organiser, row.organiser),
      trainerAgencyId: trainer,
      napPillarId: pillar,
      format: pick(input.format, row.format),
      hours: pick(input.hours, row.hours),
      notes: pick(input.notes, row.notes),
      updatedAt: at,
    },
  );
  if (input.agencies) await storeTrained(db, input.id, input.agencies);
}

export async function removeTraining(db: WritableDB, id: string): Promise<void> {
  await findTraining(db, id);
  await db.getRepository(TrainingEntity).delete({ id });
}
