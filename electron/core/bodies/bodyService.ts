/**
 * Coordination bodies: national task force, working groups, subnational task forces,
 * bilateral case-management meetings — with chair, secretariat, member agencies and the
 * quorum rule that meetings will apply.
 */
import type { z } from 'zod';
import type { Body, bodyInputSchema, bodyPatchSchema } from '../../../shared/contract/bodies';
import { quorumRequired, type QuorumRule } from '../../../shared/domain/bodies';
import { defaultBodyCode } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { In } from 'typeorm';
import { AgencyEntity, type AgencyRow } from '../db/entities/agencies';
import { BodyEntity, BodyMemberEntity, type BodyRow } from '../db/entities/bodies';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';

type BodyCreate = z.output<typeof bodyInputSchema>;
type BodyPatch = z.output<typeof bodyPatchSchema>;

type AgencyRef = Pick<AgencyRow, 'id' | 'name' | 'acronym'> & { archived: boolean };

/** Members are inserted in batches under SQLite's bound-parameter limit. */
const MEMBER_BATCH = 400;

function quorumOf(row: BodyRow): QuorumRule {
  return row.quorumKind === 'fixed'
    ? { kind: 'fixed', count: row.quorumCount ?? 1 }
    : { kind: 'majority' };
}

async function agencyRefs(db: ReadableDB, ids: string[]): Promise<Map<string, AgencyRef>> {
  if (ids.length === 0) return new Map();
  const found = await db.getRepository(AgencyEntity).find({
    select: { id: true, name: true, acronym: true, archivedAt: true },
    where: { id: In(ids) },
  });
  return new Map(
    found.map((a) => [
      a.id,
      { id: a.id, name: a.name, acronym: a.acronym, archived: a.archivedAt !== null },
    ]),
  );
}

async function memberIdsOf(db: ReadableDB, bodyId: string): Promise<string[]> {
  const found = await db
    .getRepository(BodyMemberEntity)
    .find({ select: { agencyId: true }, where: { bodyId } });
  return found.map((m) => m.agencyId);
}

async function assertAgenciesExist(
  db: ReadableDB,
  ids: (string | null | undefined)[],
  field: string,
): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const found = await agencyRefs(db, wanted);
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new DomainError('VALIDATION', 'Some of the chosen agencies do not exist.', {
      field,
      missing,
    });
  }
}

async function findRow(db: ReadableDB, id: string): Promise<BodyRow> {
  const row = await db.getRepository(BodyEntity).findOneBy({ id });
  if (!row) throw new DomainError('NOT_FOUND', 'This coordination body does not exist.', { id });
  return row;
}

