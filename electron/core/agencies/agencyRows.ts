/** Row shapes of the agency tables and their mapping to contract DTOs. */
import type { Agency, FocalPoint } from '../../../shared/contract/agencies';
import { isFocalPointActive } from '../../../shared/domain/agencies';
import type { AgencyPillarRoleRow, AgencyRow, FocalPointRow } from '../db/entities/agencies';

/** Focal point columns under the entity's property names, for the hot queries (alias `f`). */
export const FOCAL_POINT_COLUMNS = `f.id, f.agency_id AS "agencyId", f.name, f.title, f.email,
  f.phone, f.role, f.languages, f.start_date AS "startDate", f.end_date AS "endDate",
  f.replaced_by_id AS "replacedById", f.created_at AS "createdAt", f.updated_at AS "updatedAt"`;

/** json_group_object(pillar, role), or null when the agency has no pillar role. */
export function parsePillarRoles(json: string | null): Agency['pillarRoles'] {
  if (!json) return {};
  return JSON.parse(json) as Agency['pillarRoles'];
}

/** The pillar roles of an agency as the contract keys them. */
export function pillarRolesOf(
  roles: Pick<AgencyPillarRoleRow, 'pillar' | 'role'>[],
): Agency['pillarRoles'] {
  return Object.fromEntries(roles.map((r) => [r.pillar, r.role]));
}

export function toAgency(row: AgencyRow, pillarRoles: Agency['pillarRoles']): Agency {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    kind: row.kind,
    sector: row.sector,
    level: row.level,
    country: row.country,
    rolesText: row.rolesText,
    pillarRoles,
    membershipStatus: row.membershipStatus,
    notes: row.notes,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toFocalPoint(row: FocalPointRow, today: string): FocalPoint {
  const { startDate, endDate } = row;
  return {
    id: row.id,
    agencyId: row.agencyId,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    role: row.role,
    languages: JSON.parse(row.languages) as string[],
    startDate,
    endDate,
    active: isFocalPointActive({ startDate, endDate }, today),
    replacedById: row.replacedById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
