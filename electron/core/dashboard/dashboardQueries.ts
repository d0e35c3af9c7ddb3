/**
 * The chair's dashboard in a handful of grouped queries over actions, meetings and attendance
 * (definitions of every figure: shared/contract/dashboard.ts). The queries are built apart from
 * running them so the benchmark can run the very same SQL raw.
 */
import type { DashboardSummary } from '../../../shared/contract/dashboard';
import {
  addDays,
  AGING_BUCKETS,
  daysBetween,
  OPEN_ACTION_STATUSES,
  rate,
  UPCOMING_DAYS,
  type ActionPriority,
  type ActionStatus,
  type AgingBucket,
} from '../../../shared/domain/actions';
import { rows, type Db } from '../db/sql';

export interface DashboardInput {
  from: string;
  to: string;
  bodyId?: string;
}

interface Query {
  sql: string;
  params: unknown[];
}

const OPEN_IN = `(${OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(', ')})`;
/** Meetings that took place: held, or further along the workflow. */
const HELD_IN = `('held', 'minutes_drafted', 'minutes_approved')`;
/** At the meeting in person or through an alternate (as for the quorum). */
const ATTENDED_IN = `('present', 'represented')`;
export const UPCOMING_LIMIT = 50;

/** `AND a.body_id = ?` (or a meeting's) when the dashboard is limited to one body. */
function bodyScope(column: string, bodyId: string | undefined): Query {
  return bodyId ? { sql: ` AND ${column} = ?`, params: [bodyId] } : { sql: '', params: [] };
}

export function buildDashboardQueries(input: DashboardInput, today: string) {
  const actionsOf = bodyScope('a.body_id', input.bodyId);
  const meetingsOf = bodyScope('m.body_id', input.bodyId);
  return {
    /** Open and overdue per owner agency, today. */
    openByAgency: {
      sql: `SELECT a.owner_agency_id AS agency_id, COUNT(*) AS open,
                   SUM(a.due_date IS NOT NULL AND a.due_date < ?) AS overdue
              FROM actions a WHERE a.status IN ${OPEN_IN}${actionsOf.sql}
             GROUP BY a.owner_agency_id`,
      params: [today, ...actionsOf.params],
    },
    /** Overdue actions per aging bucket (days overdue: 1–30, 31–60, 61–90, >90). */
    aging: {
      sql: `SELECT CASE WHEN d <= 30 THEN '0-30' WHEN d <= 60 THEN '31-60'
                        WHEN d <= 90 THEN '61-90' ELSE '90+' END AS bucket, COUNT(*) AS count
              FROM (SELECT CAST(julianday(?) - julianday(a.due_date) AS INTEGER) AS d
                      FROM actions a
                     WHERE a.status IN ${OPEN_IN} AND a.due_date IS NOT NULL AND a.due_date < ?
                       ${actionsOf.sql})
             GROUP BY bucket`,
      params: [today, today, ...actionsOf.params],
    },
    /** Completion per owner agency over [from, to]. */
    completion: {
      sql: `SELECT a.owner_agency_id AS agency_id, COUNT(*) AS due,
                   SUM(a.status = 'done' AND a.completed_at <= ?) AS completed,
                   SUM(a.status = 'done' AND a.completed_at <= a.due_date) AS on_time
              FROM actions a
             WHERE a.due_date >= ? AND a.due_date <= ? AND a.status <> 'cancelled'${actionsOf.sql}
             GROUP BY a.owner_agency_id`,
      params: [input.to, input.from, input.to, ...actionsOf.params],
    },
    /** Attendance per member agency at meetings held in [from, to]. */
    attendance: {
      sql: `SELECT bm.agency_id, COUNT(*) AS meetings,
                   SUM(t.status IN ${ATTENDED_IN}) AS attended
              FROM meetings m
              JOIN body_members bm ON bm.body_id = m.body_id
              LEFT JOIN attendance t ON t.meeting_id = m.id AND t.agency_id = bm.agency_id
             WHERE m.status IN ${HELD_IN} AND m.date >= ? AND m.date <= ?${meetingsOf.sql}
             GROUP BY bm.agency_id`,
      params: [input.from, input.to, ...meetingsOf.params],
    },
    /** Open actions due from today to today + UPCOMING_DAYS, soonest first. */
    upcoming: {
      sql: `SELECT a.id, a.title, a.due_date, a.status, a.priority, a.owner_agency_id,
                   COUNT(*) OVER () AS total
              FROM actions a
             WHERE a.status IN ${OPEN_IN} AND a.due_date >= ? AND a.due_date <= ?${actionsOf.sql}
             ORDER BY a.due_date,
                      CASE a.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
                      a.title COLLATE NOCASE, a.id
             LIMIT ${UPCOMING_LIMIT}`,
      params: [today, addDays(today, UPCOMING_DAYS), ...actionsOf.params],
    },
  } satisfies Record<string, Query>;
}

