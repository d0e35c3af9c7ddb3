/**
 * Reading the capacity-building log: trainings with their trainer, pillar and the agencies
 * trained, and the totals per agency and per NAP pillar over a period.
 */
import type { z } from 'zod';
import type {
  Training,
  TRAINING_FORMATS,
  trainingListInputSchema,
  TrainingSummary,
} from '../../../shared/contract/trainings';
import { DomainError } from '../../../shared/errors';
import type { AgencyRow } from '../db/entities/agencies';
import type { TrainingAgencyRow, TrainingRow } from '../db/entities/trainings';
import { rows, type ReadableDB } from '../db/sql';

type ListInput = z.output<typeof trainingListInputSchema>;

/** A training with its trainer agency and NAP pillar, as {@link SELECT} reads it. */
export type TrainingJoinRow = Pick<
  TrainingRow,
  'id' | 'date' | 'topic' | 'organiser' | 'hours' | 'notes'
> & {
  end_date: string | null;
  trainer_id: string | null;
  trainer_name: string | null;
  trainer_acronym: string | null;
  pillar_id: string | null;
  pillar_name: string | null;
  pillar_plan_id: string | null;
  format: (typeof TRAINING_FORMATS)[number];
  created_at: string;
  updated_at: string;
};

/** An agency trained at a training, with its participants. */
export type TrainedAgencyRow = Pick<AgencyRow, 'id' | 'name' | 'acronym'> &
  Pick<TrainingAgencyRow, 'female' | 'male' | 'other'> & { training_id: string };

/** Totals of trainings per agency. */
export type AgencyTotalsRow = TotalsRow & Pick<AgencyRow, 'id' | 'name' | 'acronym'>;

/** Totals of trainings per NAP pillar (null: no pillar). */
export type PillarTotalsRow = TotalsRow & { id: string | null; name: string | null };

const SELECT = `SELECT t.id, t.date, t.end_date, t.topic, t.organiser,
    g.id AS trainer_id, g.name AS trainer_name, g.acronym AS trainer_acronym,
    p.id AS pillar_id, p.name AS pillar_name, p.plan_id AS pillar_plan_id,
    t.format, t.hours, t.notes, t.created_at, t.updated_at
  FROM trainings t
  LEFT JOIN agencies g ON g.id = t.trainer_agency_id
  LEFT JOIN nap_pillars p ON p.id = t.nap_pillar_id`;

/**
 * Hot query (trainings:list): the agencies trained at each training of the list (also of
 * trainings:get), by name — one join for the whole list.
 */
