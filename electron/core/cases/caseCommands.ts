/**
 * Changing cases: creation with the next code of the year, edits (a new stage appends to the
 * history), discussion entries (privacy-guarded) and purging cases past retention. Each
 * command sets its own audit summary: ids and codes, never a profile or a text. A discussion
 * entry is kept twice: its plain text (guarded, listed) and its rich document.
 */
import type { z } from 'zod';
import type {
  caseAddDiscussionSchema,
  caseCreateSchema,
  caseUpdateSchema,
} from '../../../shared/contract/cases';
import {
  ASSISTANCE_CATEGORIES,
  EXPLOITATION_FORMS,
  type CaseStage,
} from '../../../shared/domain/cases';
import { isLocked } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { setAuditSummary } from '../callContext';
import { In } from 'typeorm';
import { AgencyEntity } from '../db/entities/agencies';
import {
  CaseActionLinkEntity,
  CaseAgencyEntity,
  CaseDiscussionEntity,
  CaseEntity,
  CaseProfileEntity,
  CaseStageHistoryEntity,
  CooperationRequestEntity,
} from '../db/entities/cases';
import { MeetingCaseEntity, MeetingEntity } from '../db/entities/meetings';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';
import { assertNoPersonalData, workspaceGuardContext } from '../privacy/guard';
import { findCase, retentionCases } from './caseQueries';
import { joinCodes, joinSorted, monthOf } from './caseRows';

type CaseCreate = z.output<typeof caseCreateSchema>;
type CaseUpdate = z.output<typeof caseUpdateSchema>;
type AddDiscussion = z.output<typeof caseAddDiscussionSchema>;
type CaseFields = Omit<CaseCreate, 'stage' | 'stageMonth'>;

/** The clock of one change: the entry time and today's date (YYYY-MM-DD). */
export interface CaseStamp {
  at: string;
  today: string;
}

function invalid(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError('VALIDATION', message, { field, ...extra });
}

function assertNotFutureMonth(month: string, today: string, field: string): void {
  if (month > monthOf(today)) invalid(field, 'This month is still to come.');
}

/** The agencies exist, are not archived and are each named once. */
async function assertCaseAgencies(db: ReadableDB, agencies: CaseFields['agencies']): Promise<void> {
  const ids = agencies.map((a) => a.agencyId);
  if (new Set(ids).size !== ids.length) invalid('agencies', 'An agency is named twice.');
  if (ids.length === 0) return;
  const found = await db
    .getRepository(AgencyEntity)
    .find({ select: { id: true, archivedAt: true }, where: { id: In(ids) } });
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) invalid('agencies', 'An agency does not exist.', { ids: missing });
  if (found.some((f) => f.archivedAt)) invalid('agencies', 'An agency is archived.');
}

function assertReferral(nrmReferral: boolean, month: string | null, today: string): void {
  if (!nrmReferral && month !== null) {
    invalid('nrmReferralMonth', 'A referral month needs a referral.');
  }
  if (month !== null) assertNotFutureMonth(month, today, 'nrmReferralMonth');
}

async function writeProfiles(db: WritableDB, caseId: string, profiles: CaseFields['profiles']) {
  await db.getRepository(CaseProfileEntity).delete({ caseId });
  if (profiles.length === 0) return;
  await insertRows(
    db,
    CaseProfileEntity,
    profiles.map((p, position) => ({
      id: newId(),
      caseId,
      position,
      ageBand: p.ageBand,
      sex: p.sex,
      nationality: p.nationality,
      exploitationForms: joinCodes(p.exploitationForms, EXPLOITATION_FORMS),
      count: p.count,
    })),
  );
}

async function writeAgencies(db: WritableDB, caseId: string, agencies: CaseFields['agencies']) {
  await db.getRepository(CaseAgencyEntity).delete({ caseId });
  if (agencies.length === 0) return;
  await insertRows(
    db,
    CaseAgencyEntity,
    agencies.map((a, position) => ({ caseId, agencyId: a.agencyId, role: a.role, position })),
  );
}

