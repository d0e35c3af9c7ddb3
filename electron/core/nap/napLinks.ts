/** The reads of shared/contract/napLinks.ts: an activity's links, a meeting's NAP review. */
import type { z } from 'zod';
import type { ActionListItem } from '../../../shared/contract/actions';
import type { napMeetingActivitySchema } from '../../../shared/contract/napLinks';
import type { Language } from '../../../shared/domain/languages';
import { isLocked, meetingTitle } from '../../../shared/domain/meetings';
import type { NapActivityStatus } from '../../../shared/domain/nap';
import { addDays } from '../../../shared/domain/actions';
import { DomainError } from '../../../shared/errors';
import { MeetingEntity, type MeetingRow } from '../db/entities/meetings';
import { NapActivityEntity, type NapPlanRow } from '../db/entities/nap';
import { rows, type ReadableDB } from '../db/sql';
import { listActions } from '../actions/actionQueries';

type MeetingActivity = z.infer<typeof napMeetingActivitySchema>;

/** How far after the meeting an activity's end makes it "due" on the NAP progress item. */
export const NAP_DUE_DAYS = 90;

/** A meeting that reviewed an activity, with how many updates it recorded. */
export type ActivityMeetingRow = Pick<MeetingRow, 'id' | 'number' | 'title' | 'date'> & {
  language: Language;
  updates: number;
};

/** Hot query (nap:activityLinks): the meetings that recorded updates of an activity. */
function activityMeetings(db: ReadableDB, activityId: string): Promise<ActivityMeetingRow[]> {
  return rows<ActivityMeetingRow>(
    db,
    `SELECT m.id, m.number, m.title, m.date, m.language, COUNT(*) AS updates
       FROM nap_progress_updates u JOIN meetings m ON m.id = u.meeting_id
      WHERE u.activity_id = ? GROUP BY m.id ORDER BY m.date, m.number`,
    [activityId],
  );
}

export async function activityLinks(
  db: ReadableDB,
  activityId: string,
  today: string,
): Promise<{
  actions: ActionListItem[];
  meetings: { id: string; title: string; date: string; updates: number }[];
}> {
  const found = await db.getRepository(NapActivityEntity).existsBy({ id: activityId });
  if (!found)
    throw new DomainError('NOT_FOUND', 'This NAP activity does not exist.', { activityId });
  const { items } = await listActions(
    db,
    { napActivityId: activityId, sortBy: 'dueDate', sortDir: 'asc', limit: 500, offset: 0 },
    today,
  );
  const meetings = await activityMeetings(db, activityId);
  return {
    actions: items,
    meetings: meetings.map((m) => ({
      id: m.id,
      title: meetingTitle({ customTitle: m.title, number: m.number }, m.language),
      date: m.date,
      updates: m.updates,
    })),
  };
}

/** An open activity due or at risk, with its latest progress update (the u_ columns). */
export interface ReviewRow {
  id: string;
  plan_id: string;
  code: string;
  text: string;
  status: NapActivityStatus;
  end_date: string | null;
  u_status: NapActivityStatus | null;
  u_narrative: string | null;
  u_reason: string | null;
  u_created_at: string | null;
  u_meeting_id: string | null;
}

/** An active plan with the period a meeting's day falls in. */
export type ReviewPlanRow = Pick<NapPlanRow, 'id' | 'title'> & { period_id: string | null };

/** Hot query (nap:meetingProgress): the active plans with the period of the meeting's day. */
function reviewPlans(db: ReadableDB, day: string): Promise<ReviewPlanRow[]> {
  return rows<ReviewPlanRow>(
    db,
    `SELECT p.id, p.title,
            (SELECT id FROM nap_periods WHERE plan_id = p.id AND start_date <= ? AND end_date >= ?
              ORDER BY start_date LIMIT 1) AS period_id
       FROM nap_plans p WHERE p.status = 'active' ORDER BY p.start_date, p.rowid`,
    [day, day],
  );
}

/** Hot query (nap:meetingProgress): the open activities due by the horizon or at risk. */
function reviewActivities(db: ReadableDB, horizon: string): Promise<ReviewRow[]> {
  return rows<ReviewRow>(
    db,
    `SELECT a.id, a.plan_id, a.code, a.text, a.status, a.end_date,
            u.status AS u_status, u.narrative AS u_narrative, u.status_reason AS u_reason,
            u.created_at AS u_created_at, u.meeting_id AS u_meeting_id
       FROM nap_activities a JOIN nap_plans p ON p.id = a.plan_id AND p.status = 'active'
       LEFT JOIN nap_progress_updates u ON u.id = (
         SELECT id FROM nap_progress_updates WHERE activity_id = a.id
          ORDER BY created_at DESC, rowid DESC LIMIT 1)
      WHERE a.status NOT IN ('completed', 'cancelled')
        AND (a.status IN ('at_risk', 'delayed') OR (a.end_date IS NOT NULL AND a.end_date <= ?))
      ORDER BY a.end_date IS NULL, a.end_date, a.code`,
    [horizon],
  );
}

export async function meetingProgress(db: ReadableDB, meetingId: string) {
  const meeting = await db
    .getRepository(MeetingEntity)
    .findOne({ select: { date: true, status: true }, where: { id: meetingId } });
  if (!meeting) throw new DomainError('NOT_FOUND', 'There is no such meeting.', { meetingId });
  const day = meeting.date.slice(0, 10);
  const horizon = addDays(day, NAP_DUE_DAYS);
  const plans = await reviewPlans(db, day);
  const found = await reviewActivities(db, horizon);
  const byPlan = new Map<string, MeetingActivity[]>();
  for (const r of found) {
    const late = r.status === 'at_risk' || r.status === 'delayed' || (r.end_date ?? day) < day;
    const list = byPlan.get(r.plan_id) ?? [];
    list.push({
      id: r.id,
      code: r.code,
      text: r.text,
      status: r.status,
      end: r.end_date,
      reason: late ? 'at_risk' : 'due',
      latestUpdate: r.u_status
        ? {
            status: r.u_status,
            narrative: r.u_narrative ?? '',
            statusReason: r.u_reason ?? '',
            createdAt: r.u_created_at ?? '',
            meetingId: r.u_meeting_id,
          }
        : null,
    });
    byPlan.set(r.plan_id, list);
  }
  return {
    locked: isLocked(meeting.status),
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      periodId: p.period_id,
      activities: byPlan.get(p.id) ?? [],
    })),
  };
}
