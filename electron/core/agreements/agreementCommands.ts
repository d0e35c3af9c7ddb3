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
import { In, type EntitySchema, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AgencyEntity } from '../db/entities/agencies';
import {
  AgreementActivityEntity,
  AgreementAgencyEntity,
  AgreementBodyEntity,
  AgreementCountryEntity,
  AgreementEntity,
  type AgreementRow,
} from '../db/entities/agreements';
import { BodyEntity } from '../db/entities/bodies';
import { NapActivityEntity } from '../db/entities/nap';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';

type AgreementCreate = z.output<typeof agreementCreateSchema>;
type AgreementUpdate = z.output<typeof agreementUpdateSchema>;

function invalid(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError('VALIDATION', message, { field, ...extra });
}

/** The records a link may point at: their ids and, for agencies, when they were archived. */
const TARGETS = {
  agencies: (db: ReadableDB, ids: string[]) =>
    db
      .getRepository(AgencyEntity)
      .find({ select: { id: true, archivedAt: true }, where: { id: In(ids) } }),
  bodies: (db: ReadableDB, ids: string[]) =>
    db.getRepository(BodyEntity).find({ select: { id: true }, where: { id: In(ids) } }),
  nap_activities: (db: ReadableDB, ids: string[]) =>
    db.getRepository(NapActivityEntity).find({ select: { id: true }, where: { id: In(ids) } }),
} satisfies Record<string, (db: ReadableDB, ids: string[]) => Promise<{ id: string }[]>>;

/**
 * The ids exist in `table` (distinct, in the order given). An archived agency is refused
 * unless it was already linked (`kept`): re-saving an old agreement whose party was archived
 * since does not fail.
 */
async function assertKnown(
  db: ReadableDB,
  table: keyof typeof TARGETS,
  ids: readonly string[],
  field: string,
  what: string,
  kept: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found: { id: string; archivedAt?: string | null }[] = await TARGETS[table](db, unique);
  const known = new Map(found.map((r) => [r.id, r.archivedAt ?? null]));
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

/** The agencies an agreement names as parties now. */
async function linkedAgencies(db: ReadableDB, agreementId: string): Promise<Set<string>> {
  const found = await db.getRepository(AgreementAgencyEntity).find({
    select: { agreementId: true, agencyId: true },
    where: { agreementId },
  });
  return new Set(found.map((r) => r.agencyId));
}

/** Replaces the agreement's rows of one link table with these (one INSERT). */
async function replaceLinks<T extends ObjectLiteral>(
  db: WritableDB,
  entity: EntitySchema<T>,
  agreementId: string,
  links: QueryDeepPartialEntity<T>[],
): Promise<void> {
  await db
    .createQueryBuilder()
    .delete()
    .from(entity)
    .where('agreement_id = :agreementId', { agreementId })
    .execute();
  if (links.length > 0) await insertRows(db, entity, links);
}

interface Links {
  agencyIds?: string[];
  countries?: string[];
  bodyIds?: string[];
  napActivityIds?: string[];
}

/** Checks the links given (against those kept from before) and returns how to store them. */
async function prepareLinks(db: WritableDB, input: Links, agreementId: string | null) {
  const agencies =
    input.agencyIds &&
    (await assertKnown(
      db,
      'agencies',
      input.agencyIds,
      'agencyIds',
      'A party agency',
      agreementId ? await linkedAgencies(db, agreementId) : new Set<string>(),
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
    const agreementId = id;
    if (agencies) {
      const links = agencies.map((agencyId) => ({ agreementId, agencyId }));
      await replaceLinks(db, AgreementAgencyEntity, id, links);
    }
    if (countries) {
      const links = countries.map((country) => ({ agreementId, country }));
      await replaceLinks(db, AgreementCountryEntity, id, links);
    }
    if (bodies) {
      const links = bodies.map((bodyId) => ({ agreementId, bodyId }));
      await replaceLinks(db, AgreementBodyEntity, id, links);
    }
    if (activities) {
      const links = activities.map((activityId) => ({ agreementId, activityId }));
      await replaceLinks(db, AgreementActivityEntity, id, links);
    }
  };
}

export async function createAgreement(
  db: WritableDB,
  input: AgreementCreate,
  at: string,
): Promise<string> {
  const signedOn = input.signedOn ?? null;
  const inForceFrom = input.inForceFrom ?? null;
  assertDateOrder(signedOn, inForceFrom);
  const store = await prepareLinks(db, input, null);
  const id = newId();
  await insertRows(db, AgreementEntity, {
    id,
    type: input.type,
    title: input.title,
    signedOn,
    inForceFrom,
    reviewOn: input.reviewOn ?? null,
    status: input.status ?? 'draft',
    location: input.location ?? '',
    notes: input.notes ?? '',
    archived: 0,
    createdAt: at,
    updatedAt: at,
  });
  await store(id);
  return id;
}

async function findAgreement(db: ReadableDB, id: string): Promise<AgreementRow> {
  const row = await db.getRepository(AgreementEntity).findOneBy({ id });
  if (!row) throw new DomainError('NOT_FOUND', 'This agreement does not exist.', { id });
  return row;
}

export async function updateAgreement(
  db: WritableDB,
  input: AgreementUpdate,
  at: string,
): Promise<void> {
  const row = await findAgreement(db, input.id);
  const pick = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);
  const signedOn = pick(input.signedOn, row.signedOn);
  const inForceFrom = pick(input.inForceFrom, row.inForceFrom);
  assertDateOrder(signedOn, inForceFrom);
  const store = await prepareLinks(db, input, input.id);
  await db.getRepository(AgreementEntity).update(
    { id: input.id },
    {
      type: pick(input.type, row.type),
      title: pick(input.title, row.title),
      signedOn,
      inForceFrom,
      reviewOn: pick(input.reviewOn, row.reviewOn),
      status: pick(input.status, row.status),
      location: pick(input.location, row.location),
      notes: pick(input.notes, row.notes),
      updatedAt: at,
    },
  );
  await store(input.id);
}

export async function archiveAgreement(
  db: WritableDB,
  id: string,
  archived: boolean,
  at: string,
): Promise<void> {
  await findAgreement(db, id);
  await db
    .getRepository(AgreementEntity)
    .update({ id }, { archived: archived ? 1 : 0, updatedAt: at });
}
