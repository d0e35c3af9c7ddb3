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
import { Not } from 'typeorm';
import { AgencyEntity, AgencyPillarRoleEntity } from '../db/entities/agencies';
import { insertRows, newId, one, rows, textKey, type WritableDB, type ReadableDB } from '../db/sql';
import { toAgency } from './agencyRows';
import { findAgencyRow } from './agencyQueries';

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
  return toAgency(await findAgencyRow(db, id));
}

export async function updateAgency(
  db: WritableDB,
  id: string,
  patch: AgencyPatch,
  now: string,
): Promise<Agency> {
  const current = toAgency(await findAgencyRow(db, id));
  if (patch.name !== undefined && textKey(patch.name) !== textKey(current.name)) {
    await assertUniqueName(db, patch.name, id);
  }
  const next = { ...current, ...patch };
  await db.query(
    `UPDATE agencies SET name = ?, name_key = ?, acronym = ?, acronym_key = ?, kind = ?, sector = ?,
       level = ?, country = ?, roles_text = ?, membership_status = ?, notes = ?, updated_at = ?
     WHERE id = ?`,
    [
      next.name,
      textKey(next.name),
      next.acronym,
      textKey(next.acronym),
      next.kind,
      next.sector,
      next.level,
      next.country,
      next.rolesText,
      next.membershipStatus,
      next.notes,
      now,
      id,
    ],
  );
  if (patch.pillarRoles !== undefined) await writePillarRoles(db, id, patch.pillarRoles);
  return toAgency(await findAgencyRow(db, id));
}

export async function setAgencyArchived(
  db: WritableDB,
  id: string,
  archived: boolean,
  now: string,
): Promise<Agency> {
  await findAgencyRow(db, id);
  await db.query('UPDATE agencies SET archived_at = ?, updated_at = ? WHERE id = ?', [
    archived ? now : null,
    now,
    id,
  ]);
  return toAgency(await findAgencyRow(db, id));
}

/**
 * Every column of another table that keeps an agency from being deleted: read from the schema
 * itself (each foreign key to agencies without ON DELETE CASCADE), so a module that adds a
 * reference later is counted without a change here.
 */
async function restrictingColumns(db: ReadableDB): Promise<{ table: string; column: string }[]> {
  return rows<{ table: string; column: string }>(
    db,
    `SELECT m.name AS "table", f."from" AS "column"
       FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND f."table" = 'agencies' AND f.on_delete <> 'CASCADE'
      ORDER BY m.name, f."from"`,
  );
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * What points at an agency; any of it makes deletion lose history. Focal points and bodies are
 * named (the register shows them); `records` counts every other reference — meetings,
 * attendance, actions, NAP activities, cases, agreements, trainings.
 */
export async function agencyReferences(db: ReadableDB, id: string) {
  const counts = await one<{ focal_points: number; bodies: number }>(
    db,
    `SELECT
       (SELECT count(*) FROM focal_points WHERE agency_id = ?) AS focal_points,
       (SELECT count(*) FROM bodies b WHERE b.chair_agency_id = ? OR b.secretariat_agency_id = ?
          OR EXISTS (SELECT 1 FROM body_members m WHERE m.body_id = b.id AND m.agency_id = ?)) AS bodies`,
    [id, id, id, id],
  );
  const named = new Set(['focal_points', 'bodies', 'body_members']);
  let records = 0;
  for (const { table, column } of await restrictingColumns(db)) {
    if (named.has(table)) continue;
    const found = await one<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM ${quoted(table)} WHERE ${quoted(column)} = ?`,
      [id],
    );
    records += found?.n ?? 0;
  }
  return { focalPoints: counts?.focal_points ?? 0, bodies: counts?.bodies ?? 0, records };
}

export async function deleteAgency(db: WritableDB, id: string): Promise<void> {
  const agency = await findAgencyRow(db, id);
  const refs = await agencyReferences(db, id);
  if (refs.focalPoints > 0 || refs.bodies > 0 || refs.records > 0) {
    throw new DomainError(
      'REFERENCED',
      `“${agency.name}” is still referenced (${refs.focalPoints} focal point(s), ${refs.bodies} coordination bod(ies), ${refs.records} other record(s) such as meetings, actions, NAP activities, cases, agreements or trainings); archive it instead to keep the history.`,
      refs,
    );
  }
  await db.query('DELETE FROM agencies WHERE id = ?', [id]);
}
