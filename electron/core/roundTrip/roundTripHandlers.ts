/**
 * The round-trip slice: update forms out (one per agency with open actions of the body, built
 * on the export worker, the round recorded with its signing secret) and returned forms back
 * (preview: a read; commit: the preview again inside one write transaction, then the accepted
 * rows as progress updates attributed to the agency's returned form — all or nothing).
 */
import { ZIP_MIME } from '../../../shared/contract/exports';
import type { FormRow, roundTripContract } from '../../../shared/contract/roundTrip';
import { napAddMeasurementSchema, napAddProgressUpdateSchema } from '../../../shared/contract/nap';
import { NAP_STATUSES_WITH_REASON } from '../../../shared/domain/nap';
import { DomainError } from '../../../shared/errors';
import { addActionUpdate, updateAction, type Stamp } from '../actions/actionCommands';
import { setAuditSummary } from '../callContext';
import { ActionEntity } from '../db/entities/actions';
import { UpdateRoundAgencyEntity } from '../db/entities/roundTrip';
import { type ReadableDB, type WritableDB } from '../db/sql';
import type { ExportDeps } from '../exports/exportBuilds';
import { slug } from '../exports/fileNames';
import { formatDate } from '../exports/kit/labels';
import type { HandlerSlice } from '../handlers';
import { addMeasurement, addProgressUpdate } from '../nap/napRecords';
import { guardSave } from '../privacy/saveGuard';
import type { WorkspaceService } from '../workspace/workspaceService';
import { isForged } from './formPreview';
import { formsArchive, formsOf, type RoundForForms } from './agencyForms';
import { closeRound, openRound, planRound, recordRound } from './roundRecords';
import { FORM_WORDS } from './formWords';
import { checkReturnedFile, readReturnedFile, requireCsvConfirmation } from './returnedFile';
import { roundStatus } from './roundStatus';

/** The meeting that raised an action (its language is the notes' language). */
async function originMeeting(db: ReadableDB, actionId: string): Promise<string | null> {
  return (
    (
      await db
        .getRepository(ActionEntity)
        .findOne({ select: { meetingId: true }, where: { id: actionId } })
    )?.meetingId ?? null
  );
}

/** The rows to apply of one sheet (default: every answered one) and those that cannot be. */
function accept(
  sheetRows: FormRow[],
  wanted: number[] | undefined,
): { apply: FormRow[]; refused: number[] } {
  const byRow = new Map(sheetRows.map((r) => [r.rowNumber, r]));
  const numbers = wanted
    ? [...new Set(wanted)]
    : sheetRows.filter((r) => r.state !== 'unchanged').map((r) => r.rowNumber);
  const refused = numbers.filter((n) => {
    const state = byRow.get(n)?.state;
    return state !== 'change' && state !== 'unchanged';
  });
  const apply = numbers.map((n) => byRow.get(n)!).filter((r) => r?.state === 'change');
  return { apply, refused };
}

