/**
 * Reading a meeting's agenda as the secretariat works on it: the items in order with their
 * presenters and estimated start times, the "review of action items" with the body's open
 * actions, and the link to the previous meeting on the "approval of the previous minutes".
 */
import type { ActionReviewEntry, AgendaItem } from '../../../shared/contract/meetings';
import { daysOverdue, OPEN_ACTION_STATUSES } from '../../../shared/domain/actions';
import { agendaTimes, type AgendaItemKind } from '../../../shared/domain/meetings';
import type { RichDoc } from '../../../shared/domain/richText';
import type { ActionRow } from '../db/entities/actions';
import type { AgendaItemRow } from '../db/entities/meetings';
import { placeholders, rows, type ReadableDB } from '../db/sql';

/** The meeting fields the agenda needs. */
interface AgendaMeeting {
  id: string;
  body_id: string;
  number: number;
  date: string;
  start_time: string;
}

/** A row of the action review: the action, its owner's name and its latest update. */
export type ActionReviewRow = Pick<
  ActionRow,
  'id' | 'title' | 'ownerAgencyId' | 'dueDate' | 'status' | 'priority' | 'carriedOver'
> & {
  owner_name: string;
  owner_acronym: string;
  update_date: string | null;
  update_note: string | null;
};

/** The statement of `actionReviewRows`, built once (its text is the prepared statement's key). */
const ACTION_REVIEW_SQL = `SELECT a.id, a.title, a.owner_agency_id AS "ownerAgencyId", g.name AS owner_name,
          g.acronym AS owner_acronym, a.due_date AS "dueDate", a.status, a.priority,
          a.carried_over AS "carriedOver", u.date AS update_date, u.note AS update_note
     FROM actions a
     JOIN agencies g ON g.id = a.owner_agency_id
     LEFT JOIN meetings m ON m.id = a.meeting_id
     LEFT JOIN action_updates u ON u.id = (
       SELECT id FROM action_updates WHERE action_id = a.id
        ORDER BY date DESC, created_at DESC, rowid DESC LIMIT 1)
    WHERE a.body_id = ? AND a.status IN (${placeholders(OPEN_ACTION_STATUSES)})
      AND (a.meeting_id IS NULL OR m.number < ?)
    ORDER BY a.due_date IS NULL, a.due_date, a.title`;

/**
 * Hot query (meetings:get): what the "review of action items" lists: the body's actions still
 * open, from earlier meetings or raised outside a meeting, each with its latest progress update.
 */
function actionReviewRows(db: ReadableDB, meeting: AgendaMeeting): Promise<ActionReviewRow[]> {
  return rows<ActionReviewRow>(db, ACTION_REVIEW_SQL, [
    meeting.body_id,
    ...OPEN_ACTION_STATUSES,
    meeting.number,
  ]);
}

/** The review's entries, with days overdue on the meeting's date. */
function toActionReview(found: ActionReviewRow[], meetingDate: string): ActionReviewEntry[] {
  return found.map((a) => ({
    id: a.id,
    title: a.title,
    ownerAgency: { id: a.ownerAgencyId, name: a.owner_name, acronym: a.owner_acronym },
    dueDate: a.dueDate,
    status: a.status,
    priority: a.priority,
    daysOverdue: daysOverdue(a.status, a.dueDate, meetingDate),
    timesCarriedOver: a.carriedOver,
    latestUpdate:
      a.update_date !== null ? { date: a.update_date, note: a.update_note ?? '' } : null,
  }));
}

/** An agenda item with its presenting agency's name, as `agendaItems` reads it. */
export type AgendaItemJoinRow = Pick<
  AgendaItemRow,
  | 'id'
  | 'position'
  | 'title'
  | 'kind'
  | 'presenterAgencyId'
  | 'presenterName'
  | 'minutes'
  | 'restricted'
  | 'notes'
  | 'notesUpdatedAt'
> & {
  /** Null when no agency presents the item (LEFT JOIN). */
  presenter_agency_name: string | null;
  presenter_agency_acronym: string | null;
};

/** Hot query (meetings:get): the meeting's agenda items in order, with the presenting agency. */
function agendaItems(db: ReadableDB, meetingId: string): Promise<AgendaItemJoinRow[]> {
  return rows<AgendaItemJoinRow>(
    db,
    `SELECT i.id, i.position, i.title, i.kind, i.presenter_agency_id AS "presenterAgencyId",
            i.presenter_name AS "presenterName", i.minutes, i.restricted, i.notes,
            i.notes_updated_at AS "notesUpdatedAt", g.name AS presenter_agency_name,
            g.acronym AS presenter_agency_acronym
       FROM agenda_items i LEFT JOIN agencies g ON g.id = i.presenter_agency_id
      WHERE i.meeting_id = ? ORDER BY i.position`,
    [meetingId],
  );
}

/** What the agenda is made of, as read: its items and, when it has one, the action review. */
export interface AgendaRows {
  items: AgendaItemJoinRow[];
  review: ActionReviewRow[] | null;
}

/** The agenda's rows; the action review is read only when the agenda has that item. */
export async function readAgenda(db: ReadableDB, meeting: AgendaMeeting): Promise<AgendaRows> {
  const items = await agendaItems(db, meeting.id);
  const needsReview = items.some((i) => i.kind === 'review_of_action_items');
  return { items, review: needsReview ? await actionReviewRows(db, meeting) : null };
}

/**
 * The agenda with estimated start times and the meeting's planned end; `previousMeeting` goes
 * on the approval of the previous minutes.
 */
export function agendaFrom(
  read: AgendaRows,
  meeting: AgendaMeeting,
  previousMeeting: AgendaItem['previousMeeting'],
): { items: AgendaItem[]; end: string } {
  const { items } = read;
  const times = agendaTimes(
    meeting.start_time,
    items.map((i) => i.minutes),
  );
  const review = read.review && toActionReview(read.review, meeting.date);
  return {
    items: items.map((i, index) => ({
      id: i.id,
      position: i.position,
      title: i.title,
      kind: i.kind as AgendaItemKind,
      presenterAgency: i.presenterAgencyId
        ? {
            id: i.presenterAgencyId,
            name: i.presenter_agency_name ?? '',
            acronym: i.presenter_agency_acronym ?? '',
          }
        : null,
      presenterName: i.presenterName,
      minutes: i.minutes,
      restricted: i.restricted === 1,
      notes: JSON.parse(i.notes) as RichDoc,
      notesUpdatedAt: i.notesUpdatedAt,
      estimatedStart: times.starts[index] ?? meeting.start_time,
      actionReview: i.kind === 'review_of_action_items' ? review : null,
      previousMeeting: i.kind === 'approval_of_previous_minutes' ? previousMeeting : null,
    })),
    end: times.end,
  };
}
