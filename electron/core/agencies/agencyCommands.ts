/**
 * Write side of agencies: create and update with duplicate-name protection, archive, and
 * delete — refused while focal points or coordination bodies point at the agency.
 */
import type { z } from 'zod';
import type {
  Agency,
  agencyInputSchema,
  agencyPatchSchema,
} from '../../../shared/contract/agencies';
import { defaultSectorFor, PILLARS } from '../../../shared/domain/agencies';
import { DomainError } from '../../../shared/errors';
import { Not, type EntityMetadata } from 'typeorm';
import { AgencyEntity, AgencyPillarRoleEntity, FocalPointEntity } from '../db/entities/agencies';
import { BodyEntity } from '../db/entities/bodies';
import { insertRows, newId, textKey, type WritableDB, type ReadableDB } from '../db/sql';
import { findAgency } from './agencyQueries';

export type AgencyCreate = z.output<typeof agencyInputSchema>;
export type AgencyPatch = z.output<typeof agencyPatchSchema>;

async function assertUniqueName(db: ReadableDB, name: string, exceptId?: string): Promise<void> {
  if (!textKey(name)) {
    throw new DomainError('VALIDATION', 'The name needs letters or digits.', { field: 'name' });
  }
  const clash = await db.getRepository(AgencyEntity).findOne({
    select: { id: true, name: true },
    where: { nameKey: textKey(name), ...(exceptId ? { id: Not(exceptId) } : {}) },
  });
  if (clash) {
    throw new DomainError('DUPLICATE', `An agency named “${clash.name}” already exists.`, {
      field: 'name',
      existingId: clash.id,
    });
  }
}

async function writePillarRoles(
  db: WritableDB,
  agencyId: string,
  roles: Agency['pillarRoles'],
): Promise<void> {
  await db.getRepository(AgencyPillarRoleEntity).delete({ agencyId });
  const roleRows = PILLARS.flatMap((pillar) => {
    const role = roles[pillar];
    return role ? [{ agencyId, pillar, role }] : [];
  });
  if (roleRows.length > 0) await insertRows(db, AgencyPillarRoleEntity, roleRows);
}

export async function createAgency(
  db: WritableDB,
  input: AgencyCreate,
  now: string,
): Promise<Agency> {
  await assertUniqueName(db, input.name);
  const id = newId();
  const acronym = input.acronym ?? '';
  await insertRows(db, AgencyEntity, {
    id,
    name: input.name,
    nameKey: textKey(input.name),
    acronym,
    acronymKey: textKey(acronym),
    kind: input.kind,
    sector: input.sector ?? defaultSectorFor(input.kind),
    level: input.level ?? 'national',
    country: input.country ?? '',
    rolesText: input.rolesText ?? '',
    membershipStatus: input.membershipStatus ?? 'member',
    notes: input.notes ?? '',
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  });
  await writePillarRoles(db, id, input.pillarRoles ?? {});
  return findAgency(db, id);
}

export async function updateAgency(
  db: WritableDB,
  id: string,
  patch: AgencyPatch,
  now: string,
): Promise<Agency> {
  const current = await findAgency(db, id);
  if (patch.name !== undefined && textKey(patch.name) !== textKey(current.name)) {
    await assertUniqueName(db, patch.name, id);
  }
  const next = { ...current, ...patch };
  await db.getRepository(AgencyEntity).update(
    { id },
    {
      name: next.name,
      nameKey: textKey(next.name),
      acronym: next.acronym,
      acronymKey: textKey(next.acronym),
      kind: next.kind,
      sector: next.sector,
      level: next.level,
      country: next.country,
      rolesText: next.rolesText,
      membershipStatus: next.membershipStatus,
      notes: next.notes,
      updatedAt: now,
    },
  );
  if (patch.pillarRoles !== undefined) await writePillarRoles(db, id, patch.pillarRoles);
  return findAgency(db, id);
}

export async function setAgencyArchived(
  db: WritableDB,
  id: string,
  archived: boolean,
  now: string,
): Promise<Agency> {
  await findAgency(db, id);
  await db
    .getRepository(AgencyEntity)
    .update({ id }, { archivedAt: archived ? now : null, updatedAt: now });
  return findAgency(db, id);
}

/**
 * Every column of another table that keeps an agency from being deleted: each foreign key to
 * agencies without ON DELETE CASCADE, read from the entities (tests/integration/
 * schema-agreement.test.ts proves they match the schema), so a module that adds a reference
 * later is counted without a change here.
 */
function restrictingColumns(db: ReadableDB): { entity: EntityMetadata; property: string }[] {
  return db.connection.entityMetadatas.flatMap((entity) =>
    entity.foreignKeys
      .filter((fk) => fk.referencedEntityMetadata.tableName === 'agencies')
      .filter((fk) => fk.onDelete !== 'CASCADE')
      .flatMap((fk) => fk.columns.map((column) => ({ entity, property: column.propertyName }))),
  );
}

/**
 * What points at an agency; any of it makes deletion lose history. Focal points and bodies are
 * named (the register shows them); `records` counts every other reference — meetings,
 * attendance, actions, NAP activities, cases, agreements, trainings.
 */
export async function agencyReferences(db: ReadableDB, id: string) {
  const focalPoints = await db.getRepository(FocalPointEntity).countBy({ agencyId: id });
  const bodies = await db
    .getRepository(BodyEntity)
    .createQueryBuilder('b')
    .where(
      `b.chair_agency_id = :id OR b.secretariat_agency_id = :id
        OR EXISTS (SELECT 1 FROM body_members m WHERE m.body_id = b.id AND m.agency_id = :id)`,
      { id },
    )
    .getCount();
  const named = new Set(['focal_points', 'bodies', 'body_members']);
  let records = 0;
  for (const { entity, property } of restrictingColumns(db)) {
    if (named.has(entity.tableName)) continue;
    records += await db.getRepository(entity.target).countBy({ [property]: id });
  }
  return { focalPoints, bodies, records };
}

export async function deleteAgency(db: WritableDB, id: string): Promise<void> {
  const agency = await findAgency(db, id);
  const refs = await agencyReferences(db, id);
  if (refs.focalPoints > 0 || refs.bodies > 0 || refs.records > 0) {
    throw new DomainError(
      'REFERENCED',
      `“${agency.name}” is still referenced (${refs.focalPoints} focal point(s), ${refs.bodies} coordination bod(ies), ${refs.records} other record(s) such as meetings, actions, NAP activities, cases, agreements or trainings); archive it instead to keep the history.`,
      refs,
    );
  }
  await db.getRepository(AgencyEntity).delete({ id });
}
