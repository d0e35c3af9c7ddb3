/** Read side of the agency register: the filtered, sorted list, the detail, and the 4P matrix. */
import type { z } from 'zod';
import type {
  Agency,
  AgencyDetail,
  AgencyListItem,
  agencyListInputSchema,
} from '../../../shared/contract/agencies';
import { PILLARS } from '../../../shared/domain/agencies';
import { DomainError } from '../../../shared/errors';
import {
  AgencyEntity,
  AgencyPillarRoleEntity,
  type AgencyRow,
  type FocalPointRow,
} from '../db/entities/agencies';
import type { BodyRow } from '../db/entities/bodies';
import { likePattern, placeholders, rows, textKey, type ReadableDB } from '../db/sql';
import {
  FOCAL_POINT_COLUMNS,
  parsePillarRoles,
  pillarRolesOf,
  toAgency,
  toFocalPoint,
} from './agencyRows';

type ListInput = z.output<typeof agencyListInputSchema>;

const SORT_COLUMNS: Record<ListInput['sortBy'], string> = {
  name: 'a.name_key',
  acronym: "a.acronym_key = '', a.acronym_key",
  kind: 'a.kind',
  membershipStatus: 'a.membership_status',
  updatedAt: 'a.updated_at',
};

/** Active-on-a-date condition for focal points aliased `f`, with the date bound twice. */
const ACTIVE_FP =
  '(f.start_date IS NULL OR f.start_date <= ?) AND (f.end_date IS NULL OR f.end_date > ?)';

/** A row of the agency list: the agency, its pillar roles and its focal points in post. */
export type AgencyListRow = Pick<
  AgencyRow,
  'id' | 'name' | 'acronym' | 'kind' | 'sector' | 'level' | 'country'
> & {
  membership_status: AgencyListItem['membershipStatus'];
  archived_at: string | null;
  updated_at: string;
  pillar_roles: string | null;
  active_fps: number | null;
  primary_start: string | null;
  fp_id: string | null;
  fp_name: string | null;
  fp_email: string | null;
  fp_phone: string | null;
};

/** The list query for a filter (exported so the benchmark can run the same SQL raw). */
export function buildAgencyListQuery(
  input: ListInput,
  today: string,
): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeArchived) where.push('a.archived_at IS NULL');
  // Every word must appear in the name or the acronym, in any order.
  for (const word of textKey(input.search).split(' ').filter(Boolean)) {
    where.push(`(a.name_key LIKE ? ESCAPE '\\' OR a.acronym_key LIKE ? ESCAPE '\\')`);
    params.push(likePattern(word), likePattern(word));
  }
  for (const [column, values] of [
    ['a.kind', input.kinds],
    ['a.sector', input.sectors],
    ['a.membership_status', input.statuses],
  ] as const) {
    if (values.length > 0) {
      where.push(`${column} IN (${placeholders(values)})`);
      params.push(...values);
    }
  }
  if (input.pillars.length > 0) {
    const roleClause = input.pillarRole === 'any' ? '' : ' AND r.role = ?';
    where.push(
      `EXISTS (SELECT 1 FROM agency_pillar_roles r WHERE r.agency_id = a.id AND r.pillar IN (${placeholders(input.pillars)})${roleClause})`,
    );
    params.push(...input.pillars);
    if (input.pillarRole !== 'any') params.push(input.pillarRole);
  }
  const direction = input.sortDirection === 'desc' ? 'DESC' : 'ASC';
  const order = SORT_COLUMNS[input.sortBy]
    .split(', ')
    .map((c) => `${c} ${direction}`)
    .join(', ');
  // Focal points in post, aggregated once per agency. SQLite takes the bare columns of an
  // aggregate query with a single max() from the row that holds the max: the latest primary.
  const sql = `
    SELECT a.id, a.name, a.acronym, a.kind, a.sector, a.level, a.country, a.membership_status,
      a.archived_at, a.updated_at,
      (SELECT json_group_object(r.pillar, r.role) FROM agency_pillar_roles r WHERE r.agency_id = a.id) AS pillar_roles,
      fp.active_fps, fp.primary_start, fp.fp_id, fp.fp_name, fp.fp_email, fp.fp_phone
    FROM agencies a
    LEFT JOIN (
      SELECT f.agency_id, count(*) AS active_fps,
        max(CASE WHEN f.role = 'primary' THEN coalesce(f.start_date, '') END) AS primary_start,
        f.id AS fp_id, f.name AS fp_name, f.email AS fp_email, f.phone AS fp_phone
      FROM focal_points f WHERE ${ACTIVE_FP} GROUP BY f.agency_id
    ) fp ON fp.agency_id = a.id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${order}, a.name_key ASC`;
  return { sql, params: [today, today, ...params] };
}

