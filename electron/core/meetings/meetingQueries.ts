/**
 * Reading meetings: the list, and the whole meeting as the secretariat works on it — agenda
 * with estimated times, the action review, attendance with the live quorum, decisions and
 * corrigenda.
 */
import type {
  ActionReviewEntry,
  AgendaItem,
  MeetingDetail,
  MeetingSummary,
} from '../../../shared/contract/meetings';
import {
  daysOverdue,
  OPEN_ACTION_STATUSES,
  type ActionPriority,
  type ActionStatus,
} from '../../../shared/domain/actions';
import { isQuorate, quorumRequired, type QuorumRule } from '../../../shared/domain/bodies';
import {
  agendaTimes,
  countsForQuorum,
  defaultBodyCode,
  isLocked,
  meetingTitle,
  type AgendaItemKind,
  type AttendanceStatus,
  type MeetingStatus,
} from '../../../shared/domain/meetings';
import type { RichDoc } from '../../../shared/domain/richText';
import type { Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import { one, placeholders, rows, type ReadableDB } from '../db/sql';
import { DECISION_SELECT, toDecision, type DecisionJoinRow } from './decisionRows';
import { Where } from '../db/where';
import { approvalOf, circulationsOf } from './recordQueries';

export interface MeetingRow {
  id: string;
  body_id: string;
  number: number;
  title: string;
  date: string;
  start_time: string;
  duration_minutes: number;
  location: string;
  video_link: string;
  language: Language;
  chair_name: string;
  minute_taker: string;
  status: MeetingStatus;
  series_id: string | null;
  approved_at: string | null;
  held_early: number;
  closing_time: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgendaRow {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  kind: AgendaItemKind;
  presenter_agency_id: string | null;
  presenter_name: string;
  minutes: number;
  restricted: number;
  notes: string;
  notes_updated_at: string | null;
}

interface BodyRow {
  id: string;
  name: string;
  code: string;
  quorum_kind: 'majority' | 'fixed';
  quorum_count: number | null;
}

interface AgencyRef {
  id: string;
  name: string;
  acronym: string;
}

export async function findMeetingRow(db: ReadableDB, id: string): Promise<MeetingRow> {
  const row = await one<MeetingRow>(db, 'SELECT * FROM meetings WHERE id = ?', [id]);
  if (!row) throw new DomainError('NOT_FOUND', 'This meeting does not exist.', { id });
  return row;
}

/** Refuses any change to a meeting whose minutes are approved. */
export function assertUnlocked(row: MeetingRow): void {
  if (isLocked(row.status)) {
    throw new DomainError(
      'LOCKED_RECORD',
      'The minutes of this meeting are approved and locked. Add a corrigendum instead.',
      { meetingId: row.id },
    );
  }
}

/** The meeting row of an editable meeting (exists, not locked). */
export async function editableMeeting(db: ReadableDB, id: string): Promise<MeetingRow> {
  const row = await findMeetingRow(db, id);
  assertUnlocked(row);
  return row;
}

/** The stored title, or the default one in the meeting's language. */
function displayTitle(row: { title: string; number: number; language: Language }): string {
  return meetingTitle({ customTitle: row.title, number: row.number }, row.language);
}

export function bodyCode(body: { code: string; name: string }): string {
  return body.code || defaultBodyCode(body.name);
}

function summary(row: MeetingRow, bodyName: string): MeetingSummary {
  return {
    id: row.id,
    bodyId: row.body_id,
    bodyName,
    number: row.number,
    title: displayTitle(row),
    customTitle: row.title,
    date: row.date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    location: row.location,
    videoLink: row.video_link,
    language: row.language,
    chairName: row.chair_name,
    minuteTaker: row.minute_taker,
    status: row.status,
    locked: isLocked(row.status),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listMeetings(
  db: ReadableDB,
  filter: { bodyId?: string; status?: MeetingStatus; from?: string; to?: string },
): Promise<{ items: MeetingSummary[] }> {
  const where = new Where()
    .add('m.body_id = ?', [filter.bodyId], Boolean(filter.bodyId))
    .add('m.status = ?', [filter.status], Boolean(filter.status))
    .add('m.date >= ?', [filter.from], Boolean(filter.from))
    .add('m.date <= ?', [filter.to], Boolean(filter.to));
  const found = await rows<MeetingRow & { body_name: string }>(
    db,
    `SELECT m.*, b.name AS body_name FROM meetings m JOIN bodies b ON b.id = m.body_id
     ${where.toString()} ORDER BY m.date DESC, m.start_time DESC, m.number DESC`,
    where.params,
  );
  return { items: found.map((r) => summary(r, r.body_name)) };
}

async function agencyRefs(db: ReadableDB, ids: string[]): Promise<Map<string, AgencyRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const found = await rows<AgencyRef>(
    db,
    `SELECT id, name, acronym FROM agencies WHERE id IN (${placeholders(unique)})`,
    unique,
  );
  return new Map(found.map((a) => [a.id, a]));
}

function meetingRef(row: MeetingRow) {
  return {
    id: row.id,
    number: row.number,
    title: displayTitle(row),
    customTitle: row.title,
    date: row.date,
    status: row.status,
  };
}

async function neighbour(db: ReadableDB, row: MeetingRow, direction: 'previous' | 'next') {
  const found = await one<MeetingRow>(
    db,
    direction === 'previous'
      ? 'SELECT * FROM meetings WHERE body_id = ? AND number < ? ORDER BY number DESC LIMIT 1'
      : 'SELECT * FROM meetings WHERE body_id = ? AND number > ? ORDER BY number ASC LIMIT 1',
    [row.body_id, row.number],
  );
  return found ? meetingRef(found) : null;
}

/**
 * What the "review of action items" lists: the body's actions still open, from earlier
 * meetings or raised outside a meeting, with days overdue on the meeting's date and the
 * latest progress update.
 */
export async function actionReview(
  db: ReadableDB,
  meeting: MeetingRow,
): Promise<ActionReviewEntry[]> {
  const found = await rows<{
    id: string;
    title: string;
    owner_agency_id: string;
    owner_name: string;
    owner_acronym: string;
    due_date: string | null;
    status: ActionStatus;
    priority: ActionPriority;
    update_date: string | null;
    update_note: string | null;
    carried_over: number;
  }>(
    db,
    `SELECT a.id, a.title, a.owner_agency_id, g.name AS owner_name, g.acronym AS owner_acronym,
            a.due_date, a.status, a.priority, a.carried_over, u.date AS update_date, u.note AS update_note
       FROM actions a
       JOIN agencies g ON g.id = a.owner_agency_id
       LEFT JOIN meetings m ON m.id = a.meeting_id
       LEFT JOIN action_updates u ON u.id = (
         SELECT id FROM action_updates WHERE action_id = a.id
          ORDER BY date DESC, created_at DESC, rowid DESC LIMIT 1)
      WHERE a.body_id = ? AND a.status IN (${placeholders(OPEN_ACTION_STATUSES)})
        AND (a.meeting_id IS NULL OR m.number < ?)
      ORDER BY a.due_date IS NULL, a.due_date, a.title`,
    [meeting.body_id, ...OPEN_ACTION_STATUSES, meeting.number],
  );
  return found.map((a) => ({
    id: a.id,
    title: a.title,
    ownerAgency: { id: a.owner_agency_id, name: a.owner_name, acronym: a.owner_acronym },
    dueDate: a.due_date,
    status: a.status,
    priority: a.priority,
    daysOverdue: daysOverdue(a.status, a.due_date, meeting.date),
    timesCarriedOver: a.carried_over,
    latestUpdate:
      a.update_date !== null ? { date: a.update_date, note: a.update_note ?? '' } : null,
  }));
}

async function agendaOf(
  db: ReadableDB,
  meeting: MeetingRow,
): Promise<{ items: AgendaItem[]; end: string }> {
  const items = await rows<AgendaRow>(
    db,
    'SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position',
    [meeting.id],
  );
  const refs = await agencyRefs(
    db,
    items.map((i) => i.presenter_agency_id).filter((id): id is string => id !== null),
  );
  const times = agendaTimes(
    meeting.start_time,
    items.map((i) => i.minutes),
  );
  const needsReview = items.some((i) => i.kind === 'review_of_action_items');
  const review = needsReview ? await actionReview(db, meeting) : null;
  const previous = items.some((i) => i.kind === 'approval_of_previous_minutes')
    ? await neighbour(db, meeting, 'previous')
    : null;
  return {
    items: items.map((i, index) => ({
      id: i.id,
      position: i.position,
      title: i.title,
      kind: i.kind,
      presenterAgency: i.presenter_agency_id ? (refs.get(i.presenter_agency_id) ?? null) : null,
      presenterName: i.presenter_name,
      minutes: i.minutes,
      restricted: i.restricted === 1,
      notes: JSON.parse(i.notes) as RichDoc,
      notesUpdatedAt: i.notes_updated_at,
      estimatedStart: times.starts[index] ?? meeting.start_time,
      actionReview: i.kind === 'review_of_action_items' ? review : null,
      previousMeeting: i.kind === 'approval_of_previous_minutes' ? previous : null,
    })),
    end: times.end,
  };
}

async function attendanceOf(db: ReadableDB, meeting: MeetingRow, body: BodyRow) {
  const members = await rows<AgencyRef>(
    db,
    `SELECT a.id, a.name, a.acronym FROM body_members bm JOIN agencies a ON a.id = bm.agency_id
      WHERE bm.body_id = ? ORDER BY a.name`,
    [body.id],
  );
  const recorded = await rows<AgencyRef & { status: AttendanceStatus; person: string }>(
    db,
    `SELECT a.id, a.name, a.acronym, t.status, t.person FROM attendance t
       JOIN agencies a ON a.id = t.agency_id WHERE t.meeting_id = ? ORDER BY a.name`,
    [meeting.id],
  );
  const byAgency = new Map(recorded.map((r) => [r.id, r]));
  const memberIds = new Set(members.map((m) => m.id));
  const entries = [
    ...members.map((m) => ({
      agency: m,
      member: true,
      status: byAgency.get(m.id)?.status ?? null,
      person: byAgency.get(m.id)?.person ?? '',
    })),
    ...recorded
      .filter((r) => !memberIds.has(r.id))
      .map((r) => ({
        agency: { id: r.id, name: r.name, acronym: r.acronym },
        member: false,
        status: r.status,
        person: r.person,
      })),
  ];
  const rule: QuorumRule =
    body.quorum_kind === 'fixed'
      ? { kind: 'fixed', count: body.quorum_count ?? 1 }
      : { kind: 'majority' };
  const attending = entries.filter((e) => e.member && e.status && countsForQuorum(e.status)).length;
  return {
    rule,
    entries,
    quorum: {
      memberCount: members.length,
      required: quorumRequired(rule, members.length),
      attending,
      quorate: isQuorate(rule, members.length, attending),
    },
  };
}

export async function getMeeting(db: ReadableDB, id: string): Promise<MeetingDetail> {
  const row = await findMeetingRow(db, id);
  const body = await one<BodyRow>(
    db,
    'SELECT id, name, code, quorum_kind, quorum_count FROM bodies WHERE id = ?',
    [row.body_id],
  );
  if (!body) throw new DomainError('NOT_FOUND', 'The body of this meeting does not exist.');
  const agenda = await agendaOf(db, row);
  const attendance = await attendanceOf(db, row, body);
  const guests = await rows<{ name: string; organisation: string; role: 'guest' | 'observer' }>(
    db,
    'SELECT name, organisation, role FROM meeting_guests WHERE meeting_id = ? ORDER BY position',
    [id],
  );
  const decisions = await rows<DecisionJoinRow>(
    db,
    `${DECISION_SELECT} WHERE d.meeting_id = ? ORDER BY d.year, d.seq`,
    [id],
  );
  const corrigenda = await rows<{ id: string; date: string; text: string; created_at: string }>(
    db,
    'SELECT id, date, text, created_at FROM corrigenda WHERE meeting_id = ? ORDER BY date, created_at',
    [id],
  );
  const approval = await approvalOf(db, row);
  return {
    ...summary(row, body.name),
    body: { id: body.id, name: body.name, code: bodyCode(body), quorum: attendance.rule },
    agenda: agenda.items,
    estimatedEnd: agenda.end,
    attendance: attendance.entries,
    guests,
    quorum: attendance.quorum,
    decisions: decisions.map(toDecision),
    corrigenda: corrigenda.map((c) => ({
      id: c.id,
      date: c.date,
      text: c.text,
      createdAt: c.created_at,
    })),
    previousMeeting: await neighbour(db, row, 'previous'),
    nextMeeting: await neighbour(db, row, 'next'),
    closingTime: row.closing_time,
    heldEarly: row.held_early === 1,
    approval: approval && {
      date: approval.date,
      frozen: approval.frozen,
      adoptedAt: approval.adoptedAtId
        ? meetingRef(await findMeetingRow(db, approval.adoptedAtId))
        : null,
    },
    circulations: await circulationsOf(db, id),
  };
}
