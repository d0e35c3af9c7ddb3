/**
 * A round as recorded: planned (who is included — agencies with open actions of the body, and
 * with a NAP period the lead agencies of the plan's activities running in it — checked, its
 * signing secret made), recorded (one row per agency), loaded again for its forms, and closed.
 */
import type { Round } from '../../../shared/contract/roundTrip';
import { addDays, daysBetween, OPEN_ACTION_STATUSES } from '../../../shared/domain/actions';
import type { Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import { In } from 'typeorm';
import type { ActionRow } from '../db/entities/actions';
import { AgencyEntity } from '../db/entities/agencies';
import { BodyEntity } from '../db/entities/bodies';
import { UpdateRoundAgencyEntity, UpdateRoundEntity } from '../db/entities/roundTrip';
import { insertRows, newId, placeholders, rows, type WritableDB, type ReadableDB } from '../db/sql';
import { findRound, type RoundRecord } from './formPreview';
import { newRoundSecret } from './formSignature';
import { napItemCounts, napPeriodOf, requirePeriod, type NapPeriodRecord } from './napFormRows';

export interface PlannedRound {
  round: Round;
  secret: string;
  period: NapPeriodRecord | null;
  createdAt: string;
}

/** How many open actions of a body an agency owns. */
export type OwnedActionCount = { agency_id: NonNullable<ActionRow['ownerAgencyId']>; n: number };

/** Hot query (roundTrip:createRound): open actions of the body counted per owner agency. */
function openActionCounts(db: ReadableDB, bodyId: string): Promise<OwnedActionCount[]> {
  return rows<OwnedActionCount>(
    db,
    `SELECT owner_agency_id AS agency_id, count(*) AS n FROM actions
     WHERE body_id = ? AND status IN (${placeholders(OPEN_ACTION_STATUSES)})
       AND owner_agency_id IS NOT NULL
     GROUP BY owner_agency_id`,
    [bodyId, ...OPEN_ACTION_STATUSES],
  );
}

/** Who a new round includes, checked; nothing is written. */
export async function planRound(
  db: ReadableDB,
  input: { bodyId: string; replyBy?: string; language: Language; napPeriodId?: string },
  at: Date,
  today: string,
): Promise<PlannedRound> {
  const replyBy = input.replyBy ?? addDays(today, 14);
  if (daysBetween(today, replyBy) < 0) {
    throw new DomainError('VALIDATION', 'The reply date cannot be in the past.', {
      field: 'replyBy',
    });
  }
  const body = await db
    .getRepository(BodyEntity)
    .findOne({ select: { id: true, name: true }, where: { id: input.bodyId } });
  if (!body) {
    throw new DomainError('NOT_FOUND', 'This coordination body does not exist.', {
      bodyId: input.bodyId,
    });
  }
  const period = input.napPeriodId ? await requirePeriod(db, input.napPeriodId) : null;
  const actions = await openActionCounts(db, input.bodyId);
  const napItems = period ? await napItemCounts(db, period) : new Map<string, number>();
  const ids = [...new Set([...actions.map((a) => a.agency_id), ...napItems.keys()])];
  if (ids.length === 0) {
    throw new DomainError('VALIDATION', 'No agency has anything to answer in this round.', {
      field: 'bodyId',
    });
  }
  const names = await db.getRepository(AgencyEntity).find({
    select: { id: true, name: true },
    where: { id: In(ids) },
    order: { name: 'ASC', id: 'ASC' },
  });
  const count = new Map(actions.map((a) => [a.agency_id, a.n]));
  return {
    secret: newRoundSecret(),
    period,
    createdAt: at.toISOString(),
    round: {
      id: newId(),
      body,
      language: input.language,
      issuedOn: today,
      replyBy,
      napPeriod: period
        ? { id: period.id, label: period.label, planId: period.planId, planTitle: period.planTitle }
        : null,
      agencies: names.map((g) => ({
        agencyId: g.id,
        name: g.name,
        actions: count.get(g.id) ?? 0,
        napItems: napItems.get(g.id) ?? 0,
      })),
    },
  };
}

export async function recordRound(db: WritableDB, planned: PlannedRound): Promise<void> {
  const { round } = planned;
  await insertRows(db, UpdateRoundEntity, {
    id: round.id,
    bodyId: round.body.id,
    secret: planned.secret,
    language: round.language,
    issuedOn: round.issuedOn,
    replyBy: round.replyBy,
    createdAt: planned.createdAt,
    napPeriodId: planned.period?.id ?? null,
  });
  const included = round.agencies.map((a) => ({
    roundId: round.id,
    agencyId: a.agencyId,
    actions: a.actions,
  }));
  for (let i = 0; i < included.length; i += 400) {
    await insertRows(db, UpdateRoundAgencyEntity, included.slice(i, i + 400));
  }
}

export interface LoadedRound {
  record: RoundRecord;
  period: NapPeriodRecord | null;
  agencyIds: string[];
}

/** A round to make forms for: NOT_FOUND when unknown, refused when closed. */
export async function openRound(db: ReadableDB, roundId: string): Promise<LoadedRound> {
  const record = await findRound(db, roundId);
  if (!record) throw new DomainError('NOT_FOUND', 'There is no such round.', { field: 'roundId' });
  if (record.closedAt) {
    throw new DomainError('VALIDATION', 'This round is closed.', { reason: 'closed_round' });
  }
  const agencies = await db.getRepository(UpdateRoundAgencyEntity).find({
    select: { agencyId: true },
    where: { roundId },
    order: { agencyId: 'ASC' },
  });
  return {
    record,
    period: record.napPeriodId ? await napPeriodOf(db, record.napPeriodId) : null,
    agencyIds: agencies.map((a) => a.agencyId),
  };
}

/** Closes a round (once: a closed round keeps its first closing time). */
export async function closeRound(
  db: WritableDB,
  roundId: string,
  at: string,
): Promise<{ roundId: string; bodyId: string; closedAt: string; changed: boolean }> {
  const rounds = db.getRepository(UpdateRoundEntity);
  const round = await rounds.findOne({
    select: { bodyId: true, closedAt: true },
    where: { id: roundId },
  });
  if (!round) throw new DomainError('NOT_FOUND', 'There is no such round.', { field: 'roundId' });
  if (round.closedAt) {
    return { roundId, bodyId: round.bodyId, closedAt: round.closedAt, changed: false };
  }
  await rounds.update({ id: roundId }, { closedAt: at });
  return { roundId, bodyId: round.bodyId, closedAt: at, changed: true };
}
