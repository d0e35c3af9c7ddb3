/**
 * Cases put on a meeting's restricted "Case discussions" agenda item: which cases (in order),
 * the discussion entries recorded at the meeting and the actions agreed there for each case;
 * and what the restricted case annex of the meeting shows.
 */
import type { MeetingCases } from '../../../shared/contract/cases';
import { meetingTitle } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { In } from 'typeorm';
import { ActionEntity, type ActionRow } from '../db/entities/actions';
import { BodyEntity } from '../db/entities/bodies';
import {
  CaseActionLinkEntity,
  CaseDiscussionEntity,
  CaseEntity,
  type CaseActionLinkRow,
} from '../db/entities/cases';
import { AgendaItemEntity, MeetingCaseEntity } from '../db/entities/meetings';
import { insertRows, rows, type ReadableDB, type WritableDB } from '../db/sql';
import { caseLabels } from '../exports/caseLabels';
import type { AnnexCase, CaseAnnexData } from '../exports/caseAnnexDocument';
import { addAgendaItem } from '../meetings/agendaCommands';
import { editableMeeting, findMeetingRow } from '../meetings/meetingQueries';
import { setAuditSummary } from '../callContext';
import { DISCUSSION_SELECT, getCase, toDiscussion, type DiscussionRow } from './caseQueries';
import { anonymiseProfiles } from './statistics/kAnonymity';

/** Items the case discussions come before when the item is added to an agenda. */
const CLOSING_KINDS = ['any_other_business', 'next_meeting', 'closing'];

async function caseItemId(db: ReadableDB, meetingId: string): Promise<string | null> {
  const found = await db.getRepository(AgendaItemEntity).findOne({
    select: { id: true },
    where: { meetingId, kind: 'case_discussion', restricted: 1 },
    order: { position: 'ASC' },
  });
  return found?.id ?? null;
}

/** The ids of the cases on the meeting, in their order. */
async function meetingCaseIds(db: ReadableDB, meetingId: string): Promise<string[]> {
  const found = await db.getRepository(MeetingCaseEntity).find({
    select: { meetingId: true, caseId: true },
    where: { meetingId },
    order: { position: 'ASC' },
  });
  return found.map((r) => r.caseId);
}

/** A discussion entry recorded at a meeting, with its case. */
export type MeetingDiscussionRow = DiscussionRow & { case_id: string };

/** An action agreed at a meeting for a case. */
export type MeetingCaseActionRow = Pick<ActionRow, 'id' | 'title' | 'status'> & {
  case_id: CaseActionLinkRow['caseId'];
};

/**
 * Hot query (cases:meetingCases): the cases on a meeting with the discussion entries (and their
 * meeting) recorded and the actions agreed there, each read in one join for the meeting.
 */
export async function getMeetingCases(db: ReadableDB, meetingId: string): Promise<MeetingCases> {
  await findMeetingRow(db, meetingId);
  const ids = await meetingCaseIds(db, meetingId);
  const cases: MeetingCases['cases'] = [];
  if (ids.length > 0) {
    const found = await db
      .getRepository(CaseEntity)
      .find({ select: { id: true, code: true, stage: true }, where: { id: In(ids) } });
    const byId = new Map(found.map((c) => [c.id, c]));
    const discussions = await rows<MeetingDiscussionRow>(
      db,
      `${DISCUSSION_SELECT.replace('SELECT d.id,', 'SELECT d.case_id, d.id,')}
        WHERE d.meeting_id = ? ORDER BY d.created_at, d.rowid`,
      [meetingId],
    );
    const actions = await rows<MeetingCaseActionRow>(
      db,
      `SELECT l.case_id, a.id, a.title, a.status FROM actions a
         JOIN case_action_links l ON l.action_id = a.id
        WHERE a.meeting_id = ? ORDER BY a.created_at, a.rowid`,
      [meetingId],
    );
    for (const id of ids) {
      const c = byId.get(id);
      if (!c) continue;
      cases.push({
        id: c.id,
        code: c.code,
        stage: c.stage,
        discussions: discussions.filter((d) => d.case_id === id).map(toDiscussion),
        actions: actions
          .filter((a) => a.case_id === id)
          .map((a) => ({ id: a.id, title: a.title, status: a.status })),
      });
    }
  }
  return { meetingId, agendaItemId: await caseItemId(db, meetingId), cases };
}

/** The codes of these cases that have discussion entries or agreed actions at the meeting. */
async function casesUsedAt(db: ReadableDB, caseIds: string[], meetingId: string) {
  const discussed = await db.getRepository(CaseDiscussionEntity).find({
    select: { id: true, caseId: true },
    where: { caseId: In(caseIds), meetingId },
  });
  const agreed = await db
    .getRepository(CaseActionLinkEntity)
    .createQueryBuilder('l')
    .innerJoin(ActionEntity.options.name, 'a', 'a.id = l.actionId')
    .select('l.caseId', 'caseId')
    .where({ caseId: In(caseIds) })
    .andWhere('a.meetingId = :meetingId', { meetingId })
    .getRawMany<{ caseId: string }>();
  const ids = [...new Set([...discussed, ...agreed].map((r) => r.caseId))];
  if (ids.length === 0) return [];
  return db
    .getRepository(CaseEntity)
    .find({ select: { id: true, code: true }, where: { id: In(ids) } });
}

