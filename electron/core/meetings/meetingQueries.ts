/**
 * Reading meetings: the list, one meeting's row for the commands, and the whole meeting as the
 * secretariat works on it — its header, agenda (agendaQueries.ts), attendance
 * (attendanceQueries.ts), guests, decisions, corrigenda and official record.
 */
import type { MeetingDetail, MeetingSummary } from '../../../shared/contract/meetings';
import {
  defaultBodyCode,
  isLocked,
  meetingTitle,
  type MeetingStatus,
} from '../../../shared/domain/meetings';
import type { Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import type { BodyRow } from '../db/entities/bodies';
import { MeetingEntity, type MeetingRow as MeetingEntityRow } from '../db/entities/meetings';
import { rows, type ReadableDB } from '../db/sql';
import { DECISION_SELECT, toDecision, type DecisionJoinRow } from './decisionRows';
import { Where } from '../db/where';
import { approvalOf } from './recordQueries';
import { agendaFrom, readAgenda } from './agendaQueries';
import { attendanceFrom, readAttendance } from './attendanceQueries';

/**
 * A meeting as the list's SQL (`SELECT m.*`) returns it, column names as stored. Other domains
 * (cases, actions' carry-over hook, exports) read these names from `findMeetingRow`,
 * `editableMeeting` and `StatusHook`, so the shape stays while the reads go through the entity.
 */
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

type MeetingBody = Pick<BodyRow, 'id' | 'name' | 'code' | 'quorumKind' | 'quorumCount'>;

/** The entity row under the column names callers of `findMeetingRow` read. */
function toMeetingRow(m: MeetingEntityRow): MeetingRow {
  return {
    id: m.id,
    body_id: m.bodyId,
    number: m.number,
    title: m.title,
    date: m.date,
    start_time: m.startTime,
    duration_minutes: m.durationMinutes,
    location: m.location,
    video_link: m.videoLink,
    language: m.language,
    chair_name: m.chairName,
    minute_taker: m.minuteTaker,
    status: m.status,
    series_id: m.seriesId,
    approved_at: m.approvedAt,
    held_early: m.heldEarly,
    closing_time: m.closingTime,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
  };
}

export async function findMeetingRow(db: ReadableDB, id: string): Promise<MeetingRow> {
  const row = await db.getRepository(MeetingEntity).findOneBy({ id });
  if (!row) throw new DomainError('NOT_FOUND', 'This meeting does not exist.', { id });
  return toMeetingRow(row);
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

/** A row of the meeting list: the meeting and its body's name. */
export type MeetingListRow = MeetingRow & { body_name: string };

/** Hot query (meetings:list): the meetings with their body's name, newest first. */
export async function listMeetings(
  db: ReadableDB,
  filter: { bodyId?: string; status?: MeetingStatus; from?: string; to?: string },
): Promise<{ items: MeetingSummary[] }> {
  const where = new Where()
    .add('m.body_id = ?', [filter.bodyId], Boolean(filter.bodyId))
    .add('m.status = ?', [filter.status], Boolean(filter.status))
    .add('m.date >= ?', [filter.from], Boolean(filter.from))
    .add('m.date <= ?', [filter.to], Boolean(filter.to));
  const found = await rows<MeetingListRow>(
    db,
    `SELECT m.*, b.name AS body_name FROM meetings m JOIN bodies b ON b.id = m.body_id
     ${where.toString()} ORDER BY m.date DESC, m.start_time DESC, m.number DESC`,
    where.params,
  );
  return { items: found.map((r) => summary(r, r.body_name)) };
}

function meetingRef(
  row: Pick<MeetingRow, 'id' | 'number' | 'title' | 'date' | 'status' | 'language'>,
) {
  return {
    id: row.id,
    number: row.number,
    title: displayTitle(row),
    customTitle: row.title,
    date: row.date,
    status: row.status,
  };
}

/** A meeting with its body and its neighbours in the body's numbering, as `meetingHeader` reads it. */
interface MeetingHeaderRow extends MeetingRow {
  body_name: string;
  body_code: string;
  quorum_kind: MeetingBody['quorumKind'];
  quorum_count: number | null;
  prev_id: string | null;
  prev_number: number | null;
  prev_title: string | null;
  prev_date: string | null;
  prev_status: MeetingStatus | null;
  prev_language: Language | null;
  next_id: string | null;
  next_number: number | null;
  next_title: string | null;
  next_date: string | null;
  next_status: MeetingStatus | null;
  next_language: Language | null;
  /** JSON arrays, in the order the screen shows them. */
  guests_json: string;
  corrigenda_json: string;
  circulations_json: string;
}

const NEIGHBOUR = (alias: string) =>
  ['id', 'number', 'title', 'date', 'status', 'language']
    .map((c) => `${alias}.${c} AS ${alias}_${c}`)
    .join(', ');

/** The statement of `meetingHeader`, built once (its text is the prepared statement's key). */
const MEETING_HEADER_SQL = `SELECT m.*, b.name AS body_name, b.code AS body_code, b.quorum_kind, b.quorum_count,
          ${NEIGHBOUR('prev')}, ${NEIGHBOUR('next')},
          (SELECT json_group_array(json_object('name', g.name, 'organisation', g.organisation,
                    'role', g.role) ORDER BY g.position)
             FROM meeting_guests g WHERE g.meeting_id = m.id) AS guests_json,
          (SELECT json_group_array(json_object('id', c.id, 'date', c.date, 'text', c.text,
                    'createdAt', c.created_at) ORDER BY c.date, c.created_at)
             FROM corrigenda c WHERE c.meeting_id = m.id) AS corrigenda_json,
          (SELECT json_group_array(json_object('id', x.id, 'kind', x.kind,
                    'documents', json(x.documents), 'recipients', json(x.recipients),
                    'circulatedAt', x.circulated_at) ORDER BY x.circulated_at DESC, x.id)
             FROM circulations x WHERE x.meeting_id = m.id) AS circulations_json
     FROM meetings m
     JOIN bodies b ON b.id = m.body_id
     LEFT JOIN meetings prev ON prev.id = (
       SELECT id FROM meetings WHERE body_id = m.body_id AND number < m.number
        ORDER BY number DESC LIMIT 1)
     LEFT JOIN meetings next ON next.id = (
       SELECT id FROM meetings WHERE body_id = m.body_id AND number > m.number
        ORDER BY number ASC LIMIT 1)
    WHERE m.id = ?`;

/**
 * Hot query (meetings:get): the meeting, its body's name, code and quorum rule, the meetings
 * just before and after it in the body's numbering (the unique body/number index finds each),
 * and its guests, corrigenda and circulations as JSON arrays — everything of the meeting
 * screen that is not agenda, attendance or decisions, in one statement.
 */
async function meetingHeader(db: ReadableDB, id: string): Promise<MeetingHeaderRow> {
  const [found] = await rows<MeetingHeaderRow>(db, MEETING_HEADER_SQL, [id]);
  if (!found) throw new DomainError('NOT_FOUND', 'This meeting does not exist.', { id });
  return found;
}

/** A neighbour's columns of a header row (all null when there is no such meeting). */
interface NeighbourColumns {
  id: string | null;
  number: number | null;
  title: string | null;
  date: string | null;
  status: MeetingStatus | null;
  language: Language | null;
}

/** The neighbour `prefix` of a header row, as the meeting screen links it. */
function neighbourOf(row: MeetingHeaderRow, prefix: 'prev' | 'next') {
  const n: NeighbourColumns =
    prefix === 'prev'
      ? {
          id: row.prev_id,
          number: row.prev_number,
          title: row.prev_title,
          date: row.prev_date,
          status: row.prev_status,
          language: row.prev_language,
        }
      : {
          id: row.next_id,
          number: row.next_number,
          title: row.next_title,
          date: row.next_date,
          status: row.next_status,
          language: row.next_language,
        };
  if (n.id === null || n.number === null || n.status === null || n.date === null) return null;
  return meetingRef({
    id: n.id,
    number: n.number,
    title: n.title ?? '',
    date: n.date,
    status: n.status,
    language: n.language ?? row.language,
  });
}

const MEETING_DECISIONS_SQL = `${DECISION_SELECT} WHERE d.meeting_id = ? ORDER BY d.year, d.seq`;

/** Hot query (meetings:get): the meeting's decisions with their body, meeting and item. */
function meetingDecisions(db: ReadableDB, meetingId: string): Promise<DecisionJoinRow[]> {
  return rows<DecisionJoinRow>(db, MEETING_DECISIONS_SQL, [meetingId]);
}

export async function getMeeting(db: ReadableDB, id: string): Promise<MeetingDetail> {
  const row = await meetingHeader(db, id);
  const body: MeetingBody = {
    id: row.body_id,
    name: row.body_name,
    code: row.body_code,
    quorumKind: row.quorum_kind,
    quorumCount: row.quorum_count,
  };
  // Every read first, then the mapping: the statements run back to back on warm caches.
  const agendaRows = await readAgenda(db, row);
  const attendanceRows = await readAttendance(db, id, body.id);
  const decisions = await meetingDecisions(db, id);
  const approval = await approvalOf(db, row);
  const previousMeeting = neighbourOf(row, 'prev');
  const agenda = agendaFrom(agendaRows, row, previousMeeting);
  const attendance = attendanceFrom(attendanceRows, body);
  return {
    ...summary(row, body.name),
    body: { id: body.id, name: body.name, code: bodyCode(body), quorum: attendance.rule },
    agenda: agenda.items,
    estimatedEnd: agenda.end,
    attendance: attendance.entries,
    guests: JSON.parse(row.guests_json) as MeetingDetail['guests'],
    quorum: attendance.quorum,
    decisions: decisions.map(toDecision),
    corrigenda: JSON.parse(row.corrigenda_json) as MeetingDetail['corrigenda'],
    previousMeeting,
    nextMeeting: neighbourOf(row, 'next'),
    closingTime: row.closing_time,
    heldEarly: row.held_early === 1,
    approval: approval && {
      date: approval.date,
      frozen: approval.frozen,
      adoptedAt: approval.adoptedAtId
        ? meetingRef(await findMeetingRow(db, approval.adoptedAtId))
        : null,
    },
    circulations: JSON.parse(row.circulations_json) as MeetingDetail['circulations'],
  };
}
