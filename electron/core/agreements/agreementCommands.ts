/**
 * Changing the register of agreements: create, update (a partial patch; a list given replaces
 * the links of that kind) and archive. Every reference is checked before anything is written,
 * so a refusal leaves the register as it was.
 */
import type { z } from 'zod';
import type {
  agreementCreateSchema,
  agreementUpdateSchema,
} from '../../../shared/contract/agreements';
import { DomainError } from '../../../shared/errors';
import { newId, one, rows, type Db } from '../db/sql';

type AgreementCreate = z.output<typeof agreementCreateSchema>;
type AgreementUpdate = z.output<typeof agreementUpdateSchema>;

function invalid(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError('VALIDATION', message, { field, ...extra });
}

/**
 * The ids exist in `table` (distinct, in the order given). An archived agency is refused
 * unless it was already linked (`kept`): re-saving an old agreement whose party was archived
 * since does not fail.
 */
async function assertKnown(
  db: Db,
  table: 'agencies' | 'bodies' | 'nap_activities',
  ids: readonly string[],
  field: string,
  what: string,
  kept: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const archived = table === 'agencies' ? 'archived_at' : 'NULL';
  const found = await rows<{ id: string; archived_at: string | null }>(
    db,
    `SELECT id, ${archived} AS archived_at FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(unique)],
  );
  const known = new Map(found.map((r) => [r.id, r.archived_at]));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) invalid(field, `${what} does not exist.`, { ids: missing });
  const archivedIds = unique.filter((id) => known.get(id) && !kept.has(id));
  if (archivedIds.length) invalid(field, `${what} is archived.`, { ids: archivedIds });
  return unique;
}

function assertDateOrder(signedOn: string | null, inForceFrom: string | null): void {
  if (signedOn && inForceFrom && inForceFrom < signedOn) {
    invalid('inForceFrom', 'An agreement cannot enter into force before it is signed.');
  }
}

async function linked(db: Db, table: string, column: string, id: string): Promise<Set<string>> {
  const found = await rows<{ v: string }>(
    db,
    `SELECT ${column} AS v FROM ${table} WHERE agreement_id = ?`,
    [id],
  );
  return new Set(found.map((r) => r.v));
}

async function replaceLinks(
  db: Db,
  table: string,
  column: string,
  id: string,
  values: readonly string[],
): Promise<void> {
  await db.query(`DELETE FROM ${table} WHERE agreement_id = ?`, [id]);
  for (const value of values) {
    await db.query(`INSERT INTO ${table} (agreement_id, ${column}) VALUES (?, ?)`, [id, value]);
  }
}

interface Links {
  agencyIds?: string[];
  countries?: string[];
  bodyIds?: string[];
  napActivityIds?: string[];
}

/** Checks the links given (against those kept from before) and returns how to store them. */
async function prepareLinks(db: Db, input: Links, agreementId: string | null) {
  const before = async (table: string, column: string) =>
    agreementId ? linked(db, table, column, agreementId) : new Set<string>();
  const agencies =
    input.agencyIds &&
    (await assertKnown(
      db,
      'agencies',
      input.agencyIds,
      'agencyIds',
      'A party agency',
      await before('agreement_agencies', 'agency_id'),
    ));
  const bodies =
    input.bodyIds &&
    (await assertKnown(db, 'bodies', input.bodyIds, 'bodyIds', 'A coordination body'));
  const activities =
    input.napActivityIds &&
    (await assertKnown(
      db,
      'nap_activities',
      input.napActivityIds,
      'napActivityIds',
      'A NAP activity',
    ));
  const countries = input.countries && [...new Set(input.countries)];
  return async (id: string) => {
    if (agencies) await replaceLinks(db, 'agreement_agencies', 'agency_id', id, agencies);
    if (countries) await replaceLinks(db, 'agreement_countries', 'country', id, countries);
    if (bodies) await replaceLinks(db, 'agreement_bodies', 'body_id', id, bodies);
    if (activities) await replaceLinks(db, 'agreement_activities', 'activity_id', id, activities);
  };
}

export async function createAgreement(db: Db, input: AgreementCreate, at: string): Promise<string> {
  const signedOn = input.signedOn ?? null;
  const inForceFrom = input.inForceFrom ?? null;
  assertDateOrder(signedOn, inForceFrom);
  const store = await prepareLinks(db, input, null);
  const id = newId();
  await db.query(
    `INSERT INTO agreements (id, type, title, signed_on, in_force_from, review_on, status,
       location, notes, archived, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    [
      id,
      input.type,
      input.title,
      signedOn,
      inForceFrom,
      input.reviewOn ?? null,
      input.status ?? 'draft',
      input.location ?? '',
      input.notes ?? '',
      at,
      at,
    ],
  );
  await store(id);
  return id;
}

interface StoredAgreement {
  type: string;
  title: string;
  signed_on: string | null;
  in_force_from: string | null;
  review_on: string | null;
  status: string;
  location: string;
  notes: string;
  archived: number;
}

async function findAgreement(db: Db, id: string): Promise<StoredAgreement> {
  const row = await one<StoredAgreement>(
    db,
    `SELECT type, title, signed_on, in_force_from, review_on, status, location, notes, archived
     FROM agreements WHERE id = ?`,
    [id],
  );
  if (!row) throw new DomainError('NOT_FOUND', 'This agreement does not exist.', { id });
  return row;
}

export async function updateAgreement(db: Db, input: AgreementUpdate, at: string): Promise<void> {
  const row = await findAgreement(db, input.id);
  const pick = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);
  const signedOn = pick(input.signedOn, row.signed_on);
  const inForceFrom = pick(input.inForceFrom, row.in_force_from);
  assertDateOrder(signedOn, inForceFrom);
  const store = await prepareLinks(db, input, input.id);
  await db.query(
    `UPDATE agreements SET type = ?, title = ?, signed_on = ?, in_force_from = ?, review_on = ?,
       status = ?, location = ?, notes = ?, updated_at = ? WHERE id = ?`,
    [
      pick(input.type, row.type),
      pick(input.title, row.title),
      signedOn,
      inForceFrom,
      pick(input.reviewOn, row.review_on),
      pick(input.status, row.status),
      pick(input.location, row.location),
      pick(input.notes, row.notes),
      at,
      input.id,
    ],
  );
  await store(input.id);
}

export async function archiveAgreement(
  db: Db,
  id: string,
  archived: boolean,
  at: string,
): Promise<void> {
  await findAgreement(db, id);
  await db.query('UPDATE agreements SET archived = ?, updated_at = ? WHERE id = ?', [
    archived ? 1 : 0,
    at,
    id,
  ]);
}
