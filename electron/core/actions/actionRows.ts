/**
 * How actions are read from SQL and turned into DTOs: the shared SELECT (owner, focal point,
 * body, origin meeting, latest update) and the per-page lookups (supporting agencies).
 */
import type { ActionListItem } from '../../../shared/contract/actions';
import {
  daysOverdue,
  type ActionPriority,
  type ActionStatus,
} from '../../../shared/domain/actions';
import type { Language } from '../../../shared/domain/languages';
import { meetingTitle, type MeetingStatus } from '../../../shared/domain/meetings';
import type { AgencyRow } from '../db/entities/agencies';
import type { MeetingRow } from '../db/entities/meetings';
import { placeholders, rows, type ReadableDB } from '../db/sql';

/**
 * The SELECT of actions (`a`) with what they point at: owner `g`, focal point `f`, body `b`,
 * origin meeting `m` and the latest update `u` (by date, then entry order). `columns` and
 * `joins` add to it (the detail adds the agenda item and decision); `from` goes before
 * `actions a` (the list starts from its page of ids).
 */
export function actionSelect({ columns = '', joins = '', from = '' } = {}): string {
  return `SELECT a.id, a.title, a.status, a.priority, a.due_date,
    a.owner_agency_id, g.name AS owner_name, g.acronym AS owner_acronym,
    a.focal_point_id, f.name AS fp_name, a.body_id, b.name AS body_name,
    a.meeting_id, a.agenda_item_id, a.decision_id, m.body_id AS m_body_id, m.number AS m_number, m.title AS m_title,
    m.date AS m_date, m.status AS m_status, m.language AS m_language, a.carried_over, a.completed_at,
    a.created_at, a.updated_at, u.date AS update_date, u.note AS update_note,
    na.id AS nap_id, na.code AS nap_code, na.text AS nap_text,
    cs.id AS case_id, cs.code AS case_code${columns}
  FROM ${from} actions a
  JOIN agencies g ON g.id = a.owner_agency_id
  LEFT JOIN focal_points f ON f.id = a.focal_point_id
  LEFT JOIN bodies b ON b.id = a.body_id
  LEFT JOIN meetings m ON m.id = a.meeting_id
  LEFT JOIN action_updates u ON u.id = (
    SELECT id FROM action_updates WHERE action_id = a.id
     ORDER BY date DESC, created_at DESC, rowid DESC LIMIT 1)
  LEFT JOIN nap_action_links nl ON nl.action_id = a.id
  LEFT JOIN nap_activities na ON na.id = nl.activity_id
  LEFT JOIN case_action_links cl ON cl.action_id = a.id
  LEFT JOIN cases cs ON cs.id = cl.case_id${joins}`;
}

export interface ActionJoinRow {
  id: string;
  title: string;
  status: ActionStatus;
  priority: ActionPriority;
  due_date: string | null;
  owner_agency_id: string;
  owner_name: string;
  owner_acronym: string;
  focal_point_id: string | null;
  fp_name: string | null;
  body_id: string | null;
  body_name: string | null;
  meeting_id: string | null;
  agenda_item_id: string | null;
  decision_id: string | null;
  m_body_id: string | null;
  m_number: number | null;
  m_title: string | null;
  m_date: string | null;
  m_status: MeetingStatus | null;
  m_language: Language | null;
  carried_over: number;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  update_date: string | null;
  update_note: string | null;
  nap_id: string | null;
  nap_code: string | null;
  nap_text: string | null;
  case_id: string | null;
  case_code: string | null;
}

export type AgencyRef = Pick<AgencyRow, 'id' | 'name' | 'acronym'>;

/** A meeting as the action queries select it (`m.body_id` keeps its SQL name). */
export type MeetingRefRow = Pick<
  MeetingRow,
  'id' | 'number' | 'title' | 'date' | 'status' | 'language'
> & {
  body_id: string;
};

/** A supporting agency of one action, as {@link supportingAgencies} selects it. */
export type SupportingAgencyRow = AgencyRef & { action_id: string };

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** The ref of a LEFT JOINed meeting, or null when there is none. */
export function optionalMeetingRef(m: Nullable<MeetingRefRow>) {
  return m.id && m.body_id && m.number !== null && m.status
    ? toMeetingRef({
        ...m,
        id: m.id,
        body_id: m.body_id,
        number: m.number,
        status: m.status,
        title: m.title ?? '',
        date: m.date ?? '',
        language: m.language ?? 'en',
      })
    : null;
}

export function toMeetingRef(m: MeetingRefRow) {
  return {
    id: m.id,
    bodyId: m.body_id,
    number: m.number,
    // The meeting's own title, or "12th meeting" in its language (as meetings:get shows it).
    title: meetingTitle({ customTitle: m.title, number: m.number }, m.language),
    date: m.date,
    status: m.status,
  };
}

/**
 * Hot query (actions:list): supporting agencies of each action of a page (also of actions:get),
 * by name — one join for the whole page.
 */
export async function supportingAgencies(
  db: ReadableDB,
  actionIds: string[],
): Promise<Map<string, AgencyRef[]>> {
  const byAction = new Map<string, AgencyRef[]>();
  if (actionIds.length === 0) return byAction;
  const found = await rows<SupportingAgencyRow>(
    db,
    `SELECT s.action_id, g.id, g.name, g.acronym FROM action_supporting_agencies s
       JOIN agencies g ON g.id = s.agency_id
      WHERE s.action_id IN (${placeholders(actionIds)}) ORDER BY g.name`,
    actionIds,
  );
  for (const r of found) {
    const list = byAction.get(r.action_id) ?? [];
    list.push({ id: r.id, name: r.name, acronym: r.acronym });
    byAction.set(r.action_id, list);
  }
  return byAction;
}

export function toListItem(
  r: ActionJoinRow,
  supporting: AgencyRef[],
  today: string,
): ActionListItem {
  const overdueDays = daysOverdue(r.status, r.due_date, today);
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    priority: r.priority,
    dueDate: r.due_date,
    ownerAgency: { id: r.owner_agency_id, name: r.owner_name, acronym: r.owner_acronym },
    focalPoint: r.focal_point_id ? { id: r.focal_point_id, name: r.fp_name ?? '' } : null,
    supportingAgencies: supporting,
    body: r.body_id ? { id: r.body_id, name: r.body_name ?? '' } : null,
    meeting: optionalMeetingRef({
      id: r.meeting_id,
      body_id: r.m_body_id,
      number: r.m_number,
      title: r.m_title,
      date: r.m_date,
      status: r.m_status,
      language: r.m_language,
    }),
    agendaItemId: r.agenda_item_id,
    decisionId: r.decision_id,
    overdue: overdueDays > 0,
    daysOverdue: overdueDays,
    timesCarriedOver: r.carried_over,
    latestUpdate:
      r.update_date !== null ? { date: r.update_date, note: r.update_note ?? '' } : null,
    completedAt: r.completed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    napActivity: r.nap_id ? { id: r.nap_id, code: r.nap_code ?? '', text: r.nap_text ?? '' } : null,
    case: r.case_id ? { id: r.case_id, code: r.case_code ?? '' } : null,
  };
}
