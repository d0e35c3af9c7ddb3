/**
 * A round as recorded: planned (who is included — agencies with open actions of the body, and
 * with a NAP period the lead agencies of the plan's activities running in it — checked, its
 * signing secret made), recorded (one row per agency), loaded again for its forms, and closed.
 */
import type { Round } from '../../../shared/contract/roundTrip';
import { addDays, daysBetween, OPEN_ACTION_STATUSES } from '../../../shared/domain/actions';
import type { Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import { newId, one, placeholders, rows, type WritableDB, type ReadableDB } from '../db/sql';
import { ROUND_SELECT, type RoundRecord } from './formPreview';
import { newRoundSecret } from './formSignature';
import { napItemCounts, napPeriodOf, requirePeriod, type NapPeriodRecord } from './napFormRows';

export interface PlannedRound {
  round: Round;
  secret: string;
  period: NapPeriodRecord | null;
  createdAt: string;
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
  const body = await one<{ id: string; name: string }>(
    db,
    'SELECT id, name FROM bodies WHERE id = ?',
    [input.bodyId],
  );
  if (!body) {
    throw new DomainError('NOT_FOUND', 'This coordination body does not exist.', {
      bodyId: input.bodyId,
    });
  }
  const period = input.napPeriodId ? await requirePeriod(db, input.napPeriodId) : null;
  const actions = await rows<{ agency_id: string; n: number }>(
    db,
    `SELECT owner_agency_id AS agency_id, count(*) AS n FROM actions
     WHERE body_id = ? AND status IN (${placeholders(OPEN_ACTION_STATUSES)})
       AND owner_agency_id IS NOT NULL
     GROUP BY owner_agency_id`,
    [input.bodyId, ...OPEN_ACTION_STATUSES],
  );
  const napItems = period ? await napItemCounts(db, period) : new Map<string, number>();
  const ids = [...new Set([...actions.map((a) => a.agency_id), ...napItems.keys()])];
  if (ids.length === 0) {
    throw new DomainError('VALIDATION', 'No agency has anything to answer in this round.', {
      field: 'bodyId',
    });
  }
  const names = await rows<{ id: string; name: string }>(
    db,
    `SELECT id, name FROM agencies WHERE id IN (${placeholders(ids)}) ORDER BY name, id`,
    ids,
  );
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
  await db.query(
    `INSERT INTO update_rounds (id, body_id, secret, language, issued_on, reply_by, created_at,
       nap_period_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      round.id,
      round.body.id,
      planned.secret,
      round.language,
      round.issuedOn,
      round.replyBy,
      planned.createdAt,
      planned.period?.id ?? null,
    ],
  );
  for (const a of round.agencies) {
    await db.query(
      'INSERT INTO update_round_agencies (round_id, agency_id, actions) VALUES (?, ?, ?)',
      [round.id, a.agencyId, a.actions],
    );
  }
}

export interface LoadedRound {
  record: RoundRecord;
  period: NapPeriodRecord | null;
  agencyIds: string[];
}

/** A round to make forms for: NOT_FOUND when unknown, refused when closed. */
export async function openRound(db: ReadableDB, roundId: string): Promise<LoadedRound> {
  const record = await one<RoundRecord>(db, ROUND_SELECT, [roundId]);
  if (!record) throw new DomainError('NOT_FOUND', 'There is no such round.', { field: 'roundId' });
  if (record.closed_at) {
    throw new DomainError('VALIDATION', 'This round is closed.', { reason: 'closed_round' });
  }
  const agencies = await rows<{ agency_id: string }>(
    db,
    'SELECT agency_id FROM update_round_agencies WHERE round_id = ? ORDER BY agency_id',
    [roundId],
  );
  return {
    record,
    period: record.nap_period_id ? await napPeriodOf(db, record.nap_period_id) : null,
    agencyIds: agencies.map((a) => a.agency_id),
  };
}

/** Closes a round (once: a closed round keeps its first closing time). */
export async function closeRound(
  db: WritableDB,
  roundId: string,
  at: string,
): Promise<{ roundId: string; bodyId: string; closedAt: string; changed: boolean }> {
  const round = await one<{ body_id: string; closed_at: string | null }>(
    db,
    'SELECT body_id, closed_at FROM update_rounds WHERE id = ?',
    [roundId],
  );
  if (!round) throw new DomainError('NOT_FOUND', 'There is no such round.', { field: 'roundId' });
  if (round.closed_at) {
    return { roundId, bodyId: round.body_id, closedAt: round.closed_at, changed: false };
  }
  await db.query('UPDATE update_rounds SET closed_at = ? WHERE id = ?', [at, roundId]);
  return { roundId, bodyId: round.body_id, closedAt: at, changed: true };
}