async function appendStage(
  db: WritableDB,
  caseId: string,
  stage: CaseStage,
  month: string,
  at: string,
) {
  await insertRows(db, CaseStageHistoryEntity, {
    id: newId(),
    caseId,
    stage,
    month,
    recordedAt: at,
  });
}

/** `PREFIX-YYYY-NNNN`: the next number of the year, whatever the prefix was before. */
export function caseCode(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(4, '0')}`;
}

/** Creates a case with the next code of the current year; returns its id. */
export async function createCase(
  db: WritableDB,
  input: CaseCreate,
  prefix: string,
  stamp: CaseStamp,
): Promise<string> {
  assertNotFutureMonth(input.openedMonth, stamp.today, 'openedMonth');
  assertReferral(input.nrmReferral, input.nrmReferralMonth, stamp.today);
  await assertCaseAgencies(db, input.agencies);
  const stageMonth = input.stageMonth ?? input.openedMonth;
  assertNotFutureMonth(stageMonth, stamp.today, 'stageMonth');
  if (stageMonth < input.openedMonth) {
    invalid('stageMonth', 'A stage cannot start before the case was opened.');
  }
  const year = Number(stamp.today.slice(0, 4));
  const last = await db.getRepository(CaseEntity).maximum('seq', { year });
  const seq = (last ?? 0) + 1;
  const code = caseCode(prefix, year, seq);
  const id = newId();
  await insertRows(db, CaseEntity, {
    id,
    code,
    year,
    seq,
    stage: input.stage,
    openedMonth: input.openedMonth,
    closedMonth: input.stage === 'closed' ? stageMonth : null,
    nrmReferral: input.nrmReferral ? 1 : 0,
    nrmReferralMonth: input.nrmReferralMonth,
    suspectCount: input.suspects.count,
    suspectNationalities: joinSorted(input.suspects.nationalities),
    assistance: joinCodes(input.assistance, ASSISTANCE_CATEGORIES),
    createdAt: stamp.at,
    updatedAt: stamp.at,
  });
  await writeProfiles(db, id, input.profiles);
  await writeAgencies(db, id, input.agencies);
  await appendStage(db, id, input.stage, stageMonth, stamp.at);
  setAuditSummary(id, { code, stage: input.stage });
  return id;
}

/** Changes the given fields; a new stage appends to the history. */
export async function updateCase(
  db: WritableDB,
  input: CaseUpdate,
  stamp: CaseStamp,
): Promise<void> {
  const row = await findCase(db, input.id);
  const openedMonth = input.openedMonth ?? row.openedMonth;
  const nrmReferral = input.nrmReferral ?? row.nrmReferral === 1;
  const nrmReferralMonth =
    input.nrmReferralMonth !== undefined
      ? input.nrmReferralMonth
      : nrmReferral
        ? row.nrmReferralMonth
        : null;
  if (input.openedMonth) assertNotFutureMonth(input.openedMonth, stamp.today, 'openedMonth');
  assertReferral(nrmReferral, nrmReferralMonth, stamp.today);
  if (input.agencies) await assertCaseAgencies(db, input.agencies);
  const changesStage = input.stage !== undefined && input.stage !== row.stage;
  let stage = row.stage;
  let closedMonth = row.closedMonth;
  if (changesStage && input.stage) {
    const month = input.stageMonth ?? monthOf(stamp.today);
    assertNotFutureMonth(month, stamp.today, 'stageMonth');
    if (month < openedMonth) {
      invalid('stageMonth', 'A stage cannot start before the case was opened.');
    }
    stage = input.stage;
    closedMonth = stage === 'closed' ? month : null;
    await appendStage(db, row.id, stage, month, stamp.at);
  }
  await db.getRepository(CaseEntity).update(
    { id: row.id },
    {
      stage,
      openedMonth,
      closedMonth,
      nrmReferral: nrmReferral ? 1 : 0,
      nrmReferralMonth,
      suspectCount: input.suspects?.count ?? row.suspectCount,
      suspectNationalities: input.suspects
        ? joinSorted(input.suspects.nationalities)
        : row.suspectNationalities,
      assistance: input.assistance
        ? joinCodes(input.assistance, ASSISTANCE_CATEGORIES)
        : row.assistance,
      updatedAt: stamp.at,
    },
  );
  if (input.profiles) await writeProfiles(db, row.id, input.profiles);
  if (input.agencies) await writeAgencies(db, row.id, input.agencies);
  const changed = Object.keys(input)
    .filter((k) => k !== 'id')
    .sort();
  setAuditSummary(row.id, {
    code: row.code,
    changed,
    ...(changesStage ? { stage } : {}),
  });
}

/** Records what was said about a case (at a meeting whose minutes are not approved yet). */
export async function addDiscussion(
  db: WritableDB,
  input: AddDiscussion,
  stamp: CaseStamp,
): Promise<string> {
  const row = await findCase(db, input.caseId);
  if (input.meetingId) {
    const meeting = await db
      .getRepository(MeetingEntity)
      .findOne({ select: { id: true, status: true }, where: { id: input.meetingId } });
    if (!meeting) invalid('meetingId', 'The chosen meeting does not exist.');
    if (isLocked(meeting.status)) {
      throw new DomainError(
        'LOCKED_RECORD',
        'The minutes of this meeting are approved: its record cannot change.',
        { meetingId: input.meetingId },
      );
    }
  }
  // The guard reads the entry's plain text, whether it came as a string or a document.
  const override = assertNoPersonalData(
    input.text.plain,
    await workspaceGuardContext(db, { context: 'case', language: input.language }),
    input.privacyOverride,
  );
  const id = newId();
  await insertRows(db, CaseDiscussionEntity, {
    id,
    caseId: row.id,
    meetingId: input.meetingId,
    text: input.text.plain,
    doc: JSON.stringify(input.text.doc),
    language: input.language ?? null,
    createdAt: stamp.at,
  });
  await db.getRepository(CaseEntity).update({ id: row.id }, { updatedAt: stamp.at });
  setAuditSummary(id, {
    caseId: row.id,
    code: row.code,
    meetingId: input.meetingId,
    ...(override ? { privacyOverride: override } : {}),
  });
  return id;
}

/** Deletes closed cases past retention with all their rows; the audit keeps their codes. */
export async function purgeCases(
  db: WritableDB,
  ids: string[],
  today: string,
  retentionYears: number,
): Promise<{ purged: number }> {
  const unique = [...new Set(ids)];
  const known = await db
    .getRepository(CaseEntity)
    .find({ select: { id: true, code: true }, where: { id: In(unique) } });
  const missing = unique.filter((id) => !known.some((k) => k.id === id));
  if (missing.length) {
    throw new DomainError('NOT_FOUND', 'Some of these cases do not exist.', { ids: missing });
  }
  const due = new Set((await retentionCases(db, today, retentionYears)).map((r) => r.id));
  const notDue = unique.filter((id) => !due.has(id));
  if (notDue.length) {
    throw new DomainError(
      'VALIDATION',
      'Only closed cases past the retention period can be purged.',
      { field: 'ids', ids: notDue },
    );
  }
  const caseId = In(unique);
  for (const entity of [
    MeetingCaseEntity,
    CaseActionLinkEntity,
    CaseDiscussionEntity,
    CooperationRequestEntity,
    CaseAgencyEntity,
    CaseStageHistoryEntity,
    CaseProfileEntity,
  ]) {
    await db.getRepository<{ caseId: string }>(entity).delete({ caseId });
  }
  await db.getRepository(CaseEntity).delete({ id: caseId });
  setAuditSummary(null, { codes: known.map((k) => k.code).sort() });
  return { purged: unique.length };
}