/** NAP rows as the NAP channels record them: progress updates and measurements. */
async function applyNapRows(
  db: WritableDB,
  apply: FormRow[],
  ctx: {
    periodId: string | null;
    agencyId: string;
    withVia: (note: string) => string;
    stamp: Stamp;
  },
): Promise<{ activityIds: string[]; indicatorIds: string[] }> {
  const out = { activityIds: [] as string[], indicatorIds: [] as string[] };
  if (apply.length === 0) return out;
  const periodId = ctx.periodId;
  if (!periodId) {
    throw new DomainError('VALIDATION', 'This round covers no NAP reporting period.', {
      field: 'acceptNapRows',
    });
  }
  for (const r of apply) {
    const nap = r.nap!;
    const itemId = nap.itemId!;
    if (r.kind === 'activity') {
      const status = nap.newStatus ?? nap.currentStatus!;
      await addProgressUpdate(
        db,
        napAddProgressUpdateSchema.parse({
          activityId: itemId,
          periodId,
          status,
          statusReason: NAP_STATUSES_WITH_REASON.includes(status) ? r.note.slice(0, 2000) : '',
          narrative: ctx.withVia(r.note),
        }),
        ctx.stamp.at,
      );
      out.activityIds.push(itemId);
    } else {
      const share = nap.numerator !== null && nap.denominator !== null;
      await addMeasurement(
        db,
        napAddMeasurementSchema.parse({
          indicatorId: itemId,
          periodId,
          value: share ? null : nap.value,
          numerator: share ? nap.numerator : null,
          denominator: share ? nap.denominator : null,
          date: ctx.stamp.today,
          source: nap.source,
          note: ctx.withVia(r.note),
          reportingAgencyId: ctx.agencyId,
        }),
        ctx.stamp,
      );
      out.indicatorIds.push(itemId);
    }
  }
  return out;
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
    'roundTrip:createRound': ({ bodyId, replyBy, language, napPeriodId }) =>
      workspace.write(async (db) => {
        const at = now();
        const lang = language ?? workspace.currentSettings().defaultLanguage;
        const planned = await planRound(
          db,
          { bodyId, replyBy, language: lang, napPeriodId },
          at,
          workspace.dayOf(at),
        );
        await recordRound(db, planned);
        const { round } = planned;
        setAuditSummary(bodyId, {
          event: 'update_round_created',
          roundId: round.id,
          bodyId,
          agencies: round.agencies.length,
          napPeriodId: round.napPeriod?.id ?? null,
          replyBy: round.replyBy,
        });
        return round;
      }),
    'roundTrip:closeRound': ({ roundId }) =>
      workspace.write(async (db) => {
        const closed = await closeRound(db, roundId, now().toISOString());
        setAuditSummary(closed.bodyId, {
          event: 'update_round_closed',
          roundId,
          bodyId: closed.bodyId,
          changed: closed.changed,
        });
        return { roundId, closedAt: closed.closedAt };
      }),
    'roundTrip:exportForms': async (input) => {
      const at = now();
      const today = workspace.dayOf(at);
      // Given a body, the round is planned now and recorded once its forms exist.
      const { forRound, planned } = await workspace.read(async (db) => {
        if (input.roundId) {
          const { record, period, agencyIds } = await openRound(db, input.roundId);
          const forRound: RoundForForms = {
            id: record.id,
            secret: record.secret,
            bodyId: record.bodyId,
            language: record.language,
            issuedOn: record.issuedOn,
            replyBy: record.replyBy,
            period,
            agencyIds,
            now: at,
          };
          return { forRound, planned: null };
        }
        const language = input.language ?? workspace.currentSettings().defaultLanguage;
        const plan = await planRound(
          db,
          { bodyId: input.bodyId!, replyBy: input.replyBy, language },
          at,
          today,
        );
        const forRound: RoundForForms = {
          id: plan.round.id,
          secret: plan.secret,
          bodyId: input.bodyId!,
          language,
          issuedOn: today,
          replyBy: plan.round.replyBy,
          period: null,
          agencyIds: plan.round.agencies.map((a) => a.agencyId),
          now: at,
        };
        return { forRound, planned: plan };
      });
      const forms = await workspace.read((db) => formsOf(db, forRound, today));
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
      await workspace.write(async (db) => {
        if (planned) await recordRound(db, planned);
        else await openRound(db, forRound.id);
        // What each form held (the round may have been recorded earlier).
        for (const f of issued) {
          await db
            .getRepository(UpdateRoundAgencyEntity)
            .update({ roundId: forRound.id, agencyId: f.agencyId }, { actions: f.actions });
        }
        setAuditSummary(forRound.bodyId, {
          event: 'update_forms_issued',
          roundId: forRound.id,
          bodyId: forRound.bodyId,
          agencies: issued.length,
          actions: issued.reduce((n, f) => n + f.actions, 0),
          napItems: issued.reduce((n, f) => n + f.napItems, 0),
          replyBy: forRound.replyBy,
        });
        return null;
      });
      deps.onProgress({ channel, fraction: 1 });
      return {
        fileName: `${slug(FORM_WORDS[forRound.language].title, forms[0]!.form.bodyName, forRound.issuedOn)}.zip`,
        mimeType: ZIP_MIME,
        data: data.toString('base64'),
        bytes: data.length,
        roundId: forRound.id,
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
    'roundTrip:importCommit': async ({
      dataBase64,
      acceptRows,
      acceptNapRows,
      privacyOverride,
    }) => {
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
        const actionRows = preview.rows.filter((r) => r.kind === 'action');
        const napRows = preview.rows.filter((r) => r.kind !== 'action');
        const accepted = accept(actionRows, acceptRows);
        const napAccepted = accept(napRows, acceptNapRows);
        if (accepted.refused.length || napAccepted.refused.length) {
          throw new DomainError('VALIDATION', 'Some rows to apply cannot be applied.', {
            rows: accepted.refused,
            napRows: napAccepted.refused,
          });
        }
        const apply = accepted.apply;
        const via = FORM_WORDS[round.language].viaForm(
          preview.agency.name,
          formatDate(stamp.today, round.language),
        );
        const withVia = (note: string) => (note ? `${note}\n(${via})` : via);
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
                note: withVia(r.note),
                status: statusChange ? r.newStatus! : undefined,
              },
              stamp,
            );
          }
        }
        const napApplied = await applyNapRows(db, napAccepted.apply, {
          periodId: preview.napPeriod?.id ?? null,
          agencyId: preview.agency.id,
          withVia,
          stamp,
        });
        for (const r of apply) {
          await guardSave(
            db,
            r.note,
            { meetingId: await originMeeting(db, r.actionId!) },
            privacyOverride,
            ['note'],
          );
        }
        for (const r of napAccepted.apply) {
          await guardSave(
            db,
            { note: r.note, source: r.nap?.source },
            { meetingId: null },
            privacyOverride,
            ['note', 'source'],
          );
        }
        await db
          .getRepository(UpdateRoundAgencyEntity)
          .update({ roundId: round.id, agencyId: preview.agency.id }, { returnedAt: stamp.at });
        const actionIds = apply.map((r) => r.actionId!);
        const applied = apply.length + napAccepted.apply.length;
        setAuditSummary(preview.agency.id, {
          event: 'update_form_imported',
          roundId: round.id,
          agencyId: preview.agency.id,
          applied,
          actionIds,
          ...napApplied,
          ...(form.source === 'csv' ? { source: 'csv', signed: false } : {}),
        });
        return {
          roundId: round.id,
          agencyId: preview.agency.id,
          applied,
          actionIds,
          ...napApplied,
        };
      });
    },
  };
}