export async function getBody(db: ReadableDB, id: string): Promise<Body> {
  const row = await findRow(db, id);
  const memberIds = await memberIdsOf(db, id);
  const refs = await agencyRefs(
    db,
    [...memberIds, row.chairAgencyId ?? '', row.secretariatAgencyId ?? ''].filter(Boolean),
  );
  const ref = (agencyId: string | null) => {
    const a = agencyId ? refs.get(agencyId) : undefined;
    return a ? { id: a.id, name: a.name, acronym: a.acronym } : null;
  };
  const members = memberIds
    .map((m) => refs.get(m))
    .filter((a): a is AgencyRef => Boolean(a))
    .sort((a, b) => a.name.localeCompare(b.name));
  const quorum = quorumOf(row);
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    referenceCode: row.code || defaultBodyCode(row.name),
    kind: row.kind,
    partnerCountry: row.partnerCountry,
    chair: ref(row.chairAgencyId),
    secretariat: ref(row.secretariatAgencyId),
    members,
    quorum,
    quorumRequired: quorumRequired(quorum, members.length),
    // The entity types the column as text; the schema's writes only store the contract's values.
    meetingFrequency: row.meetingFrequency as Body['meetingFrequency'],
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function listBodies(db: ReadableDB) {
  const all = await db
    .getRepository(BodyEntity)
    .find({ select: { id: true }, order: { name: 'ASC' } });
  const items = [];
  for (const { id } of all) {
    const { members, ...body } = await getBody(db, id);
    items.push({ ...body, memberCount: members.length });
  }
  return { items };
}

async function writeMembers(
  db: WritableDB,
  bodyId: string,
  agencyIds: string[],
  now: string,
): Promise<void> {
  const wanted = new Set(agencyIds);
  const current = await memberIdsOf(db, bodyId);
  const gone = current.filter((id) => !wanted.has(id));
  if (gone.length > 0) {
    await db.getRepository(BodyMemberEntity).delete({ bodyId, agencyId: In(gone) });
  }
  const added = [...wanted].filter((id) => !current.includes(id));
  for (let start = 0; start < added.length; start += MEMBER_BATCH) {
    await insertRows(
      db,
      BodyMemberEntity,
      added
        .slice(start, start + MEMBER_BATCH)
        .map((agencyId) => ({ bodyId, agencyId, addedAt: now })),
    );
  }
}

function checkPartnerCountry(kind: Body['kind'], partnerCountry: string): void {
  if (kind === 'bilateral_case_management' && !partnerCountry) {
    throw new DomainError('VALIDATION', 'A bilateral meeting needs the partner country.', {
      field: 'partnerCountry',
    });
  }
}

export async function createBody(db: WritableDB, input: BodyCreate, now: string): Promise<Body> {
  const members = input.memberAgencyIds ?? [];
  await assertAgenciesExist(
    db,
    [input.chairAgencyId, input.secretariatAgencyId, ...members],
    'memberAgencyIds',
  );
  checkPartnerCountry(input.kind, input.partnerCountry ?? '');
  const quorum = input.quorum ?? { kind: 'majority' };
  const id = newId();
  await insertRows(db, BodyEntity, {
    id,
    name: input.name,
    code: input.code ?? '',
    kind: input.kind,
    partnerCountry: input.partnerCountry ?? '',
    chairAgencyId: input.chairAgencyId ?? null,
    secretariatAgencyId: input.secretariatAgencyId ?? null,
    quorumKind: quorum.kind,
    quorumCount: quorum.kind === 'fixed' ? quorum.count : null,
    meetingFrequency: input.meetingFrequency ?? 'monthly',
    notes: input.notes ?? '',
    createdAt: now,
    updatedAt: now,
  });
  await writeMembers(db, id, members, now);
  return getBody(db, id);
}

export async function updateBody(
  db: WritableDB,
  id: string,
  patch: BodyPatch,
  now: string,
): Promise<Body> {
  const row = await findRow(db, id);
  await assertAgenciesExist(
    db,
    [patch.chairAgencyId, patch.secretariatAgencyId, ...(patch.memberAgencyIds ?? [])],
    'memberAgencyIds',
  );
  const kind = patch.kind ?? row.kind;
  const partnerCountry = patch.partnerCountry ?? row.partnerCountry;
  checkPartnerCountry(kind, partnerCountry);
  const quorum = patch.quorum ?? quorumOf(row);
  await db.getRepository(BodyEntity).update(
    { id },
    {
      name: patch.name ?? row.name,
      code: patch.code ?? row.code,
      kind,
      partnerCountry,
      chairAgencyId: patch.chairAgencyId !== undefined ? patch.chairAgencyId : row.chairAgencyId,
      secretariatAgencyId:
        patch.secretariatAgencyId !== undefined
          ? patch.secretariatAgencyId
          : row.secretariatAgencyId,
      quorumKind: quorum.kind,
      quorumCount: quorum.kind === 'fixed' ? quorum.count : null,
      meetingFrequency: patch.meetingFrequency ?? row.meetingFrequency,
      notes: patch.notes ?? row.notes,
      updatedAt: now,
    },
  );
  if (patch.memberAgencyIds) await writeMembers(db, id, patch.memberAgencyIds, now);
  return getBody(db, id);
}