/** Hot query (agencies:list): the filtered, sorted register with focal points in post. */
export async function listAgencies(
  db: ReadableDB,
  input: ListInput,
  today: string,
): Promise<{ items: AgencyListItem[]; total: number }> {
  const query = buildAgencyListQuery(input, today);
  const result = await rows<AgencyListRow>(db, query.sql, query.params);
  const items = result.map((r): AgencyListItem => ({
    id: r.id,
    name: r.name,
    acronym: r.acronym,
    kind: r.kind,
    sector: r.sector,
    level: r.level,
    country: r.country,
    membershipStatus: r.membership_status,
    archived: r.archived_at !== null,
    updatedAt: r.updated_at,
    pillarRoles: parsePillarRoles(r.pillar_roles),
    primaryFocalPoint:
      r.primary_start !== null && r.fp_id
        ? { id: r.fp_id, name: r.fp_name ?? '', email: r.fp_email ?? '', phone: r.fp_phone ?? '' }
        : null,
    activeFocalPoints: r.active_fps ?? 0,
  }));
  return { items, total: items.length };
}

/** The agency with its pillar roles; NOT_FOUND when it does not exist. */
export async function findAgency(db: ReadableDB, id: string): Promise<Agency> {
  const row = await db.getRepository(AgencyEntity).findOneBy({ id });
  if (!row) throw new DomainError('NOT_FOUND', 'This agency does not exist.', { id });
  const roles = await db.getRepository(AgencyPillarRoleEntity).find({
    select: { pillar: true, role: true },
    where: { agencyId: id },
    order: { pillar: 'ASC' },
  });
  return toAgency(row, pillarRolesOf(roles));
}

/** A coordination body an agency chairs, runs the secretariat of, or belongs to. */
export type AgencyBodyRow = Pick<BodyRow, 'id' | 'name'> & {
  member: number;
  /** NULL when the body has no chair (or secretariat). */
  chair: number | null;
  secretariat: number | null;
};

/**
 * Hot query (agencies:get): the agency's focal points, those in post first, and the bodies it
 * takes part in with its roles there.
 */
export async function getAgencyDetail(
  db: ReadableDB,
  id: string,
  today: string,
): Promise<AgencyDetail> {
  const agency = await findAgency(db, id);
  const focalPoints = await rows<FocalPointRow>(
    db,
    `SELECT ${FOCAL_POINT_COLUMNS} FROM focal_points f WHERE f.agency_id = ?
     ORDER BY f.end_date IS NOT NULL, f.end_date DESC, f.role = 'alternate', f.start_date DESC, f.name`,
    [id],
  );
  const memberships = await rows<AgencyBodyRow>(
    db,
    `SELECT b.id, b.name,
       EXISTS (SELECT 1 FROM body_members m WHERE m.body_id = b.id AND m.agency_id = ?) AS member,
       b.chair_agency_id = ? AS chair, b.secretariat_agency_id = ? AS secretariat
     FROM bodies b
     WHERE b.chair_agency_id = ? OR b.secretariat_agency_id = ?
        OR EXISTS (SELECT 1 FROM body_members m WHERE m.body_id = b.id AND m.agency_id = ?)
     ORDER BY b.name`,
    [id, id, id, id, id, id],
  );
  return {
    ...agency,
    focalPoints: focalPoints.map((r) => toFocalPoint(r, today)),
    bodies: memberships.map((b) => ({
      bodyId: b.id,
      bodyName: b.name,
      roles: [
        ...(b.chair ? (['chair'] as const) : []),
        ...(b.secretariat ? (['secretariat'] as const) : []),
        ...(b.member ? (['member'] as const) : []),
      ],
    })),
  };
}

/** A row of the 4P matrix: the agency and its pillar roles. */
export type AgencyMatrixRow = Pick<AgencyRow, 'id' | 'name' | 'acronym' | 'kind'> & {
  pillar_roles: string | null;
};

/** Hot query (agencies:matrix): current agencies with their pillar roles, by name. */
export async function agencyMatrix(db: ReadableDB, includeObservers: boolean) {
  const statuses = includeObservers ? ['member', 'observer'] : ['member'];
  const result = await rows<AgencyMatrixRow>(
    db,
    `SELECT a.id, a.name, a.acronym, a.kind,
       (SELECT json_group_object(r.pillar, r.role) FROM agency_pillar_roles r WHERE r.agency_id = a.id) AS pillar_roles
     FROM agencies a
     WHERE a.archived_at IS NULL AND a.membership_status IN (${placeholders(statuses)})
     ORDER BY a.name_key`,
    statuses,
  );
  return {
    pillars: [...PILLARS],
    rows: result.map((r) => ({
      id: r.id,
      name: r.name,
      acronym: r.acronym,
      kind: r.kind,
      pillarRoles: parsePillarRoles(r.pillar_roles),
    })),
  };
}
