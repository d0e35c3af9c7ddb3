/**
 * The round-trip slice: update forms out (one per agency with open actions of the body, built
 * on the export worker, the round recorded with its signing secret) and returned forms back
 * (preview: a read; commit: the preview again inside one write transaction, then the accepted
 * rows as progress updates attributed to the agency's returned form — all or nothing).
 */
import { ZIP_MIME } from '../../../shared/contract/exports';
import type { FormRow, roundTripContract } from '../../../shared/contract/roundTrip';
import { addDays, daysBetween } from '../../../shared/domain/actions';
import { DomainError } from '../../../shared/errors';
import { addActionUpdate, updateAction, type Stamp } from '../actions/actionCommands';
import { setAuditSummary } from '../callContext';
import { newId, one, type Db } from '../db/sql';
import type { ExportDeps } from '../exports/exportHandlers';
import { slug } from '../exports/fileNames';
import { formatDate } from '../exports/kit/labels';
import type { HandlerSlice } from '../handlers';
import { guardSave } from '../privacy/saveGuard';
import type { WorkspaceService } from '../workspace/workspaceService';
import { isForged } from './formPreview';
import { formsArchive, formsOf } from './agencyForms';
import { newRoundSecret } from './formSignature';
import { FORM_WORDS } from './formWords';
import { checkReturnedFile, readReturnedFile, requireCsvConfirmation } from './returnedFile';
import { roundStatus } from './roundStatus';

/** The meeting that raised an action (its language is the notes' language). */
async function originMeeting(db: Db, actionId: string): Promise<string | null> {
  return (
    (
      await one<{ m: string | null }>(db, 'SELECT meeting_id AS m FROM actions WHERE id = ?', [
        actionId,
      ])
    )?.m ?? null
  );
}

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
      const { data, issued } = await formsArchive(
        forms,
        (form, i) =>
          deps.runner.build('agencyUpdateForm', [form], (done, total) =>
            deps.onProgress({
              channel,
              fraction: (i + done / Math.max(total, 1)) / forms.length,
            }),
          ),
        at,
        workspace.currentSettings().secretariatEmail,
      );
      // The round exists once its forms do: recorded (and audited) after the build.
      await workspace.write(async (db) => {
        await db.query(
          `INSERT INTO update_rounds (id, body_id, secret, language, issued_on, reply_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [round.id, bodyId, round.secret, lang, today, reply, at.toISOString()],
        );
        for (const f of issued) {
          await db.query(
            'INSERT INTO update_round_agencies (round_id, agency_id, actions) VALUES (?, ?, ?)',
            [round.id, f.agencyId, f.actions],
          );
        }
        setAuditSummary(bodyId, {
          event: 'update_forms_issued',
          roundId: round.id,
          bodyId,
          agencies: issued.length,
          actions: issued.reduce((n, f) => n + f.actions, 0),
          replyBy: reply,
        });
        return null;
      });
      deps.onProgress({ channel, fraction: 1 });
      return {
        fileName: `${slug(FORM_WORDS[lang].title, forms[0]!.form.bodyName, today)}.zip`,
        mimeType: ZIP_MIME,
        data: data.toString('base64'),
        bytes: data.length,
        roundId: round.id,
        forms: issued,
        agenciesWithoutRecipients: issued
          .filter((f) => f.recipients === 0)
          .map((f) => f.agencyName),
      };
    },
    'roundTrip:importPreview': async ({ dataBase64 }) => {
      const form = await readReturnedFile(decode(dataBase64));
      return workspace.read(
        async (db) => (await checkReturnedFile(db, form, workspace.dayOf(now()))).preview,
      );
    },
    'roundTrip:importCommit': async ({ dataBase64, acceptRows, privacyOverride }) => {
      const form = await readReturnedFile(decode(dataBase64));
      requireCsvConfirmation(form, acceptRows);
      return workspace.write(async (db) => {
        const at = now();
        const stamp: Stamp = { at: at.toISOString(), today: workspace.dayOf(at) };
        const { round, preview } = await checkReturnedFile(db, form, stamp.today);
        // A row that is not this agency's own (moved in, altered) taints the whole file; in a
        // CSV (confirmed row by row) it is an error of that row only.
        const forged =
          form.source === 'csv' ? [] : preview.rows.filter(isForged).map((r) => r.rowNumber);
        if (forged.length) {
          throw new DomainError('VALIDATION', 'This form holds rows that are not its own.', {
            reason: 'foreign_rows',
            rows: forged,
          });
        }
        const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]));
        const wanted = acceptRows
          ? [...new Set(acceptRows)]
          : preview.rows.filter((r) => r.state !== 'unchanged').map((r) => r.rowNumber);
        const refused = wanted.filter((n) => {
          const state = byRow.get(n)?.state;
          return state !== 'change' && state !== 'unchanged';
        });
        if (refused.length) {
          throw new DomainError('VALIDATION', 'Some rows to apply cannot be applied.', {
            rows: refused,
          });
        }
        const apply = wanted
          .map((n) => byRow.get(n)!)
          .filter((r): r is FormRow => r.state === 'change');
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
        for (const r of apply) {
          await guardSave(
            db,
            r.note,
            { meetingId: await originMeeting(db, r.actionId!) },
            privacyOverride,
            ['note'],
          );
        }
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
          ...(form.source === 'csv' ? { source: 'csv', signed: false } : {}),
        });
        return { roundId: round.id, agencyId: preview.agency.id, applied: apply.length, actionIds };
      });
    },
  };
}
