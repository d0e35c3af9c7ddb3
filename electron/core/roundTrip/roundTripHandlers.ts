/**
 * The round-trip slice: update forms out (one per agency with open actions of the body, built
 * on the export worker, the round recorded with its signing secret) and returned forms back
 * (preview: a read; commit: the preview again inside one write transaction, then the accepted
 * rows as progress updates attributed to the agency's returned form — all or nothing).
 */
import JSZip from 'jszip';
import { ZIP_MIME } from '../../../shared/contract/exports';
import type { roundTripContract } from '../../../shared/contract/roundTrip';
import { addDays, daysBetween } from '../../../shared/domain/actions';
import { DomainError } from '../../../shared/errors';
import { addActionUpdate, updateAction, type Stamp } from '../actions/actionCommands';
import { setAuditSummary } from '../callContext';
import { newId, one, placeholders, rows, type Db } from '../db/sql';
import type { ExportDeps } from '../exports/exportHandlers';
import { openActions, letterheadOf, type ActionRow } from '../exports/exportData';
import { slug } from '../exports/fileNames';
import { formatDate } from '../exports/kit/labels';
import type { HandlerSlice } from '../handlers';
import { guardSave } from '../privacy/saveGuard';
import type { WorkspaceService } from '../workspace/workspaceService';
import { checkReturnedForm } from './formPreview';
import { newRoundSecret, protectionPassword, signHeader, signRow } from './formSignature';
import { FORM_WORDS } from './formWords';
import { readReturnedForm } from './readReturnedForm';
import { roundStatus } from './roundStatus';
import type { UpdateFormData } from './updateFormSheet';

/** The agencies' forms of one body, read in one transaction (secret and ids already made). */
async function formsOf(
  db: Db,
  input: { bodyId: string; language: UpdateFormData['language']; replyBy: string },
  round: { id: string; secret: string; issuedOn: string; now: Date },
): Promise<UpdateFormData[]> {
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
      await rows<{ id: string; updated_at: string }>(
        db,
        `SELECT id, updated_at FROM actions WHERE id IN (${placeholders(ids)})`,
        ids,
      )
    ).map((r) => [r.id, r.updated_at]),
  );
  const letterhead = await letterheadOf(db);
  const w = FORM_WORDS[input.language];
  const byAgency = new Map<string, ActionRow[]>();
  for (const a of actions) byAgency.set(a.ownerId, [...(byAgency.get(a.ownerId) ?? []), a]);
  return [...byAgency.entries()].map(([agencyId, list]) => {
    const header = { roundId: round.id, agencyId, bodyId: input.bodyId };
    return {
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
  });
}

const formFileName = (f: UpdateFormData) =>
  `${slug(FORM_WORDS[f.language].title, f.agencyName, f.issuedOn)}.xlsx`;

