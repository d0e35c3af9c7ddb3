/**
 * Channels of the NAP progress report: its narratives (validated, audited, guarded against
 * personal data), its final flag, and the report itself (Word) with its Excel annex, built on
 * the export worker with progress events.
 */
import { DOCX_MIME, XLSX_MIME } from '../../../../shared/contract/exports';
import type { napReportContract, NapReportInput } from '../../../../shared/contract/napReport';
import type { ReadableDB } from '../../db/sql';
import type { ExportDeps } from '../../exports/exportBuilds';
import { letterheadOf } from '../../exports/exportData';
import { exportFileName } from '../../exports/fileNames';
import type { HandlerSlice } from '../../handlers';
import { guardBuild } from '../../privacy/exportGuard';
import { assertNoPersonalData, auditOverride, workspaceGuardContext } from '../../privacy/guard';
import type { WorkspaceService } from '../../workspace/workspaceService';
import { planSpan, readNarratives, saveNarrative, setFinal } from './napNarratives';
import { napReportData } from './napReportData';

export function napReportHandlers(
  workspace: WorkspaceService,
  now: () => Date,
  deps: ExportDeps,
): HandlerSlice<keyof typeof napReportContract> {
  const report = async (
    channel: 'exports:napProgressReport' | 'exports:napProgressReportXlsx',
    input: NapReportInput,
  ) => {
    const sheet = channel === 'exports:napProgressReportXlsx';
    const { data, letterhead } = await workspace.read(async (db: ReadableDB) => ({
      data: await napReportData(db, input, workspace.dayOf(now())),
      letterhead: await letterheadOf(db),
    }));
    const args = [data, letterhead, { author: letterhead.taskForceName, now: now() }] as const;
    // The narratives the report prints are checked (the annex prints figures only).
    if (!sheet)
      await guardBuild(
        workspace,
        [{ name: 'napProgressReport', args: [...args] }],
        input.privacyOverride,
      );
    deps.onProgress({ channel, fraction: 0 });
    const progress = (done: number, total: number) =>
      deps.onProgress({ channel, fraction: done / Math.max(total, 1) });
    const bytes = sheet
      ? await deps.runner.build('napProgressReportSheet', [...args], progress)
      : await deps.runner.build('napProgressReport', [...args], progress);
    deps.onProgress({ channel, fraction: 1 });
    return {
      fileName: exportFileName(sheet ? 'napProgressAnnex' : 'napProgressReport', input.language, [
        data.plan.title,
        data.span.label,
      ]),
      mimeType: sheet ? XLSX_MIME : DOCX_MIME,
      data: bytes.toString('base64'),
      bytes: bytes.length,
    };
  };
  return {
    'nap:getNarratives': (input) =>
      workspace.read(async (db) => {
        const { span } = await planSpan(db, input.planId, input);
        return readNarratives(db, input.planId, span.key);
      }),
    'nap:saveNarrative': (input) =>
      workspace.write(async (db) => {
        const { span } = await planSpan(db, input.planId, input);
        auditOverride(
          assertNoPersonalData(
            input.text,
            await workspaceGuardContext(db, { context: 'minutes', language: input.language }),
            input.privacyOverride,
          ),
          ['text'],
        );
        await saveNarrative(db, input.planId, span.key, input, now().toISOString());
        return readNarratives(db, input.planId, span.key);
      }),
    'nap:setReportFinal': (input) =>
      workspace.write(async (db) => {
        const { span } = await planSpan(db, input.planId, input);
        await setFinal(db, input.planId, span.key, input.final, now().toISOString());
        return readNarratives(db, input.planId, span.key);
      }),
    'exports:napProgressReport': (input) => report('exports:napProgressReport', input),
    'exports:napProgressReportXlsx': (input) => report('exports:napProgressReportXlsx', input),
  };
}
