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
import type { Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import { one, placeholders, rows, type ReadableDB } from '../db/sql';
import { sameSignature, signHeader, signRow } from './formSignature';
import { dropStaleErrors } from './formRowErrors';
import { checkNapRows, napPeriodOf } from './napFormRows';
import { dateFromCell, statusFromText, type ReturnedForm } from './readReturnedForm';

export interface RoundRecord {
  id: string;
  body_id: string;
  secret: string;
  language: Language;
  issued_on: string;
  reply_by: string | null;
  closed_at: string | null;
  nap_period_id: string | null;
}

export const ROUND_SELECT = `SELECT id, body_id, secret, language, issued_on, reply_by, closed_at,
  nap_period_id FROM update_rounds WHERE id = ?`;

interface ActionState {
  id: string;
  title: string;
  owner_agency_id: string;
  status: ActionStatus;
  due_date: string | null;
  state: string;
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
    ? await one<RoundRecord>(db, ROUND_SELECT, [header.roundId])
    : undefined;
  if (!round) throw refuse('unknown_round', 'This form is not from a round of this workspace.');
  if (
    header.bodyId !== round.body_id ||
    !sameSignature(form.signature, signHeader(round.secret, header))
  ) {
    throw refuse('signature', 'The identification of this form was altered.');
  }
  const agency = await one<{ id: string; name: string }>(
    db,
    `SELECT g.id, g.name FROM update_round_agencies r JOIN agencies g ON g.id = r.agency_id
     WHERE r.round_id = ? AND r.agency_id = ?`,
    [round.id, header.agencyId],
  );
  if (!agency) throw refuse('signature', 'The identification of this form was altered.');
  if (round.closed_at) throw refuse('closed_round', 'This round is closed.');
  const body = await one<{ id: string; name: string }>(
    db,
    'SELECT id, name FROM bodies WHERE id = ?',
    [round.body_id],
  );

  const ids = [...new Set(form.rows.map((r) => r.actionId))].filter(
    (id) => idSchema.safeParse(id).success,
  );
  const actions = new Map(
    (ids.length
      ? await rows<ActionState>(
          db,
          `SELECT a.id, a.title, a.owner_agency_id, a.status, a.due_date, ${ACTION_STATE_SQL}
           FROM actions a WHERE a.id IN (${placeholders(ids)})`,
          ids,
        )
      : []
    ).map((a) => [a.id, a]),
  );

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
  const period = round.nap_period_id ? await napPeriodOf(db, round.nap_period_id) : null;
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
      body: body ?? { id: round.body_id, name: '' },
      issuedOn: round.issued_on,
      replyBy: round.reply_by,
      napPeriod: period ? { id: period.id, label: period.label } : null,
      rows: checked,
      counts: { change: count('change'), unchanged: count('unchanged'), error: count('error') },
    },
  };
}
