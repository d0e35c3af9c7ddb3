/**
 * The rules an action's references must follow before it is stored: a known, current owner
 * agency; a current focal point of that agency; distinct supporting agencies; an origin
 * meeting, agenda item and decision that belong together.
 */
import { isLocked } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { In } from 'typeorm';
import { AgencyEntity, FocalPointEntity } from '../db/entities/agencies';
import { BodyEntity } from '../db/entities/bodies';
import { DecisionEntity } from '../db/entities/decisions';
import { AgendaItemEntity, MeetingEntity } from '../db/entities/meetings';
import type { ReadableDB } from '../db/sql';

function invalid(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError('VALIDATION', message, { field, ...extra });
}

/** The agency exists and is not archived. */
export async function assertAgency(db: ReadableDB, id: string, field: string): Promise<void> {
  const row = await db
    .getRepository(AgencyEntity)
    .findOne({ select: { id: true, archivedAt: true }, where: { id } });
  if (!row) invalid(field, 'The chosen agency does not exist.');
  if (row.archivedAt) invalid(field, 'The chosen agency is archived.');
}

/** The focal point exists, belongs to the owner agency and has not ended by `today`. */
export async function assertFocalPoint(
  db: ReadableDB,
  id: string,
  ownerAgencyId: string,
  today: string,
): Promise<void> {
  const row = await db
    .getRepository(FocalPointEntity)
    .findOne({ select: { id: true, agencyId: true, endDate: true }, where: { id } });
  if (!row) invalid('focalPointId', 'The chosen focal point does not exist.');
  if (row.agencyId !== ownerAgencyId) {
    invalid('focalPointId', 'The focal point must belong to the owner agency.');
  }
  if (row.endDate !== null && row.endDate <= today) {
    invalid('focalPointId', 'This focal point is no longer in post.');
  }
}

/** Distinct, known, current agencies other than the owner. */
export async function assertSupporting(
  db: ReadableDB,
  ids: readonly string[],
  ownerAgencyId: string,
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.includes(ownerAgencyId)) {
    invalid('supportingAgencyIds', 'The owner agency cannot also be a supporting agency.');
  }
  if (unique.length === 0) return unique;
  const found = await db
    .getRepository(AgencyEntity)
    .find({ select: { id: true, archivedAt: true }, where: { id: In(unique) } });
  const known = new Map(found.map((a) => [a.id, a.archivedAt]));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) {
    invalid('supportingAgencyIds', 'A supporting agency does not exist.', { ids: missing });
  }
  if (found.some((a) => a.archivedAt)) {
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
export async function resolveOrigin(db: ReadableDB, input: OriginInput): Promise<Origin> {
  let meetingId = input.meetingId ?? null;
  const decisionId = input.decisionId ?? null;
  const agendaItemId = input.agendaItemId ?? null;
  if (decisionId) {
    const decision = await db
      .getRepository(DecisionEntity)
      .findOne({ select: { id: true, meetingId: true }, where: { id: decisionId } });
    if (!decision) invalid('decisionId', 'The chosen decision does not exist.');
    if (meetingId && meetingId !== decision.meetingId) {
      invalid('decisionId', 'The decision was not taken at this meeting.');
    }
    meetingId = decision.meetingId;
  }
  if (!meetingId) {
    if (agendaItemId) invalid('agendaItemId', 'An agenda item needs its meeting.');
    const bodyId = input.bodyId ?? null;
    if (bodyId) {
      const body = await db.getRepository(BodyEntity).existsBy({ id: bodyId });
      if (!body) invalid('bodyId', 'The chosen coordination body does not exist.');
    }
    return { bodyId, meetingId: null, agendaItemId: null, decisionId: null };
  }
  const meeting = await db
    .getRepository(MeetingEntity)
    .findOne({ select: { id: true, bodyId: true, status: true }, where: { id: meetingId } });
  if (!meeting) invalid('meetingId', 'The chosen meeting does not exist.');
  if (input.bodyId && input.bodyId !== meeting.bodyId) {
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
    const item = await db
      .getRepository(AgendaItemEntity)
      .findOne({ select: { id: true, meetingId: true }, where: { id: agendaItemId } });
    if (!item || item.meetingId !== meetingId) {
      invalid('agendaItemId', 'The agenda item is not an item of this meeting.');
    }
  }
  return { bodyId: meeting.bodyId, meetingId, agendaItemId, decisionId };
}

/** A meeting an update is reported at must exist and its minutes must not be approved yet. */
export async function assertMeeting(db: ReadableDB, id: string, field: string): Promise<void> {
  const row = await db
    .getRepository(MeetingEntity)
    .findOne({ select: { id: true, status: true }, where: { id } });
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
