/** Read side of the agency register: the filtered, sorted list, the detail, and the 4P matrix. */
import type { z } from 'zod';
import type {
  AgencyDetail,
  AgencyListItem,
  agencyListInputSchema,
} from '../../../shared/contract/agencies';
import { PILLARS } from '../../../shared/domain/agencies';
import { DomainError } from '../../../shared/errors';
import { likePattern, one, placeholders, rows, textKey, type ReadableDB } from '../db/sql';
import {
  AGENCY_COLUMNS,
  parsePillarRoles,
  toAgency,
  toFocalPoint,
  type AgencyRow,
  type FocalPointRow,
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

interface ListRow {
  id: string;
  name: string;
  acronym: string;
  kind: AgencyListItem['kind'];
  sector: AgencyListItem['sector'];
  level: AgencyListItem['level'];
  country: string;
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
}

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

export async function listAgencies(
  db: ReadableDB,
  input: ListInput,
  today: string,
): Promise<{ items: AgencyListItem[]; total: number }> {
  const query = buildAgencyListQuery(input, today);
  const result = await rows<ListRow>(db, query.sql, query.params);
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

export async function findAgencyRow(db: ReadableDB, id: string): Promise<AgencyRow> {
  const row = await one<AgencyRow>(db, `SELECT ${AGENCY_COLUMNS} FROM agencies a WHERE a.id = ?`, [
    id,
  ]);
  if (!row) throw new DomainError('NOT_FOUND', 'This agency does not exist.', { id });
  return row;
}

export async function getAgencyDetail(
  db: ReadableDB,
  id: string,
  today: string,
): Promise<AgencyDetail> {
  const agency = toAgency(await findAgencyRow(db, id));
  const focalPoints = await rows<FocalPointRow>(
    db,
    `SELECT * FROM focal_points WHERE agency_id = ?
     ORDER BY end_date IS NOT NULL, end_date DESC, role = 'alternate', start_date DESC, name`,
    [id],
  );
  const memberships = await rows<{
    id: string;
    name: string;
    member: number;
    chair: number;
    secretariat: number;
  }>(
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

export async function agencyMatrix(db: ReadableDB, includeObservers: boolean) {
  const statuses = includeObservers ? ['member', 'observer'] : ['member'];
  const result = await rows<AgencyRow>(
    db,
    `SELECT ${AGENCY_COLUMNS} FROM agencies a
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
