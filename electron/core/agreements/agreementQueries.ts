/**
 * Reading the register of agreements: one agreement or a filtered list, each with its parties
 * (agencies, countries), the bodies it frames and the NAP activities it serves, and whether its
 * review is due against the core's "today".
 */
import type { z } from 'zod';
import type { Agreement, agreementListInputSchema } from '../../../shared/contract/agreements';
import { DomainError } from '../../../shared/errors';
import { In } from 'typeorm';
import type { AgencyRow } from '../db/entities/agencies';
import {
  AgreementCountryEntity,
  AgreementEntity,
  type AgreementRow,
} from '../db/entities/agreements';
import type { BodyRow } from '../db/entities/bodies';
import type { NapActivityRow } from '../db/entities/nap';
import { rows, type ReadableDB } from '../db/sql';

type ListInput = z.output<typeof agreementListInputSchema>;

/** A party agency of an agreement. */
export type AgreementAgencyJoinRow = Pick<AgencyRow, 'id' | 'name' | 'acronym'> & {
  agreement_id: string;
};

/** A coordination body an agreement frames. */
export type AgreementBodyJoinRow = Pick<BodyRow, 'id' | 'name'> & { agreement_id: string };

/** A NAP activity an agreement serves. */
export type AgreementActivityJoinRow = Pick<NapActivityRow, 'id' | 'code' | 'text'> & {
  agreement_id: string;
};

/** An agreement of the dashboard's review list, with the count of all that are due. */
export type AgreementDueRow = Pick<AgreementRow, 'id' | 'title' | 'type' | 'status'> & {
  review_on: string;
  total: number;
};

/** The SQL condition "review due" on `a`, given today as a parameter. */
export const REVIEW_DUE_SQL = `(a.review_on IS NOT NULL AND a.review_on <= ?
  AND a.status <> 'expired' AND a.archived = 0)`;

export function isReviewDue(
  row: Pick<AgreementRow, 'reviewOn' | 'status' | 'archived'>,
  today: string,
): boolean {
  return (
    row.reviewOn !== null && row.reviewOn <= today && row.status !== 'expired' && !row.archived
  );
}

/** Groups link rows by agreement id. */
function groupBy<T>(list: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of list) {
    const group = out.get(key(r)) ?? [];
    group.push(r);
    out.set(key(r), group);
  }
  return out;
}

const byAgreement = (r: { agreement_id: string }) => r.agreement_id;

/**
 * Hot query (agreements:list): the parties, bodies and NAP activities of each agreement of the
 * list (also of agreements:get), by name or code — one join each for the whole list.
 */
async function toDtos(db: ReadableDB, found: AgreementRow[], today: string): Promise<Agreement[]> {
  if (found.length === 0) return [];
  const ids = JSON.stringify(found.map((r) => r.id));
  const inIds = '(SELECT value FROM json_each(?))';
  const agencies = groupBy(
    await rows<AgreementAgencyJoinRow>(
      db,
      `SELECT l.agreement_id, g.id, g.name, g.acronym FROM agreement_agencies l
       JOIN agencies g ON g.id = l.agency_id WHERE l.agreement_id IN ${inIds}
       ORDER BY g.name COLLATE NOCASE, g.id`,
      [ids],
    ),
    byAgreement,
  );
  const countries = groupBy(
    await db.getRepository(AgreementCountryEntity).find({
      where: { agreementId: In(found.map((r) => r.id)) },
      order: { country: 'ASC' },
    }),
    (r) => r.agreementId,
  );
  const bodies = groupBy(
    await rows<AgreementBodyJoinRow>(
      db,
      `SELECT l.agreement_id, b.id, b.name FROM agreement_bodies l
       JOIN bodies b ON b.id = l.body_id WHERE l.agreement_id IN ${inIds}
       ORDER BY b.name COLLATE NOCASE, b.id`,
      [ids],
    ),
    byAgreement,
  );
  const activities = groupBy(
    await rows<AgreementActivityJoinRow>(
      db,
      `SELECT l.agreement_id, n.id, n.code, n.text FROM agreement_activities l
       JOIN nap_activities n ON n.id = l.activity_id WHERE l.agreement_id IN ${inIds}
       ORDER BY n.code, n.id`,
      [ids],
    ),
    byAgreement,
  );
  return found.map((r) => ({
    id: r.id,
    type: r.type,
    title: r.title,
    agencies: (agencies.get(r.id) ?? []).map(({ id, name, acronym }) => ({ id, name, acronym })),
    countries: (countries.get(r.id) ?? []).map((c) => c.country),
    signedOn: r.signedOn,
    inForceFrom: r.inForceFrom,
    reviewOn: r.reviewOn,
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
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

/** Every column of an agreement, named as the entity row type names them. */
const COLUMNS = `a.id, a.type, a.title, a.signed_on AS "signedOn", a.in_force_from AS "inForceFrom",
  a.review_on AS "reviewOn", a.status, a.location, a.notes, a.archived,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

export async function getAgreement(db: ReadableDB, id: string, today: string): Promise<Agreement> {
  const row = await db.getRepository(AgreementEntity).findOneBy({ id });
  if (!row) {
    throw new DomainError('NOT_FOUND', 'This agreement does not exist.', { id });
  }
  return (await toDtos(db, [row], today))[0]!;
}

/**
 * Hot query (agreements:list): the filtered agreements, review due first (oldest review date
 * first), then by title.
 */
export async function listAgreements(
  db: ReadableDB,
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

/**
 * Hot query (dashboard:summary): agreements whose review is due, oldest review date first, and
 * how many are due (a window count).
 */
export async function agreementsDueForReview(
  db: ReadableDB,
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
  const found = await rows<AgreementDueRow>(
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