export function roundTripHandlers(
  workspace: WorkspaceService,
  now: () => Date,
  deps: ExportDeps,
): HandlerSlice<keyof typeof roundTripContract> {
  const decode = (dataBase64: string) => Buffer.from(dataBase64, 'base64');
  return {
    'roundTrip:status': ({ bodyId }) =>
      workspace.read((db) => roundStatus(db, bodyId, workspace.dayOf(now()))),
    'roundTrip:exportForms': async ({ bodyId, language, replyBy }) => {
      const at = now();
      const today = workspace.dayOf(at);
      const lang = language ?? workspace.currentSettings().defaultLanguage;
      const reply = replyBy ?? addDays(today, 14);
      if (daysBetween(today, reply) < 0) {
        throw new DomainError('VALIDATION', 'The reply date cannot be in the past.', {
          field: 'replyBy',
        });
      }
      const round = { id: newId(), secret: newRoundSecret(), issuedOn: today, now: at };
      const forms = await workspace.read((db) =>
        formsOf(db, { bodyId, language: lang, replyBy: reply }, round),
      );
      const channel = 'roundTrip:exportForms';
      deps.onProgress({ channel, fraction: 0 });
      const zip = new JSZip();
      const names = new Set<string>();
      const listed: { agencyId: string; agencyName: string; fileName: string; actions: number }[] =
        [];
      for (const [i, form] of forms.entries()) {
        const bytes = await deps.runner.build('agencyUpdateForm', [form], (done, total) =>
          deps.onProgress({ channel, fraction: (i + done / Math.max(total, 1)) / forms.length }),
        );
        let fileName = formFileName(form);
        for (let n = 2; names.has(fileName); n++) {
          fileName = formFileName(form).replace(/\.xlsx$/, `-${n}.xlsx`);
        }
        names.add(fileName);
        zip.file(fileName, bytes, { date: at });
        listed.push({
          agencyId: form.header.agencyId,
          agencyName: form.agencyName,
          fileName,
          actions: form.rows.length,
        });
      }
      const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      // The round exists once its forms do: recorded (and audited) after the build.
      await workspace.write(async (db) => {
        await db.query(
          `INSERT INTO update_rounds (id, body_id, secret, language, issued_on, reply_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [round.id, bodyId, round.secret, lang, today, reply, at.toISOString()],
        );
        for (const f of listed) {
          await db.query(
            'INSERT INTO update_round_agencies (round_id, agency_id, actions) VALUES (?, ?, ?)',
            [round.id, f.agencyId, f.actions],
          );
        }
        setAuditSummary(bodyId, {
          event: 'update_forms_issued',
          roundId: round.id,
          bodyId,
          agencies: listed.length,
          actions: listed.reduce((n, f) => n + f.actions, 0),
          replyBy: reply,
        });
        return null;
      });
      deps.onProgress({ channel, fraction: 1 });
      return {
        fileName: `${slug(FORM_WORDS[lang].title, forms[0]!.bodyName, today)}.zip`,
        mimeType: ZIP_MIME,
        data: data.toString('base64'),
        bytes: data.length,
        roundId: round.id,
        forms: listed,
      };
    },
    'roundTrip:importPreview': async ({ dataBase64 }) => {
      const form = await readReturnedForm(decode(dataBase64));
      return workspace.read(
        async (db) => (await checkReturnedForm(db, form, workspace.dayOf(now()))).preview,
      );
    },
    'roundTrip:importCommit': async ({ dataBase64, acceptRows, privacyOverride }) => {
      const form = await readReturnedForm(decode(dataBase64));
      return workspace.write(async (db) => {
        const at = now();
        const stamp: Stamp = { at: at.toISOString(), today: workspace.dayOf(at) };
        const { round, preview } = await checkReturnedForm(db, form, stamp.today);
        const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]));
        const chosen = acceptRows
          ? [...new Set(acceptRows)].map((n) => byRow.get(n))
          : preview.rows.filter((r) => r.state === 'change');
        const refused = chosen
          .map((r, i) => (r && r.state !== 'error' ? null : (r?.rowNumber ?? acceptRows![i]!)))
          .filter((n): n is number => n !== null);
        if (refused.length) {
          throw new DomainError('VALIDATION', 'Some accepted rows cannot be applied.', {
            rows: refused,
          });
        }
        const apply = chosen.filter((r) => r!.state === 'change').map((r) => r!);
        const via = FORM_WORDS[round.language].viaForm(
          preview.agency.name,
          formatDate(stamp.today, round.language),
        );
        for (const r of apply) {
          const actionId = r.actionId!;
          if (r.newDueDate && r.newDueDate !== r.currentDueDate) {
            await updateAction(db, actionId, { dueDate: r.newDueDate }, stamp);
          }
          const statusChange = r.newStatus !== null && r.newStatus !== r.currentStatus;
          if (statusChange || r.note) {
            await addActionUpdate(
              db,
              {
                actionId,
                date: r.date ?? stamp.today,
                note: r.note ? `${r.note}\n(${via})` : via,
                status: statusChange ? r.newStatus! : undefined,
              },
              stamp,
            );
          }
        }
        await guardSave(db, apply.map((r) => r.note).join('\n'), {}, privacyOverride, ['note']);
        await db.query(
          'UPDATE update_round_agencies SET returned_at = ? WHERE round_id = ? AND agency_id = ?',
          [stamp.at, round.id, preview.agency.id],
        );
        const actionIds = apply.map((r) => r.actionId!);
        setAuditSummary(preview.agency.id, {
          event: 'update_form_imported',
          roundId: round.id,
          agencyId: preview.agency.id,
          applied: apply.length,
          actionIds,
        });
        return { roundId: round.id, agencyId: preview.agency.id, applied: apply.length, actionIds };
      });
    },
  };
}
