/**
 * Recording a circulation: what was sent for a meeting (agenda or draft minutes), when and to
 * whom. Circulating the agenda of a draft meeting moves it to "agenda circulated"; draft
 * minutes are circulated once drafted; an approved record circulates nothing new.
 */
import type { Circulation } from '../../../shared/contract/meetings';
import { DomainError } from '../../../shared/errors';
import { CirculationEntity } from '../db/entities/meetings';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';
import { setMeetingStatus } from './meetingCommands';
import { editableMeeting } from './meetingQueries';

/** Refuses a circulation the meeting's status does not allow (before anything is built). */
export async function assertCanCirculate(
  db: ReadableDB,
  meetingId: string,
  kind: Circulation['kind'],
): Promise<void> {
  const row = await editableMeeting(db, meetingId);
  if (kind === 'draft_minutes' && row.status !== 'minutes_drafted') {
    throw new DomainError('VALIDATION', 'Draft minutes are circulated once they are drafted.', {
      field: 'kind',
      status: row.status,
    });
  }
}

export async function recordCirculation(
  db: WritableDB,
  input: {
    meetingId: string;
    kind: Circulation['kind'];
    documents: string[];
    recipients: Circulation['recipients'];
  },
  today: string,
  now: string,
): Promise<void> {
  await assertCanCirculate(db, input.meetingId, input.kind);
  const row = await editableMeeting(db, input.meetingId);
  if (input.kind === 'agenda' && row.status === 'draft') {
    await setMeetingStatus(db, row.id, 'agenda_circulated', now, { today });
  }
  await insertRows(db, CirculationEntity, {
    id: newId(),
    meetingId: input.meetingId,
    kind: input.kind,
    documents: JSON.stringify(input.documents),
    recipients: JSON.stringify(input.recipients),
    circulatedAt: now,
  });
}
