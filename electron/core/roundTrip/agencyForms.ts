/**
 * What goes out in a round: per agency with open actions of the body, its form's content
 * (signed rows, read in one transaction) and its focal points with an e-mail address; and the
 * .eml draft that carries the form to only those focal points.
 */
import JSZip from 'jszip';
import { XLSX_MIME } from '../../../shared/contract/exports';
import { DomainError } from '../../../shared/errors';
import { one, placeholders, rows, type Db } from '../db/sql';
import { composeDraft } from '../exports/distributionEmail';
import { letterheadOf, openActions, type ActionRow } from '../exports/exportData';
import { slug } from '../exports/fileNames';
import { recipientsOf } from '../exports/followUpLetters';
import { formatDate } from '../exports/kit/labels';
import { ACTION_STATE_SQL } from './formPreview';
import { protectionPassword, signHeader, signRow } from './formSignature';
import { FORM_WORDS } from './formWords';
import type { UpdateFormData } from './updateFormSheet';

export interface AgencyForm {
  form: UpdateFormData;
  acronym: string;
  recipients: { name: string; email: string }[];
}

/** The agencies' forms of one body, read in one transaction (secret and ids already made). */
export async function formsOf(
  db: Db,
  input: { bodyId: string; language: UpdateFormData['language']; replyBy: string },
  round: { id: string; secret: string; issuedOn: string; now: Date },
): Promise<AgencyForm[]> {
  const body = await one<{ name: string }>(db, 'SELECT name FROM bodies WHERE id = ?', [
    input.bodyId,
  ]);
  if (!body) {
    throw new DomainError('NOT_FOUND', 'This coordination body does not exist.', {
      bodyId: input.bodyId,
    });
  }
  const actions = await openActions(db, { bodyId: input.bodyId }, round.issuedOn);
  if (actions.length === 0) {
    throw new DomainError('VALIDATION', 'No agency has open actions in this body.', {
      field: 'bodyId',
    });
  }
  const ids = actions.map((a) => a.id);
  const stateAt = new Map(
    (
      await rows<{ id: string; state: string }>(
        db,
        `SELECT a.id, ${ACTION_STATE_SQL} FROM actions a WHERE a.id IN (${placeholders(ids)})`,
        ids,
      )
    ).map((r) => [r.id, r.state]),
  );
  const letterhead = await letterheadOf(db);
  const w = FORM_WORDS[input.language];
  const byAgency = new Map<string, ActionRow[]>();
  for (const a of actions) byAgency.set(a.ownerId, [...(byAgency.get(a.ownerId) ?? []), a]);
  const recipients = await recipientsOf(db, [...byAgency.keys()], round.issuedOn);
  return [...byAgency.entries()].map(([agencyId, list]) => {
    const header = { roundId: round.id, agencyId, bodyId: input.bodyId };
    const form: UpdateFormData = {
      language: input.language,
      taskForceName: letterhead.taskForceName,
      bodyName: body.name,
      agencyName: list[0]!.ownerName,
      issuedOn: round.issuedOn,
      replyBy: input.replyBy,
      header,
      headerSignature: signHeader(round.secret, header),
      password: protectionPassword(round.secret, round.id),
      rows: list.map((a) => {
        const identity = { actionId: a.id, stateAt: stateAt.get(a.id) ?? '' };
        const last = a.updates.at(-1);
        return {
          ...identity,
          signature: signRow(round.secret, header, identity),
          title: a.title,
          origin: a.meetingNumber ? w.meetingNo(a.meetingNumber) : '',
          dueDate: a.dueDate,
          status: a.status,
          latestUpdate: last ? { date: last.date, note: last.note } : null,
        };
      }),
      author: letterhead.taskForceName,
      now: round.now,
    };
    return {
      form,
      acronym: list[0]!.ownerAcronym,
      recipients: recipients
        .filter((r) => r.agency_id === agencyId)
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
      recipients: a.recipients.length,
    });
  }
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { data, issued };
}
