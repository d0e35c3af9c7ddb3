/**
 * Checks a returned form against the workspace: the round must be one of ours, still open, and
 * the header signature must match (else the whole file is refused); each row must carry its
 * own valid signature for this agency, name an action this agency still owns, still open and
 * unchanged since the form was made, and answer with a known status and readable dates, the
 * progress not after today; the NAP sheet's rows are checked alike (napFormRows). The result is
 * what the preview shows and what the commit applies.
 */
import type { FormPreview, FormRow } from '../../../shared/contract/roundTrip';
import { idSchema } from '../../../shared/contract/common';
import { isOpenStatus, type ActionStatus } from '../../../shared/domain/actions';
import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import type { ActionRow } from '../db/entities/actions';
import { AgencyEntity } from '../db/entities/agencies';
import { BodyEntity } from '../db/entities/bodies';
import {
  UpdateRoundAgencyEntity,
  UpdateRoundEntity,
  type UpdateRoundRow,
} from '../db/entities/roundTrip';
import { placeholders, rows, type ReadableDB } from '../db/sql';
import { sameSignature, signHeader, signRow } from './formSignature';
import { dropStaleErrors } from './formRowErrors';
import { checkNapRows, napPeriodOf } from './napFormRows';
import { dateFromCell, statusFromText, type ReturnedForm } from './readReturnedForm';

/** A round as its forms are made and checked (its language one of the documents'). */
export type RoundRecord = Pick<
  UpdateRoundRow,
  'id' | 'bodyId' | 'secret' | 'issuedOn' | 'replyBy' | 'closedAt' | 'napPeriodId'
> & { language: Language };

/** The round, or null. Its language was validated when the round was made (entity: text). */
export async function findRound(db: ReadableDB, id: string): Promise<RoundRecord | null> {
  const row = await db.getRepository(UpdateRoundEntity).findOne({
    select: {
      id: true,
      bodyId: true,
      secret: true,
      language: true,
      issuedOn: true,
      replyBy: true,
      closedAt: true,
      napPeriodId: true,
    },
    where: { id },
  });
  if (!row) return null;
  return { ...row, language: LANGUAGES.find((l) => l === row.language) ?? 'en' };
}

/** An action as a returned form's row is checked against it. */
export type ActionState = Pick<ActionRow, 'id' | 'title'> & {
  owner_agency_id: string;
  status: ActionStatus;
  due_date: string | null;
  state: string;
};

/** Hot query (roundTrip:importPreview): the named actions with their state stamp. */
function actionStates(db: ReadableDB, ids: string[]): Promise<ActionState[]> {
  return rows<ActionState>(
    db,
    `SELECT a.id, a.title, a.owner_agency_id, a.status, a.due_date, ${ACTION_STATE_SQL}
     FROM actions a WHERE a.id IN (${placeholders(ids)})`,
    ids,
  );
}

export interface CheckedForm {
  round: RoundRecord;
  preview: FormPreview;
}

/** Row errors that say the row is not this agency's own (moved in from elsewhere, altered). */
const IDENTITY_ERRORS: ReadonlySet<string> = new Set([
  'foreign_action',
  'tampered',
  'unknown_action',
]);

export const isForged = (row: FormRow): boolean =>
  row.errors.some((e) => IDENTITY_ERRORS.has(e.code));

/** An action's state as a form records it: a change since (an edit, an update) shows. */
export const ACTION_STATE_SQL = `a.updated_at || '#' ||
  (SELECT count(*) FROM action_updates u WHERE u.action_id = a.id) AS state`;

const refuse = (reason: 'signature' | 'unknown_round' | 'closed_round', message: string) =>
  new DomainError('VALIDATION', message, { reason });