async function toDtos(db: ReadableDB, found: TrainingJoinRow[]): Promise<Training[]> {
  if (found.length === 0) return [];
  const trained = await rows<TrainedAgencyRow>(
    db,
    `SELECT l.training_id, g.id, g.name, g.acronym, l.female, l.male, l.other
     FROM training_agencies l JOIN agencies g ON g.id = l.agency_id
     WHERE l.training_id IN (SELECT value FROM json_each(?))
     ORDER BY g.name COLLATE NOCASE, g.id`,
    [JSON.stringify(found.map((r) => r.id))],
  );
  const byTraining = new Map<string, Training['agencies']>();
  for (const r of trained) {
    const list = byTraining.get(r.training_id) ?? [];
    list.push({
      agency: { id: r.id, name: r.name, acronym: r.acronym },
      female: r.female,
      male: r.male,
      other: r.other,
    });
    byTraining.set(r.training_id, list);
  }
  return found.map((r) => {
    const agencies = byTraining.get(r.id) ?? [];
    return {
      id: r.id,
      date: r.date,
      endDate: r.end_date,
      topic: r.topic,
      organiser: r.organiser,
      trainerAgency: r.trainer_id
        ? { id: r.trainer_id, name: r.trainer_name ?? '', acronym: r.trainer_acronym ?? '' }
        : null,
      napPillar: r.pillar_id
        ? { id: r.pillar_id, name: r.pillar_name ?? '', planId: r.pillar_plan_id ?? '' }
        : null,
      format: r.format,
      hours: r.hours,
      agencies,
      participants: agencies.reduce((sum, a) => sum + a.female + a.male + a.other, 0),
      notes: r.notes,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

/** Hot query (trainings:get): one training with its trainer agency and NAP pillar. */
export async function getTraining(db: ReadableDB, id: string): Promise<Training> {
  const found = await rows<TrainingJoinRow>(db, `${SELECT} WHERE t.id = ?`, [id]);
  if (found.length === 0) {
    throw new DomainError('NOT_FOUND', 'This training does not exist.', { id });
  }
  return (await toDtos(db, found))[0]!;
}

/** The period condition on `t.date` (both ends included). */
function period(input: { from?: string; to?: string }): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.from) {
    where.push('t.date >= ?');
    params.push(input.from);
  }
  if (input.to) {
    where.push('t.date <= ?');
    params.push(input.to);
  }
  return { where, params };
}

/** Hot query (trainings:list): trainings with their trainer and pillar, newest first. */
export async function listTrainings(
  db: ReadableDB,
  input: ListInput,
): Promise<{ items: Training[] }> {
  const { where, params } = period(input);
  if (input.agencyId) {
    where.push(
      'EXISTS (SELECT 1 FROM training_agencies l WHERE l.training_id = t.id AND l.agency_id = ?)',
    );
    params.push(input.agencyId);
  }
  if (input.napPillarId) {
    where.push('t.nap_pillar_id = ?');
    params.push(input.napPillarId);
  }
  const found = await rows<TrainingJoinRow>(
    db,
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY t.date DESC, t.topic COLLATE NOCASE, t.id`,
    params,
  );
  return { items: await toDtos(db, found) };
}

/** Sums of participants and participant-hours over some trainings. */
export interface TotalsRow {
  trainings: number;
  female: number | null;
  male: number | null;
  other: number | null;
  hours: number | null;
}

function totals(r: TotalsRow | undefined) {
  const female = r?.female ?? 0;
  const male = r?.male ?? 0;
  const other = r?.other ?? 0;
  return {
    trainings: r?.trainings ?? 0,
    female,
    male,
    other,
    participants: female + male + other,
    hours: r?.hours ?? 0,
  };
}

/**
 * Hot query (trainings:summary): totals over [from, to] (training dates): trainings counted, participants by sex and
 * participant-hours (participants × the training's hours). Per agency: the trainings that
 * trained it and its own participants; per pillar (null: no pillar): all participants.
 */
export async function trainingSummary(
  db: ReadableDB,
  input: { from?: string; to?: string },
): Promise<TrainingSummary> {
  const { where, params } = period(input);
  const scope = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sums = `SUM(l.female) AS female, SUM(l.male) AS male, SUM(l.other) AS other,
    SUM((l.female + l.male + l.other) * t.hours) AS hours`;
  const [total] = await rows<TotalsRow>(
    db,
    `SELECT (SELECT COUNT(*) FROM trainings t ${scope}) AS trainings, ${sums}
     FROM trainings t JOIN training_agencies l ON l.training_id = t.id ${scope}`,
    [...params, ...params],
  );
  const byAgency = await rows<AgencyTotalsRow>(
    db,
    `SELECT g.id, g.name, g.acronym, COUNT(DISTINCT t.id) AS trainings, ${sums}
     FROM trainings t JOIN training_agencies l ON l.training_id = t.id
     JOIN agencies g ON g.id = l.agency_id ${scope}
     GROUP BY g.id ORDER BY g.name COLLATE NOCASE, g.id`,
    params,
  );
  const byPillar = await rows<PillarTotalsRow>(
    db,
    `SELECT p.id, p.name, COUNT(DISTINCT t.id) AS trainings, ${sums}
     FROM trainings t LEFT JOIN training_agencies l ON l.training_id = t.id
     LEFT JOIN nap_pillars p ON p.id = t.nap_pillar_id ${scope}
     GROUP BY p.id ORDER BY p.id IS NULL, p.name COLLATE NOCASE, p.id`,
    params,
  );
  return {
    from: input.from ?? null,
    to: input.to ?? null,
    total: totals(total),
    byAgency: byAgency.map((r) => ({
      agency: { id: r.id, name: r.name, acronym: r.acronym },
      ...totals(r),
    })),
    byPillar: byPillar.map((r) => ({
      pillar: r.id ? { id: r.id, name: r.name ?? '' } : null,
      ...totals(r),
    })),
  };
}
