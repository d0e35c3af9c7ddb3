/** Row shapes of the agency tables and their mapping to contract DTOs. */
import type { Agency, FocalPoint } from '../../../shared/contract/agencies';
import { isFocalPointActive } from '../../../shared/domain/agencies';

export interface AgencyRow {
  id: string;
  name: string;
  acronym: string;
  kind: Agency['kind'];
  sector: Agency['sector'];
  level: Agency['level'];
  country: string;
  roles_text: string;
  membership_status: Agency['membershipStatus'];
  notes: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  /** json_group_object(pillar, role), or null when the agency has no pillar role. */
  pillar_roles: string | null;
}

export interface FocalPointRow {
  id: string;
  agency_id: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  role: FocalPoint['role'];
  languages: string;
  start_date: string | null;
  end_date: string | null;
  replaced_by_id: string | null;
  created_at: string;
  updated_at: string;
}

export const AGENCY_COLUMNS = `a.id, a.name, a.acronym, a.kind, a.sector, a.level, a.country, a.roles_text,
  a.membership_status, a.notes, a.archived_at, a.created_at, a.updated_at,
  (SELECT json_group_object(r.pillar, r.role) FROM agency_pillar_roles r WHERE r.agency_id = a.id) AS pillar_roles`;

export function parsePillarRoles(json: string | null): Agency['pillarRoles'] {
  if (!json) return {};
  return JSON.parse(json) as Agency['pillarRoles'];
}

export function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    kind: row.kind,
    sector: row.sector,
    level: row.level,
    country: row.country,
    rolesText: row.roles_text,
    pillarRoles: parsePillarRoles(row.pillar_roles),
    membershipStatus: row.membership_status,
    notes: row.notes,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toFocalPoint(row: FocalPointRow, today: string): FocalPoint {
  const startDate = row.start_date;
  const endDate = row.end_date;
  return {
    id: row.id,
    agencyId: row.agency_id,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    role: row.role,
    languages: JSON.parse(row.languages) as string[],
    startDate,
    endDate,
    active: isFocalPointActive({ startDate, endDate }, today),
    replacedById: row.replaced_by_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