/**
 * Puts exactly these cases on the meeting (in this order), creating its restricted "Case
 * discussions" item if missing. A case that already has entries or actions at the meeting
 * cannot be taken off (REFERENCED); nothing changes once the minutes are approved.
 */
export async function setMeetingCases(
  db: WritableDB,
  input: { meetingId: string; caseIds: string[] },
  now: string,
): Promise<void> {
  const meeting = await editableMeeting(db, input.meetingId);
  const wanted = [...new Set(input.caseIds)];
  if (wanted.length > 0) {
    const known = await db
      .getRepository(CaseEntity)
      .find({ select: { id: true }, where: { id: In(wanted) } });
    const missing = wanted.filter((id) => !known.some((k) => k.id === id));
    if (missing.length > 0) {
      throw new DomainError('NOT_FOUND', 'A chosen case does not exist.', { ids: missing });
    }
  }
  const current = await meetingCaseIds(db, input.meetingId);
  const removed = current.filter((id) => !wanted.includes(id));
  if (removed.length > 0) {
    const used = await casesUsedAt(db, removed, input.meetingId);
    if (used.length > 0) {
      throw new DomainError(
        'REFERENCED',
        'A case with discussion entries or agreed actions at this meeting cannot be taken off it.',
        { codes: used.map((u) => u.code) },
      );
    }
  }
  await db.getRepository(MeetingCaseEntity).delete({ meetingId: input.meetingId });
  if (wanted.length > 0) {
    await insertRows(
      db,
      MeetingCaseEntity,
      wanted.map((caseId, position) => ({ meetingId: input.meetingId, caseId, position })),
    );
  }
  if (!(await caseItemId(db, input.meetingId))) {
    const kinds = await db.getRepository(AgendaItemEntity).find({
      select: { id: true, kind: true },
      where: { meetingId: input.meetingId },
      order: { position: 'ASC' },
    });
    const before = kinds.findIndex((k) => CLOSING_KINDS.includes(k.kind));
    await addAgendaItem(
      db,
      {
        meetingId: input.meetingId,
        title: caseLabels(meeting.language).agendaItem,
        kind: 'case_discussion',
        restricted: true,
        ...(before >= 0 ? { position: before } : {}),
      },
      now,
    );
  }
  // Ids only: the audit never holds case content.
  setAuditSummary(input.meetingId, { meetingId: input.meetingId, caseIds: wanted });
}

/** The case codes discussed at a meeting and the ids of actions agreed for each. */
export async function discussedCases(
  db: ReadableDB,
  meetingId: string,
): Promise<{ code: string; actionIds: string[] }[]> {
  const found = await getMeetingCases(db, meetingId);
  return found.cases.map((c) => ({ code: c.code, actionIds: c.actions.map((a) => a.id) }));
}

/** Everything the restricted annex shows, profiles already k-anonymised. */
export async function caseAnnexData(
  db: ReadableDB,
  meetingId: string,
  today: string,
  thresholdDays: number,
  k: number,
): Promise<CaseAnnexData> {
  const meeting = await findMeetingRow(db, meetingId);
  const body = await db
    .getRepository(BodyEntity)
    .findOne({ select: { id: true, name: true }, where: { id: meeting.body_id } });
  const onMeeting = await getMeetingCases(db, meetingId);
  const cases: AnnexCase[] = [];
  for (const c of onMeeting.cases) {
    const detail = await getCase(db, c.id, today, thresholdDays);
    const agreed = new Set(c.actions.map((a) => a.id));
    cases.push({
      code: detail.code,
      stage: detail.stage,
      profiles: anonymiseProfiles(detail.profiles, k),
      agencies: detail.agencies.map((a) => ({ name: a.name, acronym: a.acronym, role: a.role })),
      requests: detail.requests.map((r) => ({
        type: r.type,
        direction: r.direction,
        country: r.country,
        authority: r.authority,
        status: r.status,
        sentOn: r.sentOn,
        daysPending: r.daysPending,
        overdue: r.overdue,
      })),
      discussions: c.discussions.map((d) => ({ doc: d.doc })),
      actions: detail.actions
        .filter((a) => agreed.has(a.id))
        .map((a) => ({
          title: a.title,
          ownerName: a.ownerAgency.acronym || a.ownerAgency.name,
          dueDate: a.dueDate,
          status: a.status,
        })),
    });
  }
  return {
    meeting: {
      number: meeting.number,
      customTitle: meeting.title,
      date: meeting.date,
      bodyName: body?.name ?? '',
      chairName: meeting.chair_name,
    },
    k,
    cases,
  };
}

/** The meeting's title as the audit and file name use it. */
export function annexMeetingTitle(data: CaseAnnexData, language: 'en' | 'es' | 'fr'): string {
  return meetingTitle(data.meeting, language);
}
