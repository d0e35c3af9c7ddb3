/**
 * What goes out in a round: per agency of the round, its form's content (signed rows of its
 * open actions of the body and of its NAP activities for the round's period, read in one
 * transaction) and its focal points with an e-mail address; and the
 * .eml draft that carries the form to only those focal points.
 */
import JSZip from 'jszip';
import { XLSX_MIME } from '../../../shared/contract/exports';
import { DomainError } from '../../../shared/errors';
import { In } from 'typeorm';
import { AgencyEntity } from '../db/entities/agencies';
import { BodyEntity } from '../db/entities/bodies';
import { placeholders, rows, type ReadableDB } from '../db/sql';
import { composeDraft } from '../exports/distributionEmail';
import { letterheadOf, openActions, type ActionRow } from '../exports/exportData';
import { slug } from '../exports/fileNames';
import { recipientsOf } from '../exports/followUpLetters';
import { formatDate } from '../exports/kit/labels';
import { ACTION_STATE_SQL } from './formPreview';
import { protectionPassword, signHeader, signRow } from './formSignature';
import { FORM_WORDS } from './formWords';
import { napRowsOf, type NapPeriodRecord } from './napFormRows';
import type { UpdateFormData, UpdateFormNapRow } from './updateFormSheet';

export interface AgencyForm {
  form: UpdateFormData;
  acronym: string;
  recipients: { name: string; email: string }[];
}

/** A round as its forms are made from it (the secret and the agencies already chosen). */
export interface RoundForForms {
  id: string;
  secret: string;
  bodyId: string;
  language: UpdateFormData['language'];
  issuedOn: string;
  replyBy: string | null;
  period: NapPeriodRecord | null;
  agencyIds: string[];
  now: Date;
}

/** An action's state stamp, as a form records it. */
export interface ActionStamp {
  id: string;
  state: string;
}

/** Hot query (roundTrip:exportForms): the state stamps of the forms' actions. */
function actionStamps(db: ReadableDB, ids: string[]): Promise<ActionStamp[]> {
  return rows<ActionStamp>(
    db,
    `SELECT a.id, ${ACTION_STATE_SQL} FROM actions a WHERE a.id IN (${placeholders(ids)})`,
    ids,
  );
}

/** The forms of a round's agencies, read in one transaction: each one's open actions of the
 * body and, with a NAP period, its activities and indicators; agencies with nothing to answer
 * are left out. */
export async function formsOf(
  db: ReadableDB,
  round: RoundForForms,
  today: string,
): Promise<AgencyForm[]> {
  const body = await db
    .getRepository(BodyEntity)
    .findOne({ select: { name: true }, where: { id: round.bodyId } });
  if (!body) {
    throw new DomainError('NOT_FOUND', 'This coordination body does not exist.', {
      bodyId: round.bodyId,
    });
  }
  const { agencyIds } = round;
  const actions = agencyIds.length
    ? await openActions(db, { bodyId: round.bodyId, agencyIds }, today)
    : [];
  const header = (agencyId: string) => ({ roundId: round.id, agencyId, bodyId: round.bodyId });
  const napRows = round.period
    ? await napRowsOf(db, round.period, agencyIds, { secret: round.secret, header }, round.language)
    : new Map<string, UpdateFormNapRow[]>();
  const ids = actions.map((a) => a.id);
  const stateAt = new Map(
    (ids.length ? await actionStamps(db, ids) : []).map((r) => [r.id, r.state]),
  );
  const agencies = agencyIds.length
    ? await db.getRepository(AgencyEntity).find({
        select: { id: true, name: true, acronym: true },
        where: { id: In(agencyIds) },
        order: { name: 'ASC', id: 'ASC' },
      })
    : [];
  const byAgency = new Map<string, ActionRow[]>();
  for (const a of actions) byAgency.set(a.ownerId, [...(byAgency.get(a.ownerId) ?? []), a]);
  const answering = agencies.filter((g) => byAgency.has(g.id) || napRows.has(g.id));
  if (answering.length === 0) {
    throw new DomainError('VALIDATION', 'No agency has anything to answer in this round.', {
      field: 'bodyId',
    });
  }
  const letterhead = await letterheadOf(db);
  const w = FORM_WORDS[round.language];
  const recipients = await recipientsOf(
    db,
    answering.map((g) => g.id),
    today,
  );
  return answering.map((agency) => {
    const list = byAgency.get(agency.id) ?? [];
    const head = header(agency.id);
    const form: UpdateFormData = {
      language: round.language,
      taskForceName: letterhead.taskForceName,
      bodyName: body.name,
      agencyName: agency.name,
      issuedOn: round.issuedOn,
      replyBy: round.replyBy,
      header: head,
      headerSignature: signHeader(round.secret, head),
      password: protectionPassword(round.secret, round.id),
      rows: list.map((a) => {
        const identity = { actionId: a.id, stateAt: stateAt.get(a.id) ?? '' };
        const last = a.updates.at(-1);
        return {
          ...identity,
          signature: signRow(round.secret, head, identity),
          title: a.title,
          origin: a.meetingNumber ? w.meetingNo(a.meetingNumber) : '',
          dueDate: a.dueDate,
          status: a.status,
          latestUpdate: last ? { date: last.date, note: last.note } : null,
        };
      }),
      napPeriod: round.period?.label ?? null,
      napRows: napRows.get(agency.id) ?? [],
      author: letterhead.taskForceName,
      now: round.now,
    };
    return {
      form,
      acronym: agency.acronym,
      recipients: recipients
        .filter((r) => r.agencyId === agency.id)
        .map((r) => ({ name: r.name, email: r.email })),
    };
  });
}

