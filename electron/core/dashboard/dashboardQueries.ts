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
  type AgingBucket,
} from '../../../shared/domain/actions';
import type { ActionRow } from '../db/entities/actions';
import type { AgencyRow } from '../db/entities/agencies';
import { rows, type ReadableDB } from '../db/sql';

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
/**
 * Keeps SQLite from flattening a subquery into its GROUP BY: grouped directly, the planner
 * walks the owner index to save a sort and reads every action row; apart, the WHERE is answered
 * from a covering index (actions_open_due, actions_due_owner) and the grouping sorts in memory.
 */
const UNFLATTENED = 'LIMIT -1';

/** `AND a.body_id = ?` (or a meeting's) when the dashboard is limited to one body. */
function bodyScope(column: string, bodyId: string | undefined): Query {
  return bodyId ? { sql: ` AND ${column} = ?`, params: [bodyId] } : { sql: '', params: [] };
}

export function buildDashboardQueries(input: DashboardInput, today: string) {
  const actionsOf = bodyScope('a.body_id', input.bodyId);
  const meetingsOf = bodyScope('m.body_id', input.bodyId);
  return {
    /**
     * Open actions per owner agency and aging bucket (null: not overdue), in one pass. Days
     * overdue ≤ 30 ⟺ due on or after today − 30, and so on.
     */
    openByAgency: {
      sql: `SELECT agency_id, bucket, COUNT(*) AS count
              FROM (SELECT a.owner_agency_id AS agency_id,
                           CASE WHEN a.due_date IS NULL OR a.due_date >= ? THEN NULL
                                WHEN a.due_date >= ? THEN '0-30'
                                WHEN a.due_date >= ? THEN '31-60'
                                WHEN a.due_date >= ? THEN '61-90'
                                ELSE '90+' END AS bucket
                      FROM actions a
                     WHERE a.status IN ${OPEN_IN}${actionsOf.sql} ${UNFLATTENED})
             GROUP BY agency_id, bucket`,
      params: [
        today,
        addDays(today, -30),
        addDays(today, -60),
        addDays(today, -90),
        ...actionsOf.params,
      ],
    },
    /** Completion per owner agency over [from, to]. */
    completion: {
      sql: `SELECT agency_id, COUNT(*) AS due,
                   SUM(status = 'done' AND completed_at <= ?) AS completed,
                   SUM(status = 'done' AND completed_at <= due_date) AS on_time
              FROM (SELECT a.owner_agency_id AS agency_id, a.status, a.completed_at, a.due_date
                      FROM actions a
                     WHERE a.due_date >= ? AND a.due_date <= ? AND a.status <> 'cancelled'
                           ${actionsOf.sql} ${UNFLATTENED})
             GROUP BY agency_id`,
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

/** Open actions of one owner agency in one aging bucket (null: not overdue). */
export interface OpenByAgencyRow {
  agency_id: string;
  bucket: AgingBucket | null;
  count: number;
}

/** One owner agency's actions due in the period: how many, completed, completed on time. */
export interface CompletionRow {
  agency_id: string;
  due: number;
  completed: number | null;
  on_time: number | null;
}

/** One member agency's meetings held in the period and how many it attended. */
export interface AttendanceFiguresRow {
  agency_id: string;
  meetings: number;
  attended: number | null;
}

/** An open action due soon, with how many there are in all. */
export type UpcomingActionRow = Pick<ActionRow, 'id' | 'title' | 'status' | 'priority'> & {
  due_date: string;
  owner_agency_id: string;
  total: number;
};

/** How the dashboard names an agency. */
type DashboardAgency = Pick<AgencyRow, 'id' | 'name' | 'acronym'>;

/**
 * Hot query (dashboard:summary): the four grouped projections of buildDashboardQueries (open
 * actions by agency and aging bucket, completion, attendance, upcoming actions with their total).
 */
async function dashboardFigures(db: ReadableDB, q: ReturnType<typeof buildDashboardQueries>) {
  return {
    open: await rows<OpenByAgencyRow>(db, q.openByAgency.sql, q.openByAgency.params),
    completion: await rows<CompletionRow>(db, q.completion.sql, q.completion.params),
    attendance: await rows<AttendanceFiguresRow>(db, q.attendance.sql, q.attendance.params),
    upcoming: await rows<UpcomingActionRow>(db, q.upcoming.sql, q.upcoming.params),
  };
}

/**
 * Hot query (dashboard:summary): the names of the agencies the figures mention — one statement
 * text whatever their number (the ids go as one JSON array), each found by its primary key.
 */
function dashboardAgencies(db: ReadableDB, ids: string[]): Promise<DashboardAgency[]> {
  return rows<DashboardAgency>(
    db,
    `SELECT id, name, acronym FROM agencies WHERE id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(ids)],
  );
}

export async function dashboardSummary(
  db: ReadableDB,
  input: DashboardInput,
  today: string,
): Promise<Omit<DashboardSummary, 'agreementsDue'>> {
  const { open, completion, attendance, upcoming } = await dashboardFigures(
    db,
    buildDashboardQueries(input, today),
  );

  const ids = [
    ...new Set(
      [open, completion, attendance, upcoming.map((u) => ({ agency_id: u.owner_agency_id }))]
        .flat()
        .map((r) => r.agency_id),
    ),
  ];
  const agencies = new Map<string, DashboardAgency>();
  if (ids.length) {
    for (const a of await dashboardAgencies(db, ids)) agencies.set(a.id, a);
  }
  const ref = (id: string): DashboardAgency => agencies.get(id) ?? { id, name: '', acronym: '' };

  const openOf = new Map<string, { open: number; overdue: number }>();
  const agingCounts = new Map<AgingBucket, number>();
  for (const r of open) {
    const figures = openOf.get(r.agency_id) ?? { open: 0, overdue: 0 };
    figures.open += r.count;
    if (r.bucket) {
      figures.overdue += r.count;
      agingCounts.set(r.bucket, (agingCounts.get(r.bucket) ?? 0) + r.count);
    }
    openOf.set(r.agency_id, figures);
  }
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
