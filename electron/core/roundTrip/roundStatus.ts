/**
 * The response tracker: the rounds of update forms issued (newest first), and for each agency
 * whether its returned form was imported, or is late (not returned, reply date past, the round
 * still open); and whether the round is closed.
 */
import type { RoundStatus } from '../../../shared/contract/roundTrip';
import { placeholders, rows, type ReadableDB } from '../db/sql';

const MAX_ROUNDS = 20;

/** A round of the tracker with its body and NAP period. */
export interface TrackedRoundRow {
  id: string;
  body_id: string;
  body_name: string;
  issued_on: string;
  reply_by: string | null;
  closed_at: string | null;
  period_id: string | null;
  period_label: string | null;
  plan_id: string | null;
  plan_title: string | null;
}

/** An agency of a tracked round, with whether its form came back. */
export interface TrackedAgencyRow {
  round_id: string;
  agency_id: string;
  name: string;
  actions: number;
  returned_at: string | null;
}

/** Hot query (roundTrip:status): the newest rounds, of one body or all. */
function trackedRounds(db: ReadableDB, bodyId: string | undefined): Promise<TrackedRoundRow[]> {
  return rows<TrackedRoundRow>(
    db,
    `SELECT r.id, r.body_id, b.name AS body_name, r.issued_on, r.reply_by, r.closed_at,
       p.id AS period_id, p.label AS period_label, n.id AS plan_id, n.title AS plan_title
     FROM update_rounds r JOIN bodies b ON b.id = r.body_id
     LEFT JOIN nap_periods p ON p.id = r.nap_period_id
     LEFT JOIN nap_plans n ON n.id = p.plan_id
     ${bodyId ? 'WHERE r.body_id = ?' : ''}
     ORDER BY r.created_at DESC, r.id LIMIT ${MAX_ROUNDS}`,
    bodyId ? [bodyId] : [],
  );
}

/** Hot query (roundTrip:status): the agencies of those rounds, by name. */
function trackedAgencies(db: ReadableDB, ids: string[]): Promise<TrackedAgencyRow[]> {
  return rows<TrackedAgencyRow>(
    db,
    `SELECT x.round_id, x.agency_id, g.name, x.actions, x.returned_at
     FROM update_round_agencies x JOIN agencies g ON g.id = x.agency_id
     WHERE x.round_id IN (${placeholders(ids)}) ORDER BY g.name, g.id`,
    ids,
  );
}

export async function roundStatus(
  db: ReadableDB,
  bodyId: string | undefined,
  today: string,
): Promise<{ rounds: RoundStatus[] }> {
  const rounds = await trackedRounds(db, bodyId);
  if (rounds.length === 0) return { rounds: [] };
  const agencies = await trackedAgencies(
    db,
    rounds.map((r) => r.id),
  );
  return {
    rounds: rounds.map((r) => ({
      id: r.id,
      body: { id: r.body_id, name: r.body_name },
      issuedOn: r.issued_on,
      replyBy: r.reply_by,
      napPeriod:
        r.period_id && r.plan_id
          ? {
              id: r.period_id,
              label: r.period_label ?? '',
              planId: r.plan_id,
              planTitle: r.plan_title ?? '',
            }
          : null,
      closedAt: r.closed_at,
      agencies: agencies
        .filter((a) => a.round_id === r.id)
        .map((a) => ({
          agencyId: a.agency_id,
          name: a.name,
          actions: a.actions,
          returnedAt: a.returned_at,
          late:
            a.returned_at === null &&
            r.closed_at === null &&
            r.reply_by !== null &&
            r.reply_by < today,
        })),
    })),
  };
}
