/**
 * Cross-border cooperation requests of a case: created and edited with their dates in order
 * (drafted ≤ sent ≤ acknowledged ≤ executed, none in the future) and the counterpart
 * authority checked by the privacy guard (an institution, never a person).
 */
import type { z } from 'zod';
import type {
  cooperationCreateSchema,
  cooperationUpdateSchema,
} from '../../../shared/contract/cases';
import { DomainError } from '../../../shared/errors';
import { setAuditSummary } from '../callContext';
import { CaseEntity, CooperationRequestEntity } from '../db/entities/cases';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';
import { assertNoPersonalData, workspaceGuardContext } from '../privacy/guard';
import type { CaseStamp } from './caseCommands';
import { findCase } from './caseQueries';

type CooperationCreate = z.output<typeof cooperationCreateSchema>;
type CooperationUpdate = z.output<typeof cooperationUpdateSchema>;

interface Dates {
  draftedOn: string | null;
  sentOn: string | null;
  acknowledgedOn: string | null;
  executedOn: string | null;
}

const DATE_ORDER: (keyof Dates)[] = ['draftedOn', 'sentOn', 'acknowledgedOn', 'executedOn'];

/** The given dates follow each other and none is in the future. */
function assertDates(dates: Dates, today: string): void {
  let previous: string | null = null;
  for (const field of DATE_ORDER) {
    const date = dates[field];
    if (date === null) continue;
    if (date > today) {
      throw new DomainError('VALIDATION', 'This date is still to come.', { field });
    }
    if (previous !== null && date < previous) {
      throw new DomainError(
        'VALIDATION',
        'The dates must follow each other: drafted, sent, acknowledged, executed.',
        { field },
      );
    }
    previous = date;
  }
}

/** The guard on the authority; returns the override record for the audit, if any. */
async function guardAuthority(
  db: ReadableDB,
  authority: string,
  override: CooperationCreate['privacyOverride'],
) {
  if (authority.trim() === '') return null;
  return assertNoPersonalData(
    authority,
    await workspaceGuardContext(db, { context: 'case' }),
    override,
  );
}

export async function createCooperation(
  db: WritableDB,
  input: CooperationCreate,
  stamp: CaseStamp,
): Promise<string> {
  const owner = await findCase(db, input.caseId);
  const dates: Dates = {
    draftedOn: input.draftedOn ?? null,
    sentOn: input.sentOn ?? null,
    acknowledgedOn: input.acknowledgedOn ?? null,
    executedOn: input.executedOn ?? null,
  };
  assertDates(dates, stamp.today);
  const authority = input.authority ?? '';
  const override = await guardAuthority(db, authority, input.privacyOverride);
  const id = newId();
  await insertRows(db, CooperationRequestEntity, {
    id,
    caseId: owner.id,
    type: input.type,
    direction: input.direction,
    country: input.country,
    authority,
    legalBasis: input.legalBasis,
    ...dates,
    status: input.status ?? 'drafting',
    nextFollowUp: input.nextFollowUp ?? null,
    createdAt: stamp.at,
    updatedAt: stamp.at,
  });
  await db.getRepository(CaseEntity).update({ id: owner.id }, { updatedAt: stamp.at });
  setAuditSummary(id, {
    caseId: owner.id,
    code: owner.code,
    status: input.status ?? 'drafting',
    ...(override ? { privacyOverride: override } : {}),
  });
  return id;
}

export async function updateCooperation(
  db: WritableDB,
  input: CooperationUpdate,
  stamp: CaseStamp,
): Promise<void> {
  const row = await db.getRepository(CooperationRequestEntity).findOneBy({ id: input.id });
  if (!row) {
    throw new DomainError('NOT_FOUND', 'This cooperation request does not exist.', {
      id: input.id,
    });
  }
  const pick = <K extends keyof Dates>(key: K, stored: string | null) =>
    input[key] === undefined ? stored : (input[key] ?? null);
  const dates: Dates = {
    draftedOn: pick('draftedOn', row.draftedOn),
    sentOn: pick('sentOn', row.sentOn),
    acknowledgedOn: pick('acknowledgedOn', row.acknowledgedOn),
    executedOn: pick('executedOn', row.executedOn),
  };
  assertDates(dates, stamp.today);
  const override =
    input.authority !== undefined
      ? await guardAuthority(db, input.authority, input.privacyOverride)
      : null;
  const status = input.status ?? row.status;
  await db.getRepository(CooperationRequestEntity).update(
    { id: row.id },
    {
      type: input.type ?? row.type,
      direction: input.direction ?? row.direction,
      country: input.country ?? row.country,
      authority: input.authority ?? row.authority,
      legalBasis: input.legalBasis ?? row.legalBasis,
      ...dates,
      status,
      nextFollowUp: input.nextFollowUp === undefined ? row.nextFollowUp : input.nextFollowUp,
      updatedAt: stamp.at,
    },
  );
  const owner = await db
    .getRepository(CaseEntity)
    .findOne({ select: { id: true, code: true }, where: { id: row.caseId } });
  await db.getRepository(CaseEntity).update({ id: row.caseId }, { updatedAt: stamp.at });
  setAuditSummary(row.id, {
    caseId: row.caseId,
    code: owner?.code,
    changed: Object.keys(input)
      .filter((k) => k !== 'id' && k !== 'privacyOverride')
      .sort(),
    ...(status !== row.status ? { status } : {}),
    ...(override ? { privacyOverride: override } : {}),
  });
}
