/**
 * The rules an action's references must follow before it is stored: a known, current owner
 * agency; a current focal point of that agency; distinct supporting agencies; an origin
 * meeting, agenda item and decision that belong together.
 */
import { isLocked, type MeetingStatus } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { one, placeholders, rows, type Db } from '../db/sql';

function invalid(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError('VALIDATION', message, { field, ...extra });
}

/** The agency exists and is not archived. */
export async function assertAgency(db: Db, id: string, field: string): Promise<void> {
  const row = await one<{ archived_at: string | null }>(
    db,
    'SELECT archived_at FROM agencies WHERE id = ?',
    [id],
  );
  if (!row) invalid(field, 'The chosen agency does not exist.');
  if (row.archived_at) invalid(field, 'The chosen agency is archived.');
}

/** The focal point exists, belongs to the owner agency and has not ended by `today`. */
export async function assertFocalPoint(
  db: Db,
  id: string,
  ownerAgencyId: string,
  today: string,
): Promise<void> {
  const row = await one<{ agency_id: string; end_date: string | null }>(
    db,
    'SELECT agency_id, end_date FROM focal_points WHERE id = ?',
    [id],
  );
  if (!row) invalid('focalPointId', 'The chosen focal point does not exist.');
  if (row.agency_id !== ownerAgencyId) {
    invalid('focalPointId', 'The focal point must belong to the owner agency.');
  }
  if (row.end_date !== null && row.end_date <= today) {
    invalid('focalPointId', 'This focal point is no longer in post.');
  }
}

/** Distinct, known, current agencies other than the owner. */
export async function assertSupporting(
  db: Db,
  ids: readonly string[],
  ownerAgencyId: string,
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.includes(ownerAgencyId)) {
    invalid('supportingAgencyIds', 'The owner agency cannot also be a supporting agency.');
  }
  if (unique.length === 0) return unique;
  const found = await rows<{ id: string; archived_at: string | null }>(
    db,
    `SELECT id, archived_at FROM agencies WHERE id IN (${placeholders(unique)})`,
    unique,
  );
  const known = new Map(found.map((a) => [a.id, a.archived_at]));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) {
    invalid('supportingAgencyIds', 'A supporting agency does not exist.', { ids: missing });
  }
  if (found.some((a) => a.archived_at)) {
    invalid('supportingAgencyIds', 'A supporting agency is archived.');
  }
  return unique;
}

export interface Origin {
  bodyId: string | null;
  meetingId: string | null;
  agendaItemId: string | null;
  decisionId: string | null;
}

interface OriginInput {
  meetingId?: string | null;
  agendaItemId?: string | null;
  decisionId?: string | null;
  bodyId?: string | null;
}

/**
 * Where an action comes from. The meeting (given, or the decision's) sets the body; an agenda
 * item or decision must be of that meeting; a meeting with approved minutes takes no new actions.
 */
export async function resolveOrigin(db: Db, input: OriginInput): Promise<Origin> {
  let meetingId = input.meetingId ?? null;
  const decisionId = input.decisionId ?? null;
  const agendaItemId = input.agendaItemId ?? null;
  if (decisionId) {
    const decision = await one<{ meeting_id: string }>(
      db,
      'SELECT meeting_id FROM decisions WHERE id = ?',
      [decisionId],
    );
    if (!decision) invalid('decisionId', 'The chosen decision does not exist.');
    if (meetingId && meetingId !== decision.meeting_id) {
      invalid('decisionId', 'The decision was not taken at this meeting.');
    }
    meetingId = decision.meeting_id;
  }
  if (!meetingId) {
    if (agendaItemId) invalid('agendaItemId', 'An agenda item needs its meeting.');
    const bodyId = input.bodyId ?? null;
    if (bodyId) {
      const body = await one<{ id: string }>(db, 'SELECT id FROM bodies WHERE id = ?', [bodyId]);
      if (!body) invalid('bodyId', 'The chosen coordination body does not exist.');
    }
    return { bodyId, meetingId: null, agendaItemId: null, decisionId: null };
  }
  const meeting = await one<{ body_id: string; status: MeetingStatus }>(
    db,
    'SELECT body_id, status FROM meetings WHERE id = ?',
    [meetingId],
  );
  if (!meeting) invalid('meetingId', 'The chosen meeting does not exist.');
  if (input.bodyId && input.bodyId !== meeting.body_id) {
    invalid('bodyId', 'The action belongs to the body of its meeting.');
  }
  if (isLocked(meeting.status)) {
    throw new DomainError(
      'LOCKED_RECORD',
      'The minutes of this meeting are approved and locked: they take no new actions.',
      { meetingId },
    );
  }
  if (agendaItemId) {
    const item = await one<{ meeting_id: string }>(
      db,
      'SELECT meeting_id FROM agenda_items WHERE id = ?',
      [agendaItemId],
    );
    if (!item || item.meeting_id !== meetingId) {
      invalid('agendaItemId', 'The agenda item is not an item of this meeting.');
    }
  }
  return { bodyId: meeting.body_id, meetingId, agendaItemId, decisionId };
}

/** A meeting an update is reported at must exist and its minutes must not be approved yet. */
export async function assertMeeting(db: Db, id: string, field: string): Promise<void> {
  const row = await one<{ status: MeetingStatus }>(db, 'SELECT status FROM meetings WHERE id = ?', [
    id,
  ]);
  if (!row) invalid(field, 'The chosen meeting does not exist.');
  if (isLocked(row.status)) {
    throw new DomainError(
      'LOCKED_RECORD',
      'The minutes of this meeting are approved and locked: nothing more can be recorded at it.',
      { meetingId: id, field },
    );
  }
}

/** Progress is recorded for today or the past. */
export function assertNotFuture(date: string, today: string, field: string): void {
  if (date > today) invalid(field, 'An update cannot be dated in the future.');
}
