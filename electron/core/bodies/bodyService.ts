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
import { newId, one, placeholders, rows, type WritableDB, type ReadableDB } from '../db/sql';

type BodyCreate = z.output<typeof bodyInputSchema>;
type BodyPatch = z.output<typeof bodyPatchSchema>;

interface BodyRow {
  id: string;
  name: string;
  code: string;
  kind: Body['kind'];
  partner_country: string;
  chair_agency_id: string | null;
  secretariat_agency_id: string | null;
  quorum_kind: 'majority' | 'fixed';
  quorum_count: number | null;
  meeting_frequency: Body['meetingFrequency'];
  notes: string;
  created_at: string;
  updated_at: string;
}

interface AgencyRef {
  id: string;
  name: string;
  acronym: string;
  archived: boolean;
}

function quorumOf(row: BodyRow): QuorumRule {
  return row.quorum_kind === 'fixed'
    ? { kind: 'fixed', count: row.quorum_count ?? 1 }
    : { kind: 'majority' };
}

async function agencyRefs(db: ReadableDB, ids: string[]): Promise<Map<string, AgencyRef>> {
  if (ids.length === 0) return new Map();
  const found = await rows<{
    id: string;
    name: string;
    acronym: string;
    archived_at: string | null;
  }>(
    db,
    `SELECT id, name, acronym, archived_at FROM agencies WHERE id IN (${placeholders(ids)})`,
    ids,
  );
  return new Map(
    found.map((a) => [
      a.id,
      { id: a.id, name: a.name, acronym: a.acronym, archived: a.archived_at !== null },
    ]),
  );
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
  const row = await one<BodyRow>(db, 'SELECT * FROM bodies WHERE id = ?', [id]);
  if (!row) throw new DomainError('NOT_FOUND', 'This coordination body does not exist.', { id });
  return row;
}

export async function getBody(db: ReadableDB, id: string): Promise<Body> {
  const row = await findRow(db, id);
  const memberIds = (
    await rows<{ agency_id: string }>(db, 'SELECT agency_id FROM body_members WHERE body_id = ?', [
      id,
    ])
  ).map((m) => m.agency_id);
  const refs = await agencyRefs(
    db,
    [...memberIds, row.chair_agency_id ?? '', row.secretariat_agency_id ?? ''].filter(Boolean),
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
    partnerCountry: row.partner_country,
    chair: ref(row.chair_agency_id),
    secretariat: ref(row.secretariat_agency_id),
    members,
    quorum,
    quorumRequired: quorumRequired(quorum, members.length),
    meetingFrequency: row.meeting_frequency,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listBodies(db: ReadableDB) {
  const all = await rows<{ id: string }>(db, 'SELECT id FROM bodies ORDER BY name');
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
  const current = (
    await rows<{ agency_id: string }>(db, 'SELECT agency_id FROM body_members WHERE body_id = ?', [
      bodyId,
    ])
  ).map((m) => m.agency_id);
  for (const id of current) {
    if (!wanted.has(id))
      await db.query('DELETE FROM body_members WHERE body_id = ? AND agency_id = ?', [bodyId, id]);
  }
  for (const id of wanted) {
    if (!current.includes(id)) {
      await db.query('INSERT INTO body_members (body_id, agency_id, added_at) VALUES (?, ?, ?)', [
        bodyId,
        id,
        now,
      ]);
    }
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
  await db.query(
    `INSERT INTO bodies (id, name, code, kind, partner_country, chair_agency_id, secretariat_agency_id,
       quorum_kind, quorum_count, meeting_frequency, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      input.name,
      input.code ?? '',
      input.kind,
      input.partnerCountry ?? '',
      input.chairAgencyId ?? null,
      input.secretariatAgencyId ?? null,
      quorum.kind,
      quorum.kind === 'fixed' ? quorum.count : null,
      input.meetingFrequency ?? 'monthly',
      input.notes ?? '',
      now,
      now,
    ],
  );
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
  const partnerCountry = patch.partnerCountry ?? row.partner_country;
  checkPartnerCountry(kind, partnerCountry);
  const quorum = patch.quorum ?? quorumOf(row);
  await db.query(
    `UPDATE bodies SET name = ?, code = ?, kind = ?, partner_country = ?, chair_agency_id = ?, secretariat_agency_id = ?,
       quorum_kind = ?, quorum_count = ?, meeting_frequency = ?, notes = ?, updated_at = ? WHERE id = ?`,
    [
      patch.name ?? row.name,
      patch.code ?? row.code,
      kind,
      partnerCountry,
      patch.chairAgencyId !== undefined ? patch.chairAgencyId : row.chair_agency_id,
      patch.secretariatAgencyId !== undefined
        ? patch.secretariatAgencyId
        : row.secretariat_agency_id,
      quorum.kind,
      quorum.kind === 'fixed' ? quorum.count : null,
      patch.meetingFrequency ?? row.meeting_frequency,
      patch.notes ?? row.notes,
      now,
      id,
    ],
  );
  if (patch.memberAgencyIds) await writeMembers(db, id, patch.memberAgencyIds, now);
  return getBody(db, id);
}
