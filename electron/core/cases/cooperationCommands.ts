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
import { newId, one, type Db } from '../db/sql';
import { assertNoPersonalData, workspaceGuardContext } from '../privacy/guard';
import type { CaseStamp } from './caseCommands';
import { findCase } from './caseQueries';
import type { CooperationRow } from './caseRows';

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
  db: Db,
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
  db: Db,
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
  await db.query(
    `INSERT INTO cooperation_requests (id, case_id, type, direction, country, authority,
       legal_basis, drafted_on, sent_on, acknowledged_on, executed_on, status, next_follow_up,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      owner.id,
      input.type,
      input.direction,
      input.country,
      authority,
      input.legalBasis,
      dates.draftedOn,
      dates.sentOn,
      dates.acknowledgedOn,
      dates.executedOn,
      input.status ?? 'drafting',
      input.nextFollowUp ?? null,
      stamp.at,
      stamp.at,
    ],
  );
  await db.query('UPDATE cases SET updated_at = ? WHERE id = ?', [stamp.at, owner.id]);
  setAuditSummary(id, {
    caseId: owner.id,
    code: owner.code,
    status: input.status ?? 'drafting',
    ...(override ? { privacyOverride: override } : {}),
  });
  return id;
}

export async function updateCooperation(
  db: Db,
  input: CooperationUpdate,
  stamp: CaseStamp,
): Promise<void> {
  const row = await one<CooperationRow>(
    db,
    `SELECT r.*, c.code AS case_code FROM cooperation_requests r JOIN cases c ON c.id = r.case_id
      WHERE r.id = ?`,
    [input.id],
  );
  if (!row) {
    throw new DomainError('NOT_FOUND', 'This cooperation request does not exist.', {
      id: input.id,
    });
  }
  const pick = <K extends keyof Dates>(key: K, stored: string | null) =>
    input[key] === undefined ? stored : (input[key] ?? null);
  const dates: Dates = {
    draftedOn: pick('draftedOn', row.drafted_on),
    sentOn: pick('sentOn', row.sent_on),
    acknowledgedOn: pick('acknowledgedOn', row.acknowledged_on),
    executedOn: pick('executedOn', row.executed_on),
  };
  assertDates(dates, stamp.today);
  const override =
    input.authority !== undefined
      ? await guardAuthority(db, input.authority, input.privacyOverride)
      : null;
  const status = input.status ?? row.status;
  await db.query(
    `UPDATE cooperation_requests SET type = ?, direction = ?, country = ?, authority = ?,
       legal_basis = ?, drafted_on = ?, sent_on = ?, acknowledged_on = ?, executed_on = ?,
       status = ?, next_follow_up = ?, updated_at = ?
     WHERE id = ?`,
    [
      input.type ?? row.type,
      input.direction ?? row.direction,
      input.country ?? row.country,
      input.authority ?? row.authority,
      input.legalBasis ?? row.legal_basis,
      dates.draftedOn,
      dates.sentOn,
      dates.acknowledgedOn,
      dates.executedOn,
      status,
      input.nextFollowUp === undefined ? row.next_follow_up : input.nextFollowUp,
      stamp.at,
      row.id,
    ],
  );
  await db.query('UPDATE cases SET updated_at = ? WHERE id = ?', [stamp.at, row.case_id]);
  setAuditSummary(row.id, {
    caseId: row.case_id,
    code: row.case_code,
    changed: Object.keys(input)
      .filter((k) => k !== 'id' && k !== 'privacyOverride')
      .sort(),
    ...(status !== row.status ? { status } : {}),
    ...(override ? { privacyOverride: override } : {}),
  });
}