type Counts = Record<string, number | null>;

interface AgencyRow {
  id: string;
  name: string;
  acronym: string;
}

export async function dashboardSummary(
  db: Db,
  input: DashboardInput,
  today: string,
): Promise<DashboardSummary> {
  const q = buildDashboardQueries(input, today);
  const open = await rows<Counts & { agency_id: string }>(
    db,
    q.openByAgency.sql,
    q.openByAgency.params,
  );
  const aging = await rows<{ bucket: AgingBucket; count: number }>(db, q.aging.sql, q.aging.params);
  const completion = await rows<Counts & { agency_id: string }>(
    db,
    q.completion.sql,
    q.completion.params,
  );
  const attendance = await rows<Counts & { agency_id: string }>(
    db,
    q.attendance.sql,
    q.attendance.params,
  );
  const upcoming = await rows<{
    id: string;
    title: string;
    due_date: string;
    status: ActionStatus;
    priority: ActionPriority;
    owner_agency_id: string;
    total: number;
  }>(db, q.upcoming.sql, q.upcoming.params);

  const ids = [
    ...new Set(
      [open, completion, attendance, upcoming.map((u) => ({ agency_id: u.owner_agency_id }))]
        .flat()
        .map((r) => r.agency_id),
    ),
  ];
  const agencies = new Map<string, AgencyRow>();
  if (ids.length) {
    const found = await rows<AgencyRow>(
      db,
      `SELECT id, name, acronym FROM agencies WHERE id IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(ids)],
    );
    for (const a of found) agencies.set(a.id, a);
  }
  const ref = (id: string): AgencyRow => agencies.get(id) ?? { id, name: '', acronym: '' };

  const openOf = new Map(open.map((r) => [r.agency_id, r]));
  const completionOf = new Map(completion.map((r) => [r.agency_id, r]));
  const attendanceOf = new Map(attendance.map((r) => [r.agency_id, r]));
  const num = (v: number | null | undefined) => v ?? 0;
  const byAgency = ids
    .filter((id) => openOf.has(id) || completionOf.has(id) || attendanceOf.has(id))
    .map((id) => {
      const c = completionOf.get(id);
      const t = attendanceOf.get(id);
      const due = num(c?.due);
      const completed = num(c?.completed);
      const meetings = num(t?.meetings);
      const attended = num(t?.attended);
      return {
        agency: ref(id),
        open: num(openOf.get(id)?.open),
        overdue: num(openOf.get(id)?.overdue),
        completion: { due, completed, onTime: num(c?.on_time), rate: rate(completed, due) },
        attendance: { meetings, attended, rate: rate(attended, meetings) },
      };
    })
    .sort(
      (a, b) =>
        b.overdue - a.overdue ||
        b.open - a.open ||
        a.agency.name.localeCompare(b.agency.name) ||
        a.agency.id.localeCompare(b.agency.id),
    );
  const sum = (pick: (r: (typeof byAgency)[number]) => number) =>
    byAgency.reduce((n, r) => n + pick(r), 0);
  const agingCounts = new Map(aging.map((r) => [r.bucket, r.count]));
  return {
    today,
    from: input.from,
    to: input.to,
    open: sum((r) => r.open),
    overdue: sum((r) => r.overdue),
    aging: AGING_BUCKETS.map((bucket) => ({ bucket, count: agingCounts.get(bucket) ?? 0 })),
    byAgency,
    completionRate: rate(
      sum((r) => r.completion.completed),
      sum((r) => r.completion.due),
    ),
    upcoming: upcoming.map((u) => ({
      id: u.id,
      title: u.title,
      ownerAgency: ref(u.owner_agency_id),
      dueDate: u.due_date,
      daysLeft: daysBetween(today, u.due_date),
      status: u.status,
      priority: u.priority,
    })),
    upcomingTotal: upcoming[0]?.total ?? 0,
  };
}