export async function checkReturnedForm(
  db: ReadableDB,
  form: ReturnedForm,
  today: string,
): Promise<CheckedForm> {
  const { header } = form;
  const round = idSchema.safeParse(header.roundId).success
    ? await findRound(db, header.roundId)
    : null;
  if (!round) throw refuse('unknown_round', 'This form is not from a round of this workspace.');
  if (
    header.bodyId !== round.bodyId ||
    !sameSignature(form.signature, signHeader(round.secret, header))
  ) {
    throw refuse('signature', 'The identification of this form was altered.');
  }
  const included =
    typeof header.agencyId === 'string' &&
    (await db
      .getRepository(UpdateRoundAgencyEntity)
      .existsBy({ roundId: round.id, agencyId: header.agencyId }));
  const agency = included
    ? await db
        .getRepository(AgencyEntity)
        .findOne({ select: { id: true, name: true }, where: { id: header.agencyId } })
    : null;
  if (!agency) throw refuse('signature', 'The identification of this form was altered.');
  if (round.closedAt) throw refuse('closed_round', 'This round is closed.');
  const body = await db
    .getRepository(BodyEntity)
    .findOne({ select: { id: true, name: true }, where: { id: round.bodyId } });

  const ids = [...new Set(form.rows.map((r) => r.actionId))].filter(
    (id) => idSchema.safeParse(id).success,
  );
  const actions = new Map((ids.length ? await actionStates(db, ids) : []).map((a) => [a.id, a]));

  const seen = new Set<string>();
  const checked = form.rows.map((r): FormRow => {
    const errors: FormRow['errors'] = [];
    const action = actions.get(r.actionId);
    const signed =
      r.signature !== '' &&
      sameSignature(
        r.signature,
        signRow(round.secret, header, { actionId: r.actionId, stateAt: r.stateAt }),
      );
    const ours = action?.owner_agency_id === header.agencyId;
    if (action && !ours) errors.push({ field: 'action', code: 'foreign_action' });
    else if (!signed || seen.has(r.actionId)) {
      errors.push({ field: 'action', code: action || r.actionId ? 'tampered' : 'unknown_action' });
    } else if (!action) errors.push({ field: 'action', code: 'unknown_action' });
    else if (!isOpenStatus(action.status)) errors.push({ field: 'action', code: 'closed' });
    else if (action.state !== r.stateAt) errors.push({ field: 'action', code: 'conflict' });
    if (action) seen.add(r.actionId);

    const newStatus = r.statusText ? statusFromText(r.statusText) : null;
    if (r.statusText && !newStatus) errors.push({ field: 'newStatus', code: 'invalid_status' });
    const date = dateFromCell(r.date);
    if (date === 'invalid') errors.push({ field: 'date', code: 'invalid_date' });
    else if (date && date > today) errors.push({ field: 'date', code: 'future_date' });
    const newDueDate = dateFromCell(r.newDueDate);
    if (newDueDate === 'invalid') errors.push({ field: 'newDueDate', code: 'invalid_date' });

    const current = ours ? action : undefined;
    const dueChange =
      newDueDate !== null && newDueDate !== 'invalid' && newDueDate !== current?.due_date;
    const statusChange = newStatus !== null && newStatus !== current?.status;
    const answered = statusChange || r.note !== '' || dueChange;
    if (!answered) dropStaleErrors(errors);
    return {
      rowNumber: r.rowNumber,
      kind: 'action',
      actionId: idSchema.safeParse(r.actionId).success ? r.actionId : null,
      // Another agency's action is named by the form's own copy, never the workspace's title.
      title: current?.title ?? r.title,
      currentStatus: current?.status ?? null,
      currentDueDate: current?.due_date ?? null,
      newStatus,
      note: r.note,
      date: date === 'invalid' ? null : (date ?? (answered ? today : null)),
      newDueDate: newDueDate === 'invalid' ? null : newDueDate,
      state: errors.length ? 'error' : answered ? 'change' : 'unchanged',
      errors,
      nap: null,
    };
  });
  const period = round.napPeriodId ? await napPeriodOf(db, round.napPeriodId) : null;
  checked.push(
    ...(await checkNapRows(db, {
      rows: form.napRows,
      header,
      secret: round.secret,
      period,
      today,
    })),
  );
  const count = (state: FormRow['state']) => checked.filter((r) => r.state === state).length;
  return {
    round,
    preview: {
      source: 'xlsx',
      unsigned: false,
      roundId: round.id,
      agency,
      body: body ?? { id: round.bodyId, name: '' },
      issuedOn: round.issuedOn,
      replyBy: round.replyBy,
      napPeriod: period ? { id: period.id, label: period.label } : null,
      rows: checked,
      counts: { change: count('change'), unchanged: count('unchanged'), error: count('error') },
    },
  };
}
