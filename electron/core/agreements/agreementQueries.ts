/**
 * Reading the register of agreements: one agreement or a filtered list, each with its parties
 * (agencies, countries), the bodies it frames and the NAP activities it serves, and whether its
 * review is due against the core's "today".
 */
import type { z } from 'zod';
import type {
  Agreement,
  agreementListInputSchema,
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
} from '../../../shared/contract/agreements';
import { DomainError } from '../../../shared/errors';
import { rows, type Db } from '../db/sql';

type ListInput = z.output<typeof agreementListInputSchema>;

interface AgreementRow {
  id: string;
  type: (typeof AGREEMENT_TYPES)[number];
  title: string;
  signed_on: string | null;
  in_force_from: string | null;
  review_on: string | null;
  status: (typeof AGREEMENT_STATUSES)[number];
  location: string;
  notes: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

/** The SQL condition "review due" on `a`, given today as a parameter. */
export const REVIEW_DUE_SQL = `(a.review_on IS NOT NULL AND a.review_on <= ?
  AND a.status <> 'expired' AND a.archived = 0)`;

export function isReviewDue(
  row: { review_on: string | null; status: string; archived: number },
  today: string,
): boolean {
  return (
    row.review_on !== null && row.review_on <= today && row.status !== 'expired' && !row.archived
  );
}

/** Groups link rows by agreement id. */
function groupBy<T extends { agreement_id: string }>(list: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of list) {
    const group = out.get(r.agreement_id) ?? [];
    group.push(r);
    out.set(r.agreement_id, group);
  }
  return out;
}

async function toDtos(db: Db, found: AgreementRow[], today: string): Promise<Agreement[]> {
  if (found.length === 0) return [];
  const ids = JSON.stringify(found.map((r) => r.id));
  const inIds = '(SELECT value FROM json_each(?))';
  const agencies = groupBy(
    await rows<{ agreement_id: string; id: string; name: string; acronym: string }>(
      db,
      `SELECT l.agreement_id, g.id, g.name, g.acronym FROM agreement_agencies l
       JOIN agencies g ON g.id = l.agency_id WHERE l.agreement_id IN ${inIds}
       ORDER BY g.name COLLATE NOCASE, g.id`,
      [ids],
    ),
  );
  const countries = groupBy(
    await rows<{ agreement_id: string; country: string }>(
      db,
      `SELECT agreement_id, country FROM agreement_countries WHERE agreement_id IN ${inIds}
       ORDER BY country`,
      [ids],
    ),
  );
  const bodies = groupBy(
    await rows<{ agreement_id: string; id: string; name: string }>(
      db,
      `SELECT l.agreement_id, b.id, b.name FROM agreement_bodies l
       JOIN bodies b ON b.id = l.body_id WHERE l.agreement_id IN ${inIds}
       ORDER BY b.name COLLATE NOCASE, b.id`,
      [ids],
    ),
  );
  const activities = groupBy(
    await rows<{ agreement_id: string; id: string; code: string; text: string }>(
      db,
      `SELECT l.agreement_id, n.id, n.code, n.text FROM agreement_activities l
       JOIN nap_activities n ON n.id = l.activity_id WHERE l.agreement_id IN ${inIds}
       ORDER BY n.code, n.id`,
      [ids],
    ),
  );
  return found.map((r) => ({
    id: r.id,
    type: r.type,
    title: r.title,
    agencies: (agencies.get(r.id) ?? []).map(({ id, name, acronym }) => ({ id, name, acronym })),
    countries: (countries.get(r.id) ?? []).map((c) => c.country),
    signedOn: r.signed_on,
    inForceFrom: r.in_force_from,
    reviewOn: r.review_on,
    reviewDue: isReviewDue(r, today),
    status: r.status,
    location: r.location,
    notes: r.notes,
    bodies: (bodies.get(r.id) ?? []).map(({ id, name }) => ({ id, name })),
    napActivities: (activities.get(r.id) ?? []).map(({ id, code, text }) => ({
      id,
      code,
      title: text,
    })),
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

const COLUMNS = `a.id, a.type, a.title, a.signed_on, a.in_force_from, a.review_on, a.status,
  a.location, a.notes, a.archived, a.created_at, a.updated_at`;

export async function getAgreement(db: Db, id: string, today: string): Promise<Agreement> {
  const found = await rows<AgreementRow>(db, `SELECT ${COLUMNS} FROM agreements a WHERE a.id = ?`, [
    id,
  ]);
  if (found.length === 0) {
    throw new DomainError('NOT_FOUND', 'This agreement does not exist.', { id });
  }
  return (await toDtos(db, found, today))[0]!;
}

/** Review due first (oldest review date first), then by title. */
export async function listAgreements(
  db: Db,
  input: ListInput,
  today: string,
): Promise<{ items: Agreement[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeArchived) where.push('a.archived = 0');
  if (input.type) {
    where.push('a.type = ?');
    params.push(input.type);
  }
  if (input.status) {
    where.push('a.status = ?');
    params.push(input.status);
  }
  if (input.agencyId) {
    where.push(
      'EXISTS (SELECT 1 FROM agreement_agencies l WHERE l.agreement_id = a.id AND l.agency_id = ?)',
    );
    params.push(input.agencyId);
  }
  if (input.bodyId) {
    where.push(
      'EXISTS (SELECT 1 FROM agreement_bodies l WHERE l.agreement_id = a.id AND l.body_id = ?)',
    );
    params.push(input.bodyId);
  }
  if (input.napActivityId) {
    where.push(
      'EXISTS (SELECT 1 FROM agreement_activities l WHERE l.agreement_id = a.id AND l.activity_id = ?)',
    );
    params.push(input.napActivityId);
  }
  if (input.reviewDueOnly) {
    where.push(REVIEW_DUE_SQL);
    params.push(today);
  }
  const found = await rows<AgreementRow>(
    db,
    `SELECT ${COLUMNS} FROM agreements a
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${REVIEW_DUE_SQL} DESC, a.review_on IS NULL, a.review_on, a.title COLLATE NOCASE, a.id`,
    [...params, today],
  );
  return { items: await toDtos(db, found, today) };
}

/** Agreements whose review is due, oldest review date first: the dashboard's list. */
export async function agreementsDueForReview(
  db: Db,
  today: string,
  limit: number,
  bodyId?: string,
): Promise<{
  total: number;
  items: {
    id: string;
    title: string;
    type: AgreementRow['type'];
    reviewOn: string;
    status: AgreementRow['status'];
  }[];
}> {
  const found = await rows<{
    id: string;
    title: string;
    type: AgreementRow['type'];
    review_on: string;
    status: AgreementRow['status'];
    total: number;
  }>(
    db,
    `SELECT a.id, a.title, a.type, a.review_on, a.status, COUNT(*) OVER () AS total
     FROM agreements a WHERE ${REVIEW_DUE_SQL}
     ${bodyId ? 'AND EXISTS (SELECT 1 FROM agreement_bodies l WHERE l.agreement_id = a.id AND l.body_id = ?)' : ''}
     ORDER BY a.review_on, a.title COLLATE NOCASE, a.id LIMIT ?`,
    bodyId ? [today, bodyId, limit] : [today, limit],
  );
  return {
    total: found[0]?.total ?? 0,
    items: found.map((r) => ({
      id: r.id,
      title: r.title,
      type: r.type,
      reviewOn: r.review_on,
      status: r.status,
    })),
  };
}