/** "Update-request-on-action-items-National-Police-2026-11-30" (.xlsx and .eml). */
export const formBaseName = (f: UpdateFormData) =>
  slug(FORM_WORDS[f.language].title, f.agencyName, f.issuedOn);

/** The e-mail draft to one agency's focal points (the secretariat in copy), its form attached. */
export function formDraft(
  a: AgencyForm,
  attachment: { fileName: string; data: Buffer },
  secretariatEmail: string,
): Promise<Buffer> {
  const { form } = a;
  const w = FORM_WORDS[form.language];
  return composeDraft({
    to: a.recipients.map((r) => ({ ...r, agency: a.acronym || form.agencyName })),
    cc: secretariatEmail ? [secretariatEmail] : [],
    subject: w.emailSubject(form.bodyName, form.agencyName),
    text: w.emailBody(
      form.bodyName,
      form.agencyName,
      formatDate(form.replyBy ?? form.issuedOn, form.language),
    ),
    attachments: [{ fileName: attachment.fileName, mimeType: XLSX_MIME, data: attachment.data }],
  });
}

export interface IssuedForm {
  agencyId: string;
  agencyName: string;
  fileName: string;
  actions: number;
  napItems: number;
  /** Focal points its e-mail draft is addressed to (0: a draft without recipient). */
  recipients: number;
}

/** One .xlsx form and one .eml draft per agency, in one .zip; names never collide. */
export async function formsArchive(
  forms: AgencyForm[],
  build: (form: UpdateFormData, index: number) => Promise<Buffer>,
  at: Date,
  secretariatEmail: string,
): Promise<{ data: Buffer; issued: IssuedForm[] }> {
  const zip = new JSZip();
  const taken = new Set<string>();
  const issued: IssuedForm[] = [];
  for (const [i, a] of forms.entries()) {
    const bytes = await build(a.form, i);
    let base = formBaseName(a.form);
    for (let n = 2; taken.has(base.toLowerCase()); n++) base = `${formBaseName(a.form)}-${n}`;
    taken.add(base.toLowerCase());
    const fileName = `${base}.xlsx`;
    zip.file(fileName, bytes, { date: at });
    zip.file(`${base}.eml`, await formDraft(a, { fileName, data: bytes }, secretariatEmail), {
      date: at,
    });
    issued.push({
      agencyId: a.form.header.agencyId,
      agencyName: a.form.agencyName,
      fileName,
      actions: a.form.rows.length,
      napItems: a.form.napRows.length,
      recipients: a.recipients.length,
    });
  }
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { data, issued };
}
